/// Finds lexicon phrases in a token sequence: a trie over folded tokens, built once.
///
/// Matching walks the trie from each token, so one pass over a sentence costs O(tokens × longest
/// phrase) whatever the size of the lexicon, instead of one regular expression per phrase. Matches
/// are the longest at each position and never overlap ("almost certainly not" wins over
/// "almost certainly" and "not").
///
/// ```swift
/// let matcher = CueMatcher(phrases: [("highly improbable", 0), ("improbable", 1)])
/// matcher.matches(in: Tokenizer.tokenize(ScalarText("It is highly improbable.")))  // value 0 at 2..<4
/// ```
public struct CueMatcher<Value: Sendable>: Sendable {
    /// A phrase found in the tokens.
    public struct Match: Sendable {
        /// Token indexes of the phrase.
        public let tokens: Range<Int>
        public let value: Value
    }

    /// The value of the phrase ending at each node (node 0 is the root).
    private var values: [Value?] = [nil]
    /// Every edge of the trie, keyed by node and word: one probe per token, no string hashing.
    private var edges = TrieEdges()
    /// The number of phrases stored.
    public private(set) var count = 0

    /// Builds the trie. A phrase is tokenized as text is, so punctuation inside it ("fifty-fifty",
    /// "so ,") must match tokens; on a duplicate phrase the first value is kept.
    public init(phrases: [(String, Value)]) {
        for (phrase, value) in phrases { insert(CueMatcher.fold(phrase), value) }
    }

    /// Builds the trie from phrases already split into folded tokens.
    public init(tokenizedPhrases: [([String], Value)]) {
        for (words, value) in tokenizedPhrases { insert(words, value) }
    }

    /// Folds a phrase into the token keys the trie compares against.
    public static func fold(_ phrase: String) -> [String] {
        var words = Tokenizer.tokenize(ScalarText(phrase)).map(\.folded)
        // A phrase may start with a possessive ending ("'s words"); with no word before it the
        // tokenizer reads "'" + "s", so join them as the text's possessive token reads.
        if words.count >= 2, words[0] == "'", words[1] == "s" { words.replaceSubrange(0...1, with: ["'s"]) }
        return words
    }

    private mutating func insert(_ words: [String], _ value: Value) {
        guard !words.isEmpty else { return }
        var node = 0
        for word in words {
            if let next = edges.child(of: node, word: word, key: WordKey.of(word)) {
                node = next
            } else {
                values.append(nil)
                edges.insert(node: node, word: word, child: values.count - 1)
                node = values.count - 1
            }
        }
        if values[node] == nil {
            values[node] = value
            count += 1
        }
    }

    /// The longest phrase starting at token `start`, if any (it must end before `limit`).
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int? = nil) -> Match? {
        let end = min(limit ?? tokens.count, tokens.count)
        // Through the buffer, so reading a token's key and folded form does not copy (and retain)
        // the whole token: those retains were a third of the claim stage.
        return tokens.withUnsafeBufferPointer { buffer in
            var node = 0
            var best: Match?
            var index = start
            while index < end, let next = edges.child(of: node, word: buffer[index].folded, key: buffer[index].key) {
                node = next
                index += 1
                if let value = values[node] { best = Match(tokens: start..<index, value: value) }
            }
            return best
        }
    }

    /// Calls `body` with the value of every phrase starting at token `start` (ending before
    /// `limit`), shortest first: not only the longest, as `longestMatch` gives.
    public func forEachValue(in tokens: [Token], at start: Int, limit: Int, _ body: (Value) -> Void) {
        let end = min(limit, tokens.count)
        tokens.withUnsafeBufferPointer { buffer in
            var node = 0
            var index = start
            while index < end, let next = edges.child(of: node, word: buffer[index].folded, key: buffer[index].key) {
                node = next
                index += 1
                if let value = values[node] { body(value) }
            }
        }
    }

    /// All non-overlapping longest matches in `range` (all tokens by default), left to right.
    public func matches(in tokens: [Token], range: Range<Int>? = nil) -> [Match] {
        let range = range ?? 0..<tokens.count
        var found: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: tokens, at: index, limit: range.upperBound) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }
}
