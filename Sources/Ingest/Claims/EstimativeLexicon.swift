import Domain

/// The estimative expressions of `data/lexicon/estimative.tsv`, each mapped to an ICD 203 term.
///
/// Columns: `phrase` (required), `term` (required: a `LikelihoodScale` term, or `none` for a phrase
/// that only looks estimative, such as "made it possible", which then hides its words from shorter
/// cues), `context` (empty or `hypothetical`), `notes` (free text). The phrases are compiled into one `CueMatcher` when the
/// lexicon is loaded.
public struct EstimativeLexicon: Sendable {
    /// One row of the file.
    public struct Entry: Sendable, Hashable {
        public let phrase: String
        /// nil for a `none` row: the phrase is not an estimate.
        public let term: LikelihoodScale.Term?
        /// True when the phrase frames a condition ("in the unlikely event") instead of asserting.
        public let isHypothetical: Bool
        public let notes: String?
        public let lineNumber: Int
    }

    public let entries: [Entry]
    let matcher: CueMatcher<Int>

    /// Reads the table.
    ///
    /// - Throws: `LexiconError` for a missing column, an empty phrase, an unknown term or context.
    public init(table: TSVTable) throws {
        guard table.header.contains("phrase"), table.header.contains("term") else {
            throw LexiconError(file: table.name, line: 1, message: "estimative table needs columns 'phrase' and 'term'")
        }
        var entries: [Entry] = []
        for record in table.records {
            guard let phrase = record["phrase"] else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "empty phrase")
            }
            let termName = record["term"]?.lowercased()
            let term = termName.flatMap(LikelihoodScale.term(named:))
            guard term != nil || termName == "none" else {
                throw LexiconError(
                    file: record.file, line: record.lineNumber,
                    message: "unknown likelihood term '\(record["term"] ?? "")' for '\(phrase)'")
            }
            let context = record["context"]?.lowercased()
            guard context == nil || context == "hypothetical" else {
                throw LexiconError(
                    file: record.file, line: record.lineNumber,
                    message: "context must be empty or 'hypothetical', not '\(context ?? "")'")
            }
            entries.append(
                Entry(
                    phrase: phrase, term: term, isHypothetical: context == "hypothetical",
                    notes: record["notes"], lineNumber: record.lineNumber))
        }
        self.entries = entries
        self.matcher = CueMatcher(phrases: entries.enumerated().map { ($0.element.phrase, $0.offset) })
    }
}
