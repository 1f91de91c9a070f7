import Domain

/// The aliases of a gazetteer as a trie over folded tokens, built once, so that tagging a sentence
/// walks each token a bounded number of times instead of trying every alias.
struct AliasTrie: Sendable {
    /// What a trie node ends: one alias of one actor.
    struct Terminal: Sendable {
        let actorIndex: Int
        let aliasKind: AliasKind
        /// The alias tokens with case kept (apostrophes and dashes folded), when case must match.
        let exactTokens: [String]?
        /// A one-word name of 4+ letters also matches in capitals ("CHINA" in a headline).
        let allowsCapitals: Bool
        let wordCount: Int
    }

    struct Node: Sendable {
        var terminals: [Terminal] = []
    }

    /// A match of `tokens[first...last]`.
    struct Match {
        let terminal: Terminal
        let first: Int
        let last: Int
    }

    private(set) var nodes: [Node] = [Node()]
    /// The edges of every node, keyed by lower-cased token (probed by `WordKey`, no String hashing).
    private var edges = TrieEdges()
    /// One-word aliases in exact case -> terminal, for the parts of closed compounds ("SinoRussian").
    private(set) var singleWords: [String: Terminal] = [:]
    /// Combining forms ("Sino") with their terminals.
    private(set) var combiningForms: [(text: String, terminal: Terminal)] = []

    init(actors: [ActorEntry]) {
        for (actorIndex, actor) in actors.enumerated() {
            for alias in actor.aliases {
                insert(alias, actorIndex: actorIndex)
            }
        }
    }

    private mutating func insert(_ alias: ActorAlias, actorIndex: Int) {
        let tokens = AliasKey.tokens(of: alias.text).map(AliasKey.exact)
        guard !tokens.isEmpty else { return }
        let wordCount = tokens.filter { $0.unicodeScalars.first?.properties.isAlphabetic ?? false }.count
        let allowsCapitals =
            tokens.count == 1 && alias.kind != .acronym && tokens[0].count >= 4
            && !AliasKey.isAcronym(tokens[0])
        let terminal = Terminal(
            actorIndex: actorIndex, aliasKind: alias.kind,
            exactTokens: alias.matchesExactCase ? tokens : nil,
            allowsCapitals: allowsCapitals, wordCount: wordCount)
        var node = 0
        for token in tokens {
            let key = token.lowercased()
            if let child = edges.child(of: node, word: key, key: WordKey.of(key)) {
                node = child
            } else {
                nodes.append(Node())
                edges.insert(node: node, word: key, child: nodes.count - 1)
                node = nodes.count - 1
            }
        }
        // Exact-case aliases first, so that "US" is tried before any looser alias with the same key.
        if terminal.exactTokens != nil {
            nodes[node].terminals.insert(terminal, at: 0)
        } else {
            nodes[node].terminals.append(terminal)
        }
        if tokens.count == 1 {
            singleWords[tokens[0]] = terminal
            if alias.isCombiningForm { combiningForms.append((tokens[0], terminal)) }
        }
    }

    /// Every alias that matches tokens starting at `first`, shortest first. `keys` are the folded
    /// tokens and `exact` the case-kept ones, computed once per sentence.
    /// - Parameter keyHashes: `WordKey.of` each of `keys`, computed once per sentence.
    func matches(at first: Int, keys: [String], keyHashes: [UInt64], exact: [String], into result: inout [Match]) {
        result.removeAll(keepingCapacity: true)
        var node = 0
        var index = first
        while index < keys.count, let child = edges.child(of: node, word: keys[index], key: keyHashes[index]) {
            node = child
            for terminal in nodes[node].terminals where accepts(terminal, first: first, exact: exact) {
                result.append(Match(terminal: terminal, first: first, last: index))
                break
            }
            index += 1
        }
    }

    private func accepts(_ terminal: Terminal, first: Int, exact: [String]) -> Bool {
        guard let wanted = terminal.exactTokens else { return true }
        for (offset, token) in wanted.enumerated() where exact[first + offset] != token {
            return terminal.allowsCapitals && wanted.count == 1 && exact[first] == token.uppercased()
        }
        return true
    }
}
