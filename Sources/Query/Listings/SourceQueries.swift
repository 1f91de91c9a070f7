import Store

/// Listings about sources: the sources table, one source in detail, corpus statistics.
public struct SourceQueries {
    let db: Database

    public init(db: Database) { self.db = db }

    /// SQL of `argkb sources`.
    public static let listSQL = """
        SELECT id, slug, title, author, publisher, published, sentences, claims, mentions
        FROM source_overview ORDER BY \(PolicySQL.dateOrder("source_overview")), id
        """

    /// Every source with its metadata and counts.
    public func list() throws -> Listing {
        try db.listing(Self.listSQL)
    }

    /// Finds a source by id or slug.
    ///
    /// - Throws: `QueryError.notFound` when no source matches.
    public func source(_ key: String) throws -> Row {
        let rows = try db.rows(
            """
            SELECT id, slug, path, title, author, publisher, published, url, char_count, content_hash,
                   ingested_at, text
            FROM sources WHERE id = ? OR slug = ? LIMIT 1
            """, [Int(key) ?? -1, key])
        guard let row = rows.first else {
            throw QueryError.notFound("no source with id or slug '\(key)' (see `argkb sources`)")
        }
        return row
    }

    /// The lines normalization removed from a source.
    public func removedLines(sourceID: Int) throws -> Listing {
        try db.listing("SELECT line_number, reason, text FROM removed_lines WHERE source_id = ? ORDER BY line_number", [sourceID])
    }

    /// The sentences of a source, in order.
    public func sentences(sourceID: Int) throws -> Listing {
        try db.listing("SELECT ordinal, start, length, text FROM sentences WHERE source_id = ? ORDER BY ordinal", [sourceID])
    }

    /// The source's verdicts, curated and automatic, with how each was reached (`note`).
    public func verdicts(sourceID: Int) throws -> Listing {
        try db.listing(
            """
            SELECT v.proposition_id AS proposition, v.likelihood_term AS verdict, v.p_low, v.p_high, v.polarity,
                   v.method, v.note
            FROM verdicts AS v WHERE v.source_id = ? ORDER BY v.proposition_id, v.method
            """, [sourceID])
    }

    /// Why each verdict of a source is what it is: its evidence claims, weightiest first, with
    /// their speaker, role, likelihood, factuality value and how it was read (the chain of sources:
    /// "belief PR- (I don't think) > future CT+ (will)"), the cue, and the clause with its location.
    public func verdictEvidence(sourceID: Int) throws -> Listing {
        try db.listing(
            """
            SELECT v.proposition_id AS proposition, v.method, e.weight, c.id AS claim, c.role,
                   coalesce(c.speaker_name, 'author') AS speaker, c.likelihood_term AS term, c.factuality,
                   c.commitment, c.cue, \(PolicySQL.location(source: "s", sentence: "c")) AS location,
                   substr(s.text, c.start + 1, c.length) AS clause
            FROM verdicts AS v
            JOIN verdict_evidence AS e ON e.verdict_id = v.id
            JOIN claims AS c ON c.id = e.claim_id
            JOIN sources AS s ON s.id = c.source_id
            WHERE v.source_id = ?
            ORDER BY v.proposition_id, v.method, e.weight DESC, c.start
            """, [sourceID])
    }

    /// Row counts of the main tables and the latest ingest run.
    public func stats() throws -> Listing {
        let tables = [
            "sources", "paragraphs", "sentences", "removed_lines", "actors", "actor_aliases", "mentions",
            "entity_candidates", "propositions", "claims", "verdicts", "relations", "argument_links",
            "ingest_runs", "ingest_errors",
        ]
        var rows: [[ListingValue]] = []
        for table in tables {
            // Table names come from the list above, never from input.
            let count = try db.scalar("SELECT count(*) FROM \(table)")?.int ?? 0
            rows.append([.text(table), .int(count)])
        }
        return Listing(columns: ["table", "rows"], rows: rows)
    }
}
