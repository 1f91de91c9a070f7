import Domain

/// The words of `data/lexicon/factuality.tsv`: what marks the author's commitment to a matter when
/// no estimative phrase says it (source-introducing predicates, future markers, existence,
/// contrast, refutation, presupposition, changes of chance, declining to judge, anaphors, answers).
///
/// Columns: `phrase` (required), `role` (required, see `Role`), `value` (a `Factuality` raw value,
/// required for the roles that carry one), `notes`.
public struct FactualityLexicon: Sendable {
    /// What a phrase does to the clause that states a matter.
    public enum Role: String, Sendable, CaseIterable {
        case belief, future, occur, existence, contrast, refutation, presupposition, change, chance, decline,
            anaphor, answer, past, hedge, negative, consequence, ongoing

        /// True for roles whose rows must give a value.
        var carriesValue: Bool {
            switch self {
            case .chance, .anaphor, .past, .hedge, .negative, .consequence: return false
            default: return true
            }
        }
    }

    /// One row of the file.
    public struct Entry: Sendable, Hashable {
        public let phrase: String
        public let role: Role
        public let value: Factuality?
        public let lineNumber: Int
    }

    public let entries: [Entry]
    /// One matcher per role, indexed like `Role.allCases`; values index `entries`.
    private let matchers: [CueMatcher<Int>]

    /// Reads the table.
    /// - Throws: `LexiconError` with file and line for a missing column, an unknown role or value,
    ///   or a role that needs a value without one.
    public init(table: TSVTable) throws {
        guard table.header.contains("phrase"), table.header.contains("role") else {
            throw LexiconError(file: table.name, line: 1, message: "factuality table needs columns 'phrase' and 'role'")
        }
        var entries: [Entry] = []
        for record in table.records {
            guard let phrase = record["phrase"] else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "empty phrase")
            }
            guard let role = record["role"].flatMap({ Role(rawValue: $0.lowercased()) }) else {
                throw LexiconError(
                    file: record.file, line: record.lineNumber,
                    message:
                        "unknown role '\(record["role"] ?? "")' for '\(phrase)' (one of \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
            }
            var value: Factuality?
            if let written = record["value"] {
                guard let parsed = Factuality(rawValue: written.uppercased().replacingOccurrences(of: "UU", with: "Uu")) else {
                    throw LexiconError(
                        file: record.file, line: record.lineNumber,
                        message:
                            "unknown value '\(written)' for '\(phrase)' (one of \(Factuality.allCases.map(\.rawValue).joined(separator: " ")))"
                    )
                }
                value = parsed
            }
            if role.carriesValue && value == nil {
                throw LexiconError(
                    file: record.file, line: record.lineNumber, message: "role '\(role.rawValue)' needs a value for '\(phrase)'")
            }
            entries.append(Entry(phrase: phrase, role: role, value: value, lineNumber: record.lineNumber))
        }
        self.entries = entries
        matchers = Role.allCases.map { role in
            CueMatcher(phrases: entries.enumerated().filter { $0.element.role == role }.map { ($0.element.phrase, $0.offset) })
        }
    }

    /// The phrases of `role` in `range` of a sentence's tokens, left to right, longest first at a token.
    func matches(_ role: Role, in tokens: [Token], range: Range<Int>) -> [(tokens: Range<Int>, entry: Entry)] {
        guard let index = Role.allCases.firstIndex(of: role) else { return [] }
        return matchers[index].matches(in: tokens, range: range).map { ($0.tokens, entries[$0.value]) }
    }

    /// The phrase of `role` that starts at token `index`, if any.
    func match(_ role: Role, in tokens: [Token], at index: Int, limit: Int) -> (tokens: Range<Int>, entry: Entry)? {
        guard let roleIndex = Role.allCases.firstIndex(of: role),
            let found = matchers[roleIndex].longestMatch(in: tokens, at: index, limit: limit)
        else { return nil }
        return (found.tokens, entries[found.value])
    }

    /// True when a phrase of `role` covers token `index` (starts at most four tokens before it).
    func covers(_ role: Role, _ index: Int, in tokens: [Token]) -> Bool {
        for start in stride(from: index, through: max(0, index - 4), by: -1) {
            if let found = match(role, in: tokens, at: start, limit: tokens.count), found.tokens.contains(index) { return true }
        }
        return false
    }
}
