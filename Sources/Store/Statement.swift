internal import CSQLite
import Foundation

/// A prepared statement: compiled once, then bound, stepped and reset as often as needed.
///
/// Reuse one statement in a loop instead of preparing the same SQL again:
/// ```swift
/// let insert = try db.prepare("INSERT INTO propositions (id, statement) VALUES (?, ?)")
/// for (id, statement) in pairs { try insert.run([id, statement]) }
/// ```
/// See <https://sqlite.org/c3ref/stmt.html>.
public final class Statement {
    /// The SQL this statement was prepared from.
    public let sql: String
    let handle: OpaquePointer
    private let connection: OpaquePointer

    /// The SQL after the first statement, which SQLite did not compile ("" when there is none).
    public let remainder: String

    /// The number of `?` parameters.
    private let parameterCount: Int32

    init(connection: OpaquePointer, sql: String) throws {
        var statement: OpaquePointer?
        var remainder = ""
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, &tail)
            if let tail { remainder = String(cString: tail) }
            return code
        }
        guard code == SQLITE_OK, let statement else {
            sqlite3_finalize(statement)
            if code == SQLITE_OK {  // nothing to compile: "not an error" would be SQLite's message
                throw DatabaseError(
                    extendedCode: SQLITE_MISUSE, message: "no SQL statement (the text is empty or only comments)", sql: sql)
            }
            throw DatabaseError.current(connection, code: code, sql: sql)
        }
        self.sql = sql
        self.parameterCount = sqlite3_bind_parameter_count(statement)
        self.handle = statement
        self.connection = connection
        self.remainder = remainder
    }

    /// True when `remainder` holds another statement (not just white space, `;` or comments).
    public var isFollowedByAnotherStatement: Bool {
        var next: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, remainder, -1, &next, nil)
        defer { sqlite3_finalize(next) }
        return code != SQLITE_OK || next != nil
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the statement does not write (`sqlite3_stmt_readonly`).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// The number of result columns (0 for statements that return no rows).
    public var columnCount: Int { Int(sqlite3_column_count(handle)) }

    /// The result column names.
    public var columnNames: [String] {
        (0..<Int32(columnCount)).map { index in
            sqlite3_column_name(handle, index).map { String(cString: $0) } ?? "column\(index + 1)"
        }
    }

    // MARK: Binding

    /// Resets the statement and binds positional arguments (`?` parameters, 1-based in SQLite).
    ///
    /// - Throws: `DatabaseError` when the count does not match or SQLite refuses a value.
    public func bind(_ arguments: [any DatabaseBindable]) throws {
        reset()
        let expected = Int(parameterCount)
        guard arguments.count == expected else {
            throw DatabaseError(
                extendedCode: SQLITE_RANGE,
                message: "expected \(expected) arguments, got \(arguments.count)", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.databaseValue, at: Int32(offset + 1))
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let v):
            code = sqlite3_bind_int64(handle, index, v)
        case .real(let v):
            code = sqlite3_bind_double(handle, index, v)
        case .text(let v):
            code = sqlite3_bind_text(handle, index, v, -1, argkb_sqlite_transient())
        case .blob(let v):
            code = v.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), argkb_sqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw DatabaseError.current(connection, code: code, sql: sql) }
    }

    /// Rewinds the statement so it can run again; bindings are replaced by the next `bind`.
    public func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Stepping

    /// Advances to the next row.
    ///
    /// - Returns: true when a row is available, false when the statement is done.
    /// - Throws: `DatabaseError` with the SQL when SQLite fails.
    @discardableResult
    public func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = DatabaseError.current(connection, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Binds the arguments and runs the statement to completion (for INSERT, UPDATE, DELETE).
    public func run(_ arguments: [any DatabaseBindable] = []) throws {
        try bind(arguments)
        while try step() {}
        reset()
    }

    /// Binds the values, in order, and runs the statement to completion: `run` without the array
    /// of existentials it builds for every call (a parameter pack binds each value at its type),
    /// for statements run once per row of a bulk write.
    ///
    /// ```swift
    /// let insert = try db.prepare("INSERT INTO mentions (sentence_id, actor_id, start) VALUES (?, ?, ?)")
    /// try insert.execute(sentenceID, actorID, start)
    /// ```
    /// - Throws: `DatabaseError` when the number of values is not the number of parameters, or
    ///   when SQLite refuses a value or the statement.
    public func execute<each Value: DatabaseBindable>(_ values: repeat each Value) throws {
        reset()
        var index: Int32 = 0
        for value in repeat each values {
            index += 1
            if index <= parameterCount { try bind(value.databaseValue, at: index) }
        }
        guard index == parameterCount else {
            throw DatabaseError(
                extendedCode: SQLITE_RANGE,
                message: "expected \(parameterCount) arguments, got \(index)", sql: sql)
        }
        while try step() {}
        reset()
    }

    /// Binds the arguments, runs the statement, and calls `body` with each row's reader.
    public func forEach(_ arguments: [any DatabaseBindable] = [], _ body: (ColumnReader) throws -> Void) throws {
        try bind(arguments)
        defer { reset() }
        let reader = ColumnReader(handle: handle)
        while try step() { try body(reader) }
    }

    /// Binds the arguments and returns every row.
    public func rows(_ arguments: [any DatabaseBindable] = []) throws -> [Row] {
        let names = columnNames
        var result: [Row] = []
        try forEach(arguments) { reader in
            result.append(Row(columns: names, values: (0..<names.count).map { reader.value(at: $0) }))
        }
        return result
    }
}

/// Typed reads of the current row of a statement; valid only inside `Statement.forEach`.
public struct ColumnReader {
    let handle: OpaquePointer

    public func isNull(at index: Int) -> Bool { sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL }
    public func int(at index: Int) -> Int { Int(sqlite3_column_int64(handle, Int32(index))) }
    public func double(at index: Int) -> Double { sqlite3_column_double(handle, Int32(index)) }

    /// TEXT as a String; nil for NULL.
    public func string(at index: Int) -> String? {
        guard let text = sqlite3_column_text(handle, Int32(index)) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// BLOB as Data; nil for NULL.
    public func data(at index: Int) -> Data? {
        guard !isNull(at: index) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, Int32(index)))
        guard count > 0, let bytes = sqlite3_column_blob(handle, Int32(index)) else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// The value with its storage class.
    public func value(at index: Int) -> DatabaseValue {
        switch sqlite3_column_type(handle, Int32(index)) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, Int32(index)))
        case SQLITE_FLOAT: return .real(double(at: index))
        case SQLITE_TEXT: return string(at: index).map(DatabaseValue.text) ?? .null
        case SQLITE_BLOB: return data(at: index).map(DatabaseValue.blob) ?? .null
        default: return .null
        }
    }
}
