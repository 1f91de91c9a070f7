import Testing

@testable import Ingest

/// The flat tables behind the phrase tries and word lists, and the span strings they compare.
@Suite struct WordTableTests {
    @Test func findsEveryWordAndOnlyThoseThroughGrowth() {
        let words = (0..<5_000).map { "word\($0)" } + ["’s", "Москва", "naïve", ""]
        let table = WordTable(words.enumerated().map { ($1, $0) })
        #expect(table.count == words.count)
        for (index, word) in words.enumerated() { #expect(table[word] == index, "\(word)") }
        #expect(table["word5000"] == nil && table["Word1"] == nil && table["москва"] == nil)
    }

    @Test func theFirstOfTwoEqualWordsIsKept() {
        let table = WordTable([("bloc", 1), ("bloc", 2), ("pact", 3)])
        #expect(table.count == 2 && table["bloc"] == 1 && table["pact"] == 3)
    }

    @Test func tokensAreLookedUpByTheirFoldedForm() {
        let set = WordTable(words: ["moscow's", "alliance"])
        let tokens = Tokenizer.tokenize(ScalarText("The Alliance of Moscow’s"))
        #expect(tokens.map(set.contains) == [false, true, false, false, false])
        #expect(set.contains(Token(kind: .word, span: TextSpan(start: 0, length: 8), text: "Moscow’s")))
    }

    /// Edges of different nodes along the same word stay apart; the same word under one node is one edge.
    @Test func trieEdgesAreKeyedByNodeAndWord() {
        var edges = TrieEdges()
        for node in 0..<300 { edges.insert(node: node, word: "not", child: node + 1_000) }
        edges.insert(node: 7, word: "likely", child: 42)
        #expect(edges.count == 301)
        for node in 0..<300 { #expect(edges.child(of: node, word: "not", key: WordKey.of("not")) == node + 1_000) }
        #expect(edges.child(of: 7, word: "likely", key: WordKey.of("likely")) == 42)
        #expect(edges.child(of: 8, word: "likely", key: WordKey.of("likely")) == nil)
        #expect(edges.child(of: 300, word: "not", key: WordKey.of("not")) == nil)
        // A key that collides but a word that differs is no match.
        #expect(edges.child(of: 7, word: "likelY", key: WordKey.of("likely")) == nil)
    }

    /// A span's text is exact whatever its scripts, and short spans are small strings.
    @Test func spanTextIsExactForEveryUTF8Length() {
        let text = ScalarText("a é 中 𝔘 Sino-Russian")
        let pieces = [(0, 1), (2, 1), (4, 1), (6, 1), (8, 12), (0, 20)].map { text[TextSpan(start: $0.0, length: $0.1)] }
        #expect(pieces == ["a", "é", "中", "𝔘", "Sino-Russian", "a é 中 𝔘 Sino-Russian"])
        #expect(pieces.map { $0.utf8.count } == [1, 2, 3, 4, 12, 26])
    }
}
