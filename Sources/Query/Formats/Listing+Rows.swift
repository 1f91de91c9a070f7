import Store

extension Listing {
    /// A listing of query rows (column names as the SELECT gives them).
    public init(rows: [Row], columns: [String]? = nil) {
        let names = columns ?? rows.first?.columns ?? []
        self.init(columns: names, rows: rows.map { row in row.values.map(ListingValue.init) })
    }
}

extension Database {
    /// Runs a query and returns its rows as a listing, with the column names even when no row matches.
    public func listing(_ sql: String, _ arguments: [any DatabaseBindable] = []) throws -> Listing {
        let statement = try prepare(sql)
        return Listing(rows: try statement.rows(arguments), columns: statement.columnNames)
    }
}

extension ListingValue {
    /// A database value as a listing cell; BLOBs show their size.
    public init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let v): self = .int(Int(v))
        case .real(let v): self = .double(v)
        case .text(let v): self = .text(v)
        case .blob(let v): self = .text("<\(v.count) bytes>")
        }
    }
}
