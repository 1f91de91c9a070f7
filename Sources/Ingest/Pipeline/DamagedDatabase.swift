/// The database failed SQLite's quick check before an ingest wrote to it.
public struct DamagedDatabase: Error, CustomStringConvertible {
    public let path: String
    /// What `PRAGMA quick_check` reported (at most five problems).
    public let problems: [String]

    public var description: String {
        "\(path) is damaged (SQLite's quick check: \(problems.joined(separator: "; "))); nothing more was written. "
            + "`sqlite3 \(path) .recover` may save its rows; or ingest into a new database"
    }
}
