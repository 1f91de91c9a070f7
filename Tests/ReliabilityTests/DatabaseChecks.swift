import Foundation
import Store

/// What the reliability tests check in a database file after something went wrong.
enum DatabaseChecks {
    /// The tables whose rows an ingest writes (everything but the run log).
    static let contentTables = [
        "sources", "source_links", "removed_lines", "paragraphs", "sentence_spans", "mentions", "entity_candidates",
        "claims", "verdicts", "verdict_evidence", "relations", "argument_links", "claim_acceptability",
        "actors", "actor_aliases", "propositions", "likelihood_phrases",
    ]

    /// `PRAGMA integrity_check` on a read-only connection: "ok" or SQLite's list of problems.
    static func integrity(_ path: String) throws -> String {
        let db = try Database(path: path, mode: .readOnly)
        let rows = try db.rows("PRAGMA integrity_check")
        return rows.compactMap { $0[0].string }.joined(separator: "; ")
    }

    /// FTS5's own check that the index matches the sentences (needs a writable connection; it writes nothing).
    static func ftsIntegrity(_ path: String) throws {
        let db = try Database(path: path, mode: .readWrite(create: false))
        guard try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sentences_fts'")?.int == 1 else { return }
        try db.execute("INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)")
    }

    /// Row counts of the content tables.
    static func counts(_ path: String) throws -> [String: Int] {
        let db = try Database(path: path, mode: .readOnly)
        var result: [String: Int] = [:]
        for table in contentTables {
            result[table] = try db.scalar("SELECT count(*) FROM \(table)")?.int ?? -1
        }
        return result
    }

    /// Per source (by path): its hash and how many rows of each kind it has, as one comparable string.
    /// Mentions count those of lexicon actors: the candidate actors' are the corpus's, rebuilt at the
    /// end of a run (as the links across sources are), so a run killed before its end has none yet.
    static func perSource(_ path: String) throws -> [String: String] {
        let db = try Database(path: path, mode: .readOnly)
        guard try db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sources'")?.int == 1 else { return [:] }
        var result: [String: String] = [:]
        try db.prepare(
            """
            SELECT s.path, s.content_hash, s.char_count,
                   (SELECT count(*) FROM paragraphs WHERE source_id = s.id),
                   (SELECT count(*) FROM sentences WHERE source_id = s.id),
                   (SELECT count(*) FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                    WHERE m.source_id = s.id AND a.method = 'lexicon'),
                   (SELECT count(*) FROM entity_candidates WHERE source_id = s.id),
                   (SELECT count(*) FROM claims WHERE source_id = s.id),
                   (SELECT count(*) FROM verdicts WHERE source_id = s.id),
                   (SELECT count(*) FROM relations WHERE source_id = s.id),
                   (SELECT count(*) FROM removed_lines WHERE source_id = s.id),
                   (SELECT count(*) FROM source_links WHERE source_id = s.id),
                   (SELECT group_concat(start || '+' || length || ':' || coalesce(likelihood_term, '-'), ',')
                      FROM (SELECT start, length, likelihood_term FROM claims WHERE source_id = s.id ORDER BY start, length))
            FROM sources AS s
            """
        ).forEach { row in
            let fields = (1..<13).map { row.string(at: $0) ?? "-" }
            result[row.string(at: 0) ?? "?"] = fields.joined(separator: " ")
        }
        return result
    }
}
