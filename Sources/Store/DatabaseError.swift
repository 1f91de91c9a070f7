internal import CSQLite
import Foundation

/// An error SQLite reported, with everything needed to understand it: the extended result code,
/// SQLite's own message, and the SQL that was running.
///
/// Every result code other than `SQLITE_OK`, `SQLITE_ROW` and `SQLITE_DONE` becomes a
/// `DatabaseError`, as in GRDB.swift. See <https://sqlite.org/rescode.html>.
public struct DatabaseError: Error, CustomStringConvertible, Sendable {
    /// The extended result code, e.g. 2067 (`SQLITE_CONSTRAINT_UNIQUE`).
    public let extendedCode: Int32
    /// SQLite's message (`sqlite3_errmsg`), or argkb's own for errors raised before SQLite runs.
    public let message: String
    /// The SQL that failed, when there was one.
    public let sql: String?

    /// The primary result code (`extendedCode & 0xFF`), e.g. 19 (`SQLITE_CONSTRAINT`).
    public var code: Int32 { extendedCode & 0xFF }

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// True for `SQLITE_BUSY` and `SQLITE_LOCKED`: another connection holds the lock.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    /// True when the connection was read-only and the statement tried to write.
    public var isReadOnly: Bool { code == SQLITE_READONLY }
    /// True when the statement was interrupted (a time limit ran out).
    public var isInterrupted: Bool { code == SQLITE_INTERRUPT }
    /// True for a constraint violation (unique, foreign key, check, not null).
    public var isConstraint: Bool { code == SQLITE_CONSTRAINT }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (while running: \(sql.trimmingForDisplay()))" }
        return text
    }
}

extension DatabaseError {
    /// Reads the connection's current error (`sqlite3_extended_errcode`, `sqlite3_errmsg`).
    static func current(_ handle: OpaquePointer?, code: Int32, sql: String?) -> DatabaseError {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        let message =
            handle.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // sqlite3_errmsg can lag behind when the code came from elsewhere; prefer the code we got.
        let extendedCode = (extended & 0xFF) == (code & 0xFF) ? extended : code
        return DatabaseError(extendedCode: extendedCode, message: message + explanation(handle, code: extendedCode), sql: sql)
    }

    /// What a person needs beyond SQLite's words for the errors a user meets: the operating
    /// system's reason behind an I/O error ("No space left on device", "File too large"), and what
    /// to do about a damaged file. See <https://sqlite.org/c3ref/system_errno.html>.
    static func explanation(_ handle: OpaquePointer?, code: Int32) -> String {
        switch code & 0xFF {
        case SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN:
            let errno = handle.map { sqlite3_system_errno($0) } ?? 0
            if errno != 0, let reason = strerror(errno) { return " (\(String(cString: reason)))" }
            // SQLite's errno is often gone by the time the statement reports (a rollback ran since).
            if code & 0xFF == SQLITE_FULL || code == 778
                || code == 1034 /* SQLITE_IOERR_WRITE, _FSYNC (macros Swift does not import) */
            {
                return " (writing failed: is the disk full, or the file over a size limit?)"
            }
            return ""
        case SQLITE_NOTADB:
            return " (it is not a SQLite database: give --db an argkb database, or a new path to create one)"
        case SQLITE_CORRUPT:
            return " (the database is damaged: `sqlite3 FILE .recover` may save its rows; an argkb database "
                + "can also be started over with `argkb init --force` and ingested again)"
        default:
            return ""
        }
    }
}

extension String {
    /// The SQL on one line, shortened for error messages.
    func trimmingForDisplay(limit: Int = 300) -> String {
        let oneLine = split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return oneLine.count > limit ? String(oneLine.prefix(limit)) + "…" : oneLine
    }
}
