import Foundation
import Testing

@testable import Ingest

/// Tagging a text repeated many times gives exactly the mentions of one copy, repeated: the tagger
/// keeps no state between sentences. (Speed is measured by `make bench`, never by a test.)
@Suite struct ActorRepetitionTests {
    @Test func aRepeatedCorpusGivesRepeatedMentions() throws {
        var raw = ""
        for slug in SeedCorpus.slugs { raw += try SeedCorpus.raw(slug) + "\n" }
        let large = String(repeating: raw, count: 20)
        let lines = SeedLines(large)
        let tagger = try ActorFixtures.tagger
        let mentions = tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        let one = SeedLines(raw)
        let single = tagger.mentions(in: one.text, sentences: one.sentences, tokens: one.tokens)
        #expect(mentions.count == single.count * 20)
        let copyLength = one.text.count
        let lastCopy = mentions.suffix(single.count).map { ($0.actor, $0.span.start - 19 * copyLength) }
        #expect(lastCopy.map(\.0) == single.map(\.actor))
        #expect(lastCopy.map(\.1) == single.map(\.span.start))
    }
}
