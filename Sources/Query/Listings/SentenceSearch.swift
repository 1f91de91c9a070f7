import Foundation
import Store

/// Full-text search over sentences (FTS5), ranked by bm25, with the match highlighted.
public struct SentenceSearch {
    let db: Database

    public init(db: Database) { self.db = db }

    /// The SQL `search` runs; the query is bound, never spliced in.
    public static let sql = """
        SELECT s.id AS source_id, s.title AS source, s.published, st.ordinal AS sentence,
               highlight(sentences_fts, 0, '[', ']') AS text
        FROM sentences_fts
        JOIN sentences AS st ON st.id = sentences_fts.rowid
        JOIN sources AS s ON s.id = st.source_id
        WHERE sentences_fts MATCH ?
        ORDER BY rank
        LIMIT ?
        """

    /// Sentences matching `query`, best first.
    ///
    /// The query is FTS5 syntax (`alliance NOT bloc`, `"military alliance"`, `allian*`). When it is
    /// not valid FTS5 (an unbalanced quote, a stray operator), it is searched again as plain words,
    /// each quoted, so a user's text never fails as syntax.
    /// - Throws: `QueryError.invalid` for an empty query.
    public func search(_ query: String, limit: Int = 20) throws -> Listing {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw QueryError.invalid("the search query is empty") }
        do {
            return try db.listing(Self.sql, [trimmed, limit])
        } catch let error as DatabaseError where error.code == 1 {
            return try db.listing(Self.sql, [Self.plainWords(trimmed), limit])
        }
    }

    /// The query's words, each as an FTS5 string, so operators and quotes lose their meaning. The
    /// operators themselves (AND, OR, NOT, NEAR, upper case as FTS5 reads them) are dropped: left in,
    /// "improbable AND" would look for the word "and" too.
    static func plainWords(_ query: String) -> String {
        let operators: Set<Substring> = ["AND", "OR", "NOT", "NEAR"]
        let words = query.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).filter { !operators.contains($0) }
            .map { "\"\($0)\"" }
        return words.isEmpty ? "\"\"" : words.joined(separator: " ")
    }
}
