import Foundation
import Testing

@testable import Ingest

/// The tagger on the five seed articles, measured against the hand-made ActorReference.
@Suite struct ActorSeedTests {
    private func tagged(_ slug: String) throws -> (lines: SeedLines, mentions: [ActorMention]) {
        let lines = SeedLines(try SeedCorpus.raw(slug))
        let mentions = try ActorFixtures.tagger.mentions(in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        return (lines, mentions)
    }

    @Test(arguments: SeedCorpus.slugs)
    func actorSetsMatchTheReference(_ slug: String) throws {
        let (_, mentions) = try tagged(slug)
        let expected = try #require(ActorReference.actorSets[slug])
        let found = Set(mentions.map(\.actor))
        let score = Score.sets(found, expected)
        print(
            "actor set  \(slug): \(score)  missing \(expected.subtracting(found).sorted())  extra \(found.subtracting(expected).sorted())"
        )
        #expect(score.precision >= 0.95)
        #expect(score.recall >= 0.95)
    }

    @Test(arguments: Array(ActorReference.mentions.keys).sorted())
    func mentionsMatchTheReference(_ slug: String) throws {
        let (lines, mentions) = try tagged(slug)
        let expected = try #require(ActorReference.mentions[slug]).map { Tagged(actor: $0.actor, surface: $0.surface) }
        let found = mentions.map { Tagged(actor: $0.actor, surface: lines.text[$0.span]) }
        let score = Score.sequences(found, expected)
        print("mentions   \(slug): \(score)")
        if score.matched < max(found.count, expected.count) {
            print("  found:    \(found)")
            print("  expected: \(expected)")
        }
        #expect(score.precision >= 0.95)
        #expect(score.recall >= 0.95)
    }

    @Test(arguments: SeedCorpus.slugs)
    func spansGiveBackTheSurfaceInsideTheirSentence(_ slug: String) throws {
        let (lines, mentions) = try tagged(slug)
        #expect(!mentions.isEmpty)
        for mention in mentions {
            let sentence = lines.sentences[mention.sentenceIndex]
            #expect(sentence.span.contains(mention.span))
            let surface = lines.text[mention.span]
            // The surface names the actor: its alias, possibly with a possessive ending.
            let actor = try #require(try ActorFixtures.gazetteer.actor(named: surface), "\(surface)")
            #expect(actor.name == mention.actor, "\(surface)")
        }
        #expect(mentions == mentions.sorted { $0.span < $1.span })
    }
}
