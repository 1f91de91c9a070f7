import Foundation
import Testing

@testable import Ingest

/// Entity candidates on the five seed articles (each non-empty line read as one sentence).
///
/// Of the 13 candidates, 11 are real names: "Lack of Intelligence" (a heading phrase, "IV. Lack of
/// Intelligence sharing") and "Air Force" (a generic service, not a named organization) are not.
@Suite struct CandidateSeedTests {
    static func candidates(_ slug: String) throws -> (lines: SeedLines, found: [EntityCandidate]) {
        let lines = SeedLines(try SeedCorpus.raw(slug))
        let gazetteer = try ActorFixtures.gazetteer
        let mentions = ActorTagger(gazetteer: gazetteer).mentions(
            in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        let words = try CandidateWords(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent("candidate-stopwords.tsv"))
        let found = CandidateFinder(gazetteer: gazetteer, words: words)
            .candidates(in: lines.text, sentences: lines.sentences, tokens: lines.tokens, mentions: mentions)
        return (lines, found)
    }

    /// slug -> (name, kind, cue, real?)
    static let expected: [String: [(name: String, kind: String, cue: String?, real: Bool)]] = [
        "sino-russian-military-alliance": [("Lack of Intelligence", "other", nil, false)],
        "why-russia-needs-military-alliance-with-china": [("Alexander Gabuyev", "person", "head", true)],
        "military-alliance-foundations-prospects": [
            ("Treaty of Friendship and Good Neighbourliness", "other", "Treaty", true),
            ("Novo-Ogaryovo", "place", "in", true),
        ],
        "between-partnership-and-competition": [
            ("Perizat RISBEK KIZI", "person", nil, true),
            ("National Intelligence", "organization", "director", true),
            ("Air Force", "organization", "Force", false),
            ("Michael Kofman", "person", "expert", true),
            ("Winter Olympics", "event", "Olympics", true),
            ("Kadri Liik", "person", "fellow", true),
            ("Neil Thomas", "person", "analyst", true),
        ],
        "undercurrents-russia-china-bonhomie": [
            ("Valerio Fabbri", "person", nil, true),
            ("Treaty of Good-Neighborliness and Friendly Cooperation", "other", "Treaty", true),
        ],
    ]

    @Test(arguments: SeedCorpus.slugs)
    func findsTheExpectedCandidates(_ slug: String) throws {
        let (lines, found) = try Self.candidates(slug)
        let wanted = try #require(Self.expected[slug])
        #expect(found.map(\.name) == wanted.map(\.name))
        #expect(found.map(\.kindGuess.rawValue) == wanted.map(\.kind))
        #expect(found.map(\.kindCue) == wanted.map(\.cue))
        for candidate in found {
            #expect(lines.text[candidate.span] == candidate.name)
            #expect(lines.sentences[candidate.sentenceIndex].span.contains(candidate.span))
        }
        let real = wanted.filter(\.real).count
        print("candidates \(slug): found \(found.count), real \(real)")
    }

    @Test func noCandidateIsAStopWordMonthOrKnownActor() throws {
        let gazetteer = try ActorFixtures.gazetteer
        let words = CandidateWords.builtIn
        for slug in SeedCorpus.slugs {
            let (lines, found) = try Self.candidates(slug)
            for candidate in found {
                let nameTokens = Tokenizer.tokenize(lines.text, in: candidate.span)
                let edges = [nameTokens.first, nameTokens.last].compactMap { $0 }
                for token in edges { #expect(!words.stop.contains(token.folded), "\(candidate.name)") }
                #expect(gazetteer.actor(named: candidate.name) == nil)
            }
        }
    }
}
