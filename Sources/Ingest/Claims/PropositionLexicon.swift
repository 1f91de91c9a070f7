/// A question the corpus argues about, as stored in `propositions`.
public struct PropositionEntry: Sendable, Hashable {
    /// Stable identifier, e.g. "ru-cn-military-alliance".
    public let id: String
    /// The proposition in words, e.g. "Russia and China form a military alliance".
    public let statement: String
    /// Words that name the matter; a sentence must contain one.
    public let terms: [String]
    /// Canonical actor names that must all be involved.
    public let actors: [String]
    /// Phrases that refer to the actors without naming them ("the two", "such an alliance").
    public let anaphora: [String]
    public let notes: String?
    /// Where the row is (file and line), for messages.
    public var origin: (file: String, line: Int)? { file.map { ($0, line) } }
    var file: String?
    var line = 0

    public static func == (lhs: PropositionEntry, rhs: PropositionEntry) -> Bool {
        lhs.id == rhs.id && lhs.statement == rhs.statement && lhs.terms == rhs.terms && lhs.actors == rhs.actors
            && lhs.anaphora == rhs.anaphora && lhs.notes == rhs.notes
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    public init(
        id: String, statement: String, terms: [String], actors: [String], anaphora: [String] = [],
        notes: String? = nil
    ) {
        self.id = id
        self.statement = statement
        self.terms = terms
        self.actors = actors
        self.anaphora = anaphora
        self.notes = notes
    }
}

extension PropositionEntry {
    /// Reads `data/lexicon/propositions.tsv`: columns `id`, `statement`, `terms`, `actors`,
    /// `anaphora`, `notes`; list cells are separated by `|`.
    ///
    /// - Throws: `LexiconError` for a missing column, a duplicate id, or a row without terms.
    static func entries(from table: TSVTable) throws -> [PropositionEntry] {
        for column in ["id", "statement", "terms"] where !table.header.contains(column) {
            throw LexiconError(file: table.name, line: 1, message: "propositions table needs column '\(column)'")
        }
        var seen = Set<String>()
        var entries: [PropositionEntry] = []
        for record in table.records {
            guard let id = record["id"], let statement = record["statement"] else {
                throw LexiconError(
                    file: record.file, line: record.lineNumber, message: "a proposition needs an id and a statement")
            }
            guard seen.insert(id).inserted else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "duplicate proposition id '\(id)'")
            }
            let terms = record.list("terms")
            guard !terms.isEmpty else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "proposition '\(id)' has no terms")
            }
            var entry = PropositionEntry(
                id: id, statement: statement, terms: terms, actors: record.list("actors"),
                anaphora: record.list("anaphora"), notes: record["notes"])
            entry.file = record.file
            entry.line = record.lineNumber
            entries.append(entry)
        }
        return entries
    }
}
