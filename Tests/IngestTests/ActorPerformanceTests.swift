import Foundation
import Testing
@testable import Ingest

/// Tagging cost grows with the number of tokens, not with the number of aliases.
@Suite struct ActorPerformanceTests {
    @Test func tagsALargeCorpusQuickly() throws {
        var raw = ""
        for slug in SeedCorpus.slugs { raw += try SeedCorpus.raw(slug) + "\n" }
        let large = String(repeating: raw, count: 20)
        let lines = SeedLines(large)
        let tagger = try ActorFixtures.tagger
        let tokenCount = lines.tokens.reduce(0) { $0 + $1.count }
        let clock = ContinuousClock()
        var mentions: [ActorMention] = []
        let elapsed = clock.measure {
            mentions = tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        }
        let single = tagger.mentions(in: ScalarText(raw), sentences: SeedLines(raw).sentences, tokens: SeedLines(raw).tokens)
        print("tagged \(tokenCount) tokens, \(mentions.count) mentions in \(elapsed)")
        #expect(mentions.count == single.count * 20)
        #expect(elapsed < .seconds(5))
    }
}
