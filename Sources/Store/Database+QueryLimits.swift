internal import CSQLite
import Foundation

/// Hardening for connections that run SQL a user typed (`argkb sql`).
extension Database {
    /// Refuses ATTACH (no other file can be opened or created through this connection), keeps
    /// extension loading off, and denies the functions that reach outside the database
    /// (`fts3_tokenizer`, `load_extension`). Together with a read-only connection, nothing a query
    /// says can write. Temporary tables and indexes a query needs (a sort, a DISTINCT) live in memory,
    /// bounded by a heap limit, never in a temporary file that could fill the disk.
    /// See <https://sqlite.org/c3ref/limit.html>, <https://sqlite.org/c3ref/set_authorizer.html> and
    /// <https://sqlite.org/c3ref/hard_heap_limit64.html>.
    ///
    /// - Parameter seconds: stop a statement that runs longer (nil: no limit); it then fails with
    ///   `DatabaseError.isInterrupted`.
    public func restrictToQueries(timeLimit seconds: Double? = nil) throws {
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_enable_load_extension(handle, 0)
        _ = argkb_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0)
        _ = argkb_restrict_functions(handle)
        try execute("PRAGMA temp_store = MEMORY")
        _ = sqlite3_hard_heap_limit64(Self.queryHeapLimit)
        if let seconds, seconds > 0 {
            argkb_set_time_limit(handle, deadline, seconds)
        }
    }

    /// The most memory SQLite may take for a user's query (its temporary tables included).
    public static let queryHeapLimit: Int64 = 2 << 30
}
