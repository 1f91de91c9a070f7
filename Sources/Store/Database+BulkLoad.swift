/// Loading a new database in bulk: the rows first, then the secondary indexes and the foreign-key
/// check, once, in the same transaction.
///
/// SQLite builds an index over existing rows by sorting them, which costs far less than keeping it
/// in step with every INSERT (<https://sqlite.org/lang_createindex.html>). The full-text index is
/// not deferred: the writer fills it a batch at a time while extraction would otherwise keep it
/// waiting, and a `rebuild` at the end ran on one core after extraction had finished (measured in
/// `make bench`: 1.6 s of the 4.8 s tail at 10k articles, for no saving). The guarantees stay: the load is one
/// transaction (a killed run leaves the database as it was), and `PRAGMA foreign_key_check` runs
/// before the commit, which a violation stops.
extension Database {
    /// The tables whose secondary indexes a bulk load drops and builds again: those every source
    /// adds rows to. (The sources' own indexes stay: the load looks sources up by path and content.)
    public static let bulkLoadedTables: Set<String> = [
        "sentence_spans", "paragraphs", "source_links", "removed_lines", "mentions", "actor_sources", "entity_candidates",
        "claims",
        "verdicts", "verdict_evidence", "relations", "argument_links",
    ]

    /// schema.sql's `CREATE INDEX` statements on the bulk-loaded tables, with the index names.
    static var bulkLoadIndexes: [(name: String, sql: String)] {
        schemaStatements.compactMap { statement in
            guard statement.hasPrefix("CREATE INDEX ") else { return nil }
            let words = statement.split(separator: " ")
            guard words.count > 4, let on = words.firstIndex(of: "ON"), on + 1 < words.count,
                bulkLoadedTables.contains(String(words[on + 1]))
            else { return nil }
            return (String(words[2]), statement)
        }
    }

    /// Drops the secondary indexes of the bulk-loaded tables (inside the load's transaction).
    public func dropBulkLoadIndexes() throws {
        for index in Self.bulkLoadIndexes { try execute("DROP INDEX IF EXISTS \(index.name)") }
    }

    /// Builds the dropped indexes, then checks every foreign key.
    ///
    /// - Throws: `DatabaseError` from SQLite, or `BulkLoadError.foreignKeys` when a row refers to
    ///   nothing; the caller rolls the transaction back.
    public func finishBulkLoad() throws {
        for index in Self.bulkLoadIndexes { try execute(index.sql) }
        let violations = try rows("PRAGMA foreign_key_check")
        if !violations.isEmpty {
            let tables = Set(violations.compactMap { $0[0].string }).sorted()
            throw BulkLoadError.foreignKeys(count: violations.count, tables: tables)
        }
    }
}

/// A bulk load that cannot be committed.
public enum BulkLoadError: Error, CustomStringConvertible, Equatable {
    /// Rows that refer to rows that do not exist (a fault of argkb: nothing is stored).
    case foreignKeys(count: Int, tables: [String])

    public var description: String {
        switch self {
        case .foreignKeys(let count, let tables):
            return "\(count) rows of \(tables.joined(separator: ", ")) refer to rows that do not exist; nothing was stored"
        }
    }
}
