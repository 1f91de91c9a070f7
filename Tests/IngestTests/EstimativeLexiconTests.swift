import Domain
import Foundation
import Testing

@testable import Ingest

/// Every row of data/lexicon/estimative.tsv, read once for the parameterized test.
private let estimativeRows: [(phrase: String, term: String)] = {
    guard let table = try? TSVTable(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent("estimative.tsv")) else {
        return []
    }
    return table.records.compactMap { record in
        guard let phrase = record["phrase"], let term = record["term"] else { return nil }
        return (phrase, term)
    }
}()

@Suite struct EstimativeLexiconTests {
    private let reader = EstimativeReader(
        lexicon: ClaimFixture.lexicons.estimative,
        grammar: ClaimFixture.lexicons.discourse)

    private func cues(_ sentence: String) -> [EstimativeCue] {
        let text = ScalarText(sentence)
        let tokens = Tokenizer.tokenize(text)
        return reader.cues(in: tokens, range: 0..<tokens.count, text: text)
    }

    @Test func lexiconIsLargeAndValid() {
        #expect(estimativeRows.count >= 80)
        #expect(ClaimFixture.lexicons.estimative.entries.count == estimativeRows.count)
        // Every ICD 203 term has wordings.
        for term in LikelihoodScale.terms {
            #expect(estimativeRows.contains { $0.term == term.name }, "no phrase for \(term.name)")
        }
    }

    /// Each phrase, inside a sentence of my own, gives its term (a `none` row gives no cue).
    @Test(arguments: estimativeRows.map { "\($0.phrase)\t\($0.term)" })
    func everyEntryGivesItsTerm(_ row: String) {
        let parts = row.split(separator: "\t").map(String.init)
        let phrase = parts[0]
        let term = parts[1]
        let sentence = "Analysts say that an agreement looks \(phrase) in the coming years."
        let found = cues(sentence)
        let folded = phrase.lowercased().replacingOccurrences(of: "’", with: "'")
        if term == "none" {
            #expect(found.isEmpty, "'\(phrase)' should hide its words, found \(found.map(\.text))")
        } else {
            let cue = found.first { $0.text.lowercased().replacingOccurrences(of: "’", with: "'") == folded }
            #expect(cue?.term.name == term, "'\(phrase)' in “\(sentence)” gave \(found.map { "\($0.text)=\($0.term.name)" })")
        }
    }

    @Test(arguments: [
        ("An alliance is not likely this decade.", "likely", "unlikely"),
        ("An alliance is not unlikely.", "not unlikely", "roughly even chance"),
        ("Such an outcome is not at all probable.", "probable", "unlikely"),
        ("An alliance is not inevitable.", "inevitable", "roughly even chance"),
        ("Moscow does not rule out an alliance.", "rule out", "roughly even chance"),
        ("No one rules out an alliance.", "no one rules out", "roughly even chance"),
        ("An alliance cannot be ruled out.", "cannot be ruled out", "roughly even chance"),
        ("It is not possible to form an alliance.", "not possible", "almost no chance"),
        ("It isn’t possible to form an alliance.", "isn’t possible", "almost no chance"),
        ("An alliance is never likely.", "likely", "unlikely"),
        ("An alliance won’t likely happen.", "likely", "unlikely"),
        ("An alliance may not happen.", "may", "roughly even chance"),
        ("Nobody expects an alliance.", "nobody expects", "unlikely"),
        ("An alliance is hardly likely.", "hardly likely", "very unlikely"),
        ("An alliance is almost certainly not on the cards.", "almost certainly not", "very unlikely"),
        ("There is no doubt that they will cooperate.", "no doubt", "almost certain"),
    ])
    func negation(_ sentence: String, _ cue: String, _ term: String) throws {
        let found = try #require(cues(sentence).first { $0.text.lowercased() == cue.lowercased() })
        #expect(found.term.name == term)
    }

    /// A negator beyond a clause boundary or a `that` does not reach the cue.
    @Test(arguments: [
        "It is not a secret, but an alliance is likely.",
        "It is not surprising that an alliance is likely.",
        "Moscow did not hesitate, and an alliance is likely.",
    ])
    func negationScopeStops(_ sentence: String) throws {
        let cue = try #require(cues(sentence).first)
        #expect(cue.term.name == "likely")
        #expect(cue.negator == nil)
    }

    @Test func cueSpanGivesTheCueBack() throws {
        let text = ScalarText("Moscow’s “red lines” aside, any sort of alliance is highly improbable.")
        let tokens = Tokenizer.tokenize(text)
        let cue = try #require(reader.cues(in: tokens, range: 0..<tokens.count, text: text).first)
        #expect(cue.text == "highly improbable")
        #expect(text[cue.likelihood.cueSpan] == "highly improbable")
        #expect(cue.likelihood.pLow == 0.05 && cue.likelihood.pHigh == 0.20)
    }

    @Test func longestMatchWins() throws {
        #expect(cues("An alliance may well be concluded.").map(\.text) == ["may well"])
        #expect(cues("It is almost certainly not going to happen.").map(\.text) == ["almost certainly not"])
        #expect(cues("Moscow is in a certain dependence on Beijing.").isEmpty)
        #expect(cues("This made it possible to move troops.").isEmpty)
    }

    @Test func typographicApostrophesAreFolded() throws {
        #expect(cues("An alliance can’t be ruled out.").first?.term.name == "roughly even chance")
        #expect(cues("An alliance can't be ruled out.").first?.term.name == "roughly even chance")
    }

    @Test func capitalizedCueInsideASentenceIsAName() {
        #expect(cues("The summit in May settled nothing.").isEmpty)
        #expect(cues("Perhaps the summit settles nothing.").first?.term.name == "roughly even chance")
    }

    @Test func unknownTermIsALexiconError() {
        #expect(throws: LexiconError.self) {
            try EstimativeLexicon(table: TSVTable(name: "bad.tsv", text: "phrase\tterm\nsomewhat\tquite likely\n"))
        }
    }
}
