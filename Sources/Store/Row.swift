/// One result row: column names and values, in the order of the SELECT.
///
/// ```swift
/// for row in try db.rows("SELECT id, title FROM sources") {
///     print(row.int("id") ?? 0, row.string("title") ?? "untitled")
/// }
/// ```
public struct Row: Sendable, Hashable {
    /// Column names, as SQLite reports them (`sqlite3_column_name`).
    public let columns: [String]
    /// One value per column.
    public let values: [DatabaseValue]

    public init(columns: [String], values: [DatabaseValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the first column with this name, or `.null` when there is none.
    public subscript(_ column: String) -> DatabaseValue {
        guard let index = columns.firstIndex(of: column) else { return .null }
        return values[index]
    }

    /// The value at a 0-based column index.
    public subscript(_ index: Int) -> DatabaseValue { values[index] }

    public func int(_ column: String) -> Int? { self[column].int }
    public func double(_ column: String) -> Double? { self[column].double }
    public func string(_ column: String) -> String? { self[column].string }
}
