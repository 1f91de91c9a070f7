import Foundation
internal import CSQLite

/// Hardening for connections that run SQL a user typed (`argkb sql`).
extension Database {
    /// Refuses ATTACH (no other file can be opened or created through this connection) and keeps
    /// extension loading off. Together with a read-only connection, nothing a query says can write.
    /// See <https://sqlite.org/c3ref/limit.html> and <https://sqlite.org/c3ref/enable_load_extension.html>.
    public func restrictToQueries() {
        sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0)
        sqlite3_enable_load_extension(handle, 0)
        _ = argkb_db_config_int(handle, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0)
    }

    /// Opens an existing argkb database for reading, with a clear error when there is none.
    ///
    /// - Throws: `SchemaError.missing` when the file does not exist; `SchemaError` for a database
    ///   of another version; `DatabaseError` when the file is not a database.
    public static func openExisting(path: String, readOnly: Bool) throws -> Database {
        if path != ":memory:" && !FileManager.default.fileExists(atPath: path) {
            throw SchemaError.missing(path: path)
        }
        let db = try Database(path: path, mode: readOnly ? .readOnly : .readWrite(create: false))
        try db.checkSchemaVersion()
        return db
    }
}
