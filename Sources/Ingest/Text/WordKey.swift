/// A 64-bit FNV-1a hash of a folded word's UTF-8 bytes, computed once per token.
///
/// The phrase tries (`CueMatcher`) look tokens up by this key in a flat table instead of hashing
/// the token's string at every trie step (Swift's `String` hashing was a fifth of the extraction
/// time, perf); a hit is still confirmed by comparing the strings, so a collision cannot match.
enum WordKey {
    static func of(_ word: String) -> UInt64 {
        var word = word
        // Over the contiguous bytes: iterating `String.UTF8View` cost 195 instructions per word
        // (callgrind), a twentieth of extraction.
        return word.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            return hash
        }
    }
}

/// An open-addressing hash table from (trie node, word key) to the child node: the edges of a trie
/// in one array, probed linearly. Built once; read by many threads.
struct TrieEdges: Sendable {
    // Columns of one slot array, so a probe reads plain integers: copying a slot holding a String
    // would retain and release it at every step.
    private var nodes = [Int32](repeating: -1, count: 16)  // -1: empty slot
    private var children = [Int32](repeating: 0, count: 16)
    private var keys = [UInt64](repeating: 0, count: 16)
    private var words = [String](repeating: "", count: 16)
    private var mask = 15
    private(set) var count = 0

    private static func slot(node: Int, key: UInt64, mask: Int) -> Int {
        let mixed = (key ^ (UInt64(truncatingIfNeeded: node) &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: mixed >> 17) & mask
    }

    /// The child of `node` along `word` (with its key), if any.
    @inline(__always)
    func child(of node: Int, word: String, key: UInt64) -> Int? {
        var index = Self.slot(node: node, key: key, mask: mask)
        while true {
            let slotNode = nodes[index]
            if slotNode < 0 { return nil }
            if slotNode == node, keys[index] == key, words[index] == word { return Int(children[index]) }
            index = (index + 1) & mask
        }
    }

    /// Adds an edge (the caller checks it is new).
    mutating func insert(node: Int, word: String, child: Int) {
        if (count + 1) * 2 > nodes.count { grow() }
        let key = WordKey.of(word)
        var index = Self.slot(node: node, key: key, mask: mask)
        while nodes[index] >= 0 { index = (index + 1) & mask }
        nodes[index] = Int32(node)
        children[index] = Int32(child)
        keys[index] = key
        words[index] = word
        count += 1
    }

    private mutating func grow() {
        let old = nodes.indices.filter { nodes[$0] >= 0 }.map { (Int(nodes[$0]), words[$0], Int(children[$0])) }
        let size = nodes.count * 2
        nodes = [Int32](repeating: -1, count: size)
        children = [Int32](repeating: 0, count: size)
        keys = [UInt64](repeating: 0, count: size)
        words = [String](repeating: "", count: size)
        mask = size - 1
        count = 0
        for (node, word, child) in old { insert(node: node, word: word, child: child) }
    }
}

/// A read-only map from words to values, probed by `WordKey` like `TrieEdges` (no `String`
/// hashing at lookup): the lexicons' per-token word lists.
struct WordTable<Value: Sendable>: Sendable {
    private var edges = TrieEdges()
    private var values: [Value] = []

    /// The table of `pairs`; of two pairs with the same word, the first is kept.
    init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
        for (word, value) in pairs where edges.child(of: 0, word: word, key: WordKey.of(word)) == nil {
            edges.insert(node: 0, word: word, child: values.count)
            values.append(value)
        }
    }

    /// The number of words.
    var count: Int { values.count }

    /// The value of a word given with its key (`WordKey.of(word)`, computed once by the caller).
    func value(for word: String, key: UInt64) -> Value? {
        edges.child(of: 0, word: word, key: key).map { values[$0] }
    }

    /// The value of a word.
    subscript(word: String) -> Value? { value(for: word, key: WordKey.of(word)) }

    /// The value of a token's folded form.
    subscript(token: Token) -> Value? { value(for: token.folded, key: token.key) }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init<Words: Sequence>(words: Words) where Words.Element == String {
        self.init(words.lazy.map { ($0, true) })
    }

    /// True when the token's folded form is in the set.
    func contains(_ token: Token) -> Bool { self[token] != nil }
}
