internal import CSQLite
import Foundation

/// A connection to an argkb database (one SQLite file).
///
/// ```swift
/// let db = try Database(path: "argkb.db")            // read-write, created when missing
/// let ro = try Database(path: "argkb.db", mode: .readOnly)
/// try db.inTransaction { try db.execute("DELETE FROM sources WHERE id = ?", [42]) }
/// ```
/// Each connection is set up as GRDB.swift does: extended result codes, a busy timeout, foreign keys
/// on, and double-quoted string literals off; read-write connections use WAL with
/// `synchronous = NORMAL`. See <https://sqlite.org/c3ref/open.html> and <https://sqlite.org/wal.html>.
///
/// A `Database` is not thread-safe: use it from one thread at a time.
public final class Database {
    /// How to open the file.
    public enum Mode: Sendable {
        /// Read and write; create the file when `create` is true.
        case readWrite(create: Bool)
        /// Read only (`SQLITE_OPEN_READONLY`): every write fails with `SQLITE_READONLY`.
        case readOnly
        /// Read only, and the file is taken as unchanging (`?immutable=1`): no locks, no `-wal` or
        /// `-shm` files. For a database in a folder the user cannot write, where SQLite could not
        /// create the `-shm` file a WAL database needs (<https://sqlite.org/uri.html#uriimmutable>).
        case immutable
    }

    /// The file's path (":memory:" for an in-memory database).
    public let path: String
    public let mode: Mode
    let handle: OpaquePointer
    /// The schema version `prepareSchema` upgraded this database from, if it did.
    public internal(set) var upgradedFrom: Int?

    /// How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    public static let busyTimeoutMilliseconds: Int32 = 10_000

    /// Opens a connection.
    ///
    /// - Parameters:
    ///   - path: the database file, or ":memory:".
    ///   - mode: read-write (the default, creating the file) or read-only.
    /// - Throws: `DatabaseError` when the file cannot be opened or is not a database.
    public init(path: String, mode: Mode = .readWrite(create: true)) throws {
        Self.configureLibrary
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        // A path is always a file name, never a URI: SQLite would read "file:x.db" as the file
        // x.db, while every other check looks at a file named "file:x.db".
        var filename = path.hasPrefix("file:") ? "./" + path : path
        switch mode {
        case .readWrite(let create): flags |= SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .immutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            filename = "file:" + Self.uriEscaped(path) + "?immutable=1"
        }
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(filename, &connection, flags, nil)
        guard code == SQLITE_OK, let connection else {
            let error = DatabaseError.current(connection, code: code == SQLITE_OK ? SQLITE_CANTOPEN : code, sql: nil)
            // sqlite3_open_v2 allocates a handle even when it fails: close it.
            sqlite3_close_v2(connection)
            throw DatabaseError(
                extendedCode: error.extendedCode,
                message: "cannot open \(path): \(error.message)", sql: nil)
        }
        self.path = path
        self.mode = mode
        self.handle = connection
        do {
            try setUp()
        } catch {
            sqlite3_close_v2(connection)
            throw error
        }
    }

    /// The deadline of `restrictToQueries(timeLimit:)`, read by SQLite's progress handler.
    let deadline = UnsafeMutablePointer<Double>.allocate(capacity: 1)

    deinit {
        sqlite3_close_v2(handle)
        deadline.deallocate()
    }

    /// True when the connection cannot write.
    public var isReadOnly: Bool {
        if case .readWrite = mode { return sqlite3_db_readonly(handle, "main") == 1 }
        return true
    }

    /// A path as the path part of a `file:` URI: `%`, `?` and `#` (and non-ASCII) percent-encoded.
    static func uriEscaped(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            if byte < 0x80, byte > 0x20, byte != UInt8(ascii: "%"), byte != UInt8(ascii: "?"), byte != UInt8(ascii: "#") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    /// SQLite's process-wide settings, made once before the first connection.
    ///
    /// Memory statistics off: argkb reads none, and with them every allocation SQLite cannot take
    /// from a connection's lookaside locks a global mutex to count it: an INSERT allocates and
    /// frees a cursor for its table, each index and each foreign-key parent, and the ingest
    /// writer's instructions went down by a tenth without them (callgrind, 200 articles).
    private static let configureLibrary: Void = {
        _ = argkb_config_memstatus(0)  // SQLITE_MISUSE if SQLite was initialized already: harmless
    }()

    private func setUp() throws {
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        // Double-quoted strings are identifiers, never string literals (https://sqlite.org/quirks.html).
        _ = argkb_db_config_int(handle, SQLITE_DBCONFIG_DQS_DML, 0)
        _ = argkb_db_config_int(handle, SQLITE_DBCONFIG_DQS_DDL, 0)
        // Reading the schema fails here, early and clearly, when the file is not a database.
        try execute("PRAGMA foreign_keys = ON")
        _ = try scalar("SELECT count(*) FROM sqlite_master")
        if !isReadOnly && path != ":memory:" {
            try setUpWALMode()
        }
    }

    private func setUpWALMode() throws {
        // Another connection that is creating the same new database (two first runs at once) holds
        // it in rollback mode for a moment; the switch needs it alone, answers with the old mode
        // rather than waiting, so it is retried for as long as a busy statement would wait.
        func switchToWAL() throws -> String? {
            do {
                return try scalar("PRAGMA journal_mode = WAL")?.string?.lowercased()
            } catch let error as DatabaseError where error.isBusy {
                return nil
            }
        }
        var journal = try switchToWAL()
        var waited: Int32 = 0
        while journal != "wal", waited < Self.busyTimeoutMilliseconds {
            usleep(20_000)
            waited += 20
            journal = try switchToWAL()
        }
        guard journal == "wal" else {
            throw DatabaseError(
                extendedCode: SQLITE_ERROR,
                message: "could not switch \(path) to WAL mode (journal_mode is \(journal ?? "unknown"))",
                sql: "PRAGMA journal_mode = WAL")
        }
        try execute("PRAGMA synchronous = NORMAL")
    }

    // MARK: Running SQL

    /// Runs one or more SQL statements with no arguments (a script such as schema.sql).
    ///
    /// - Throws: `DatabaseError` carrying the script and SQLite's message.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        guard code == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(errorMessage)
            let extended = sqlite3_extended_errcode(handle)
            throw DatabaseError(
                extendedCode: extended, message: message + DatabaseError.explanation(handle, code: extended), sql: sql)
        }
    }

    /// Runs one statement with bound arguments.
    public func execute(_ sql: String, _ arguments: [any DatabaseBindable]) throws {
        try prepare(sql).run(arguments)
    }

    /// Compiles one statement for repeated use.
    ///
    /// - Throws: `DatabaseError` with SQLite's message (a syntax error, an unknown table...).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: handle, sql: sql)
    }

    /// Runs a query and returns all its rows.
    public func rows(_ sql: String, _ arguments: [any DatabaseBindable] = []) throws -> [Row] {
        try prepare(sql).rows(arguments)
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ arguments: [any DatabaseBindable] = []) throws -> DatabaseValue? {
        let statement = try prepare(sql)
        var result: DatabaseValue?
        try statement.bind(arguments)
        if try statement.step() {
            result = ColumnReader(handle: statement.handle).value(at: 0)
        }
        statement.reset()
        return result
    }

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// The number of rows the last INSERT, UPDATE or DELETE changed.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// True when the connection is inside a transaction.
    public var isInsideTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
