import Foundation
import Stemming
import Testing

@Suite struct DerivationTests {
    /// The families the issue names, and the links the generator's sense rules keep out.
    @Test(arguments: [
        ("invade", ["invasion"]),
        ("invasion", ["invade"]),
        ("ally", ["alliance"]),
        ("admit", ["admission"]),
        ("decide", ["decision"]),
        ("withdraw", ["withdrawal"]),
        // A word mostly a noun, and not the verb's: "state" is a nation, never "statement".
        ("state", []),
        // The economy's recession is not the tide's: the link to "recede" is from another sense.
        ("recession", []),
        // An arm is a limb first: no "armament".
        ("arm", []),
        // Agent nouns name a person, not the matter.
        ("attack", []),
    ])
    func theTableHoldsCloseDerivationsOnly(_ word: String, _ expected: [String]) {
        #expect(Derivations.english.related(to: word) == expected)
    }

    @Test func everyRowIsTwoLowerCaseWords() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../data/lexicon/derivations.tsv").standardized
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        let malformed = rows.filter { row in
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            return fields.count != 2 || fields.contains { $0.isEmpty || !$0.allSatisfy { $0.isASCII && $0.isLowercase } }
        }
        #expect(malformed.isEmpty, "\(malformed.prefix(5))")
        #expect(rows.count > 4000)
        // The compiled-in table is the file, sorted by word (it is binary searched), and finds
        // every word's derivations as the file read into a dictionary does.
        let words = rows.map { String($0.prefix { $0 != "\t" }) }
        #expect(words == words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let read = Derivations(tsv: try String(contentsOf: url, encoding: .utf8))
        #expect(Derivations.english.count == read.count)
        for word in Set(words) { #expect(Derivations.english.related(to: word) == read.related(to: word), "\(word)") }
        #expect(Derivations.english.related(to: "zzzz").isEmpty && Derivations.english.related(to: "").isEmpty)
    }

    @Test func aUserTableReadsWordsAndSkipsCommentsAndTheHeader() {
        let table = Derivations(tsv: "# a comment\nword\talso\nexpel\texpulsion\nexpel\texpulsions\n")
        #expect(table.related(to: "expel") == ["expulsion", "expulsions"])
        #expect(table.related(to: "word").isEmpty)
        #expect(table.count == 1)
    }
}
