/// The function words and discourse markers the claim stages read: negators, clause boundaries,
/// conclusion and reason markers, modals, conditionals, and the words that signal a finite verb.
///
/// Columns of `data/lexicon/discourse.tsv`: `phrase`, `kind`, `notes`. Kinds:
/// `negator`, `scope_boundary` (ends a negation's reach), `contrast` (splits a sentence into clauses),
/// `conclusion`, `reason`, `reason_list` (a paragraph announcing a list of reasons),
/// `recommendation`, `future`, `modal`, `conditional`, `verb` (a finite-verb signal), `evaluative`,
/// `author_pronoun` (a speaker that is the author: "we"), `np_stop` (a word a speaker's noun phrase
/// does not cross).
public struct DiscourseLexicon: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case negator
        case scopeBoundary = "scope_boundary"
        case contrast, conclusion, reason
        case reasonList = "reason_list"
        case recommendation, future, modal, conditional, verb, evaluative
        case authorPronoun = "author_pronoun"
        case npStop = "np_stop"

        /// The position in `allCases`.
        var ordinal: Int {
            switch self {
            case .negator: 0
            case .scopeBoundary: 1
            case .contrast: 2
            case .conclusion: 3
            case .reason: 4
            case .reasonList: 5
            case .recommendation: 6
            case .future: 7
            case .modal: 8
            case .conditional: 9
            case .verb: 10
            case .evaluative: 11
            case .authorPronoun: 12
            case .npStop: 13
            }
        }
    }

    /// A set of kinds, one bit per `Kind.ordinal`.
    public struct Kinds: Sendable, Equatable {
        public private(set) var bits: UInt32 = 0

        public init() {}

        /// True when the set holds `kind`.
        public func contains(_ kind: Kind) -> Bool { bits & (1 << kind.ordinal) != 0 }

        /// Adds `kind`.
        public mutating func insert(_ kind: Kind) { bits |= 1 << kind.ordinal }

        /// Adds every kind of `other`.
        public mutating func formUnion(_ other: Kinds) { bits |= other.bits }
    }

    /// Phrase matchers and single words per kind, indexed by `Kind.ordinal` (a phrase may belong
    /// to several kinds). Arrays, since a dictionary keyed by a String-backed enum hashes the raw
    /// value's String at every lookup, several times per token.
    private let matchers: [CueMatcher<String>]
    private let words: [WordTable<Bool>]
    /// Every phrase of every kind in one trie, each with the set of its kinds: `kinds(in:range:)`
    /// answers "which kinds occur in this clause" in one walk, where asking `occurs` kind by kind
    /// walked the clause once per kind (up to seven times per claim).
    private let anyKind: CueMatcher<Kinds>

    /// Reads the table.
    ///
    /// - Throws: `LexiconError` for a missing column or an unknown kind.
    public init(table: TSVTable) throws {
        guard table.header.contains("phrase"), table.header.contains("kind") else {
            throw LexiconError(file: table.name, line: 1, message: "discourse table needs columns 'phrase' and 'kind'")
        }
        var phrases: [Kind: [(String, String)]] = [:]
        var words: [Kind: Set<String>] = [:]
        for record in table.records {
            guard let phrase = record["phrase"] else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "empty phrase")
            }
            for kindName in record.list("kind") {
                guard let kind = Kind(rawValue: kindName) else {
                    throw LexiconError(file: record.file, line: record.lineNumber, message: "unknown kind '\(kindName)'")
                }
                phrases[kind, default: []].append((phrase, phrase))
                let folded = CueMatcher<String>.fold(phrase)
                if folded.count == 1 { words[kind, default: []].insert(folded[0]) }
            }
        }
        self.matchers = Kind.allCases.map { CueMatcher(phrases: phrases[$0] ?? []) }
        self.words = Kind.allCases.map { WordTable(words: words[$0] ?? []) }
        self.anyKind = Self.kindsMatcher(phrases)
    }

    private init(empty: Void) {
        matchers = Kind.allCases.map { _ in CueMatcher(phrases: []) }
        words = Kind.allCases.map { _ in WordTable(words: []) }
        anyKind = CueMatcher(phrases: [])
    }

    /// One trie of every phrase, valued with all the kinds the phrase has (folded as the
    /// per-kind matchers fold it, so both find the same phrases).
    private static func kindsMatcher(_ phrases: [Kind: [(String, String)]]) -> CueMatcher<Kinds> {
        var kinds: [[String]: Kinds] = [:]
        var order: [[String]] = []
        for kind in Kind.allCases {
            for (phrase, _) in phrases[kind] ?? [] {
                let folded = CueMatcher<Kinds>.fold(phrase)
                if kinds[folded] == nil { order.append(folded) }
                kinds[folded, default: Kinds()].insert(kind)
            }
        }
        return CueMatcher(tokenizedPhrases: order.map { ($0, kinds[$0] ?? Kinds()) })
    }

    /// True when the token is a one-word entry of `kind`.
    public func contains(_ token: Token, _ kind: Kind) -> Bool {
        if words[kind.ordinal].contains(token) { return true }
        // Contracted negation: "won't", "isn't", "doesn't".
        return kind == .negator && token.kind == .word && token.folded.hasSuffix("n't")
    }

    public func isNegator(_ token: Token) -> Bool { contains(token, .negator) }

    /// Punctuation other than a hyphen or a quotation mark, or a `scope_boundary` word.
    public func isScopeBoundary(_ token: Token) -> Bool {
        if token.kind == .punctuation {
            return !["-", "“", "”", "\"", "'", "‘", "’", "«", "»"].contains(token.text)
        }
        return contains(token, .scopeBoundary)
    }

    /// The longest phrase of `kind` starting at token `index`.
    public func match(_ kind: Kind, in tokens: [Token], at index: Int, limit: Int? = nil) -> CueMatcher<String>.Match? {
        matchers[kind.ordinal].longestMatch(in: tokens, at: index, limit: limit)
    }

    /// All phrases of `kind` in `range`.
    public func matches(_ kind: Kind, in tokens: [Token], range: Range<Int>) -> [CueMatcher<String>.Match] {
        matchers[kind.ordinal].matches(in: tokens, range: range)
    }

    /// The kinds of which some phrase occurs in `range` (each within it): `occurs` for every kind
    /// at once, in one walk.
    public func kinds(in tokens: [Token], range: Range<Int>) -> Kinds {
        var found = Kinds()
        for index in range {
            anyKind.forEachValue(in: tokens, at: index, limit: range.upperBound) { found.formUnion($0) }
        }
        return found
    }

    /// True when some phrase of `kind` occurs in `range`.
    public func occurs(_ kind: Kind, in tokens: [Token], range: Range<Int>) -> Bool {
        let matcher = matchers[kind.ordinal]
        for index in range where matcher.longestMatch(in: tokens, at: index, limit: range.upperBound) != nil {
            return true
        }
        return false
    }
}
