import Foundation

/// How a listing is printed, as in sqlite-utils: an aligned table (the default), a JSON array of
/// objects, one JSON object per line, CSV or TSV.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, nl, csv, tsv
}

/// A listing: column names and rows of values, ready to render in any `OutputFormat`.
public struct Listing: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[ListingValue]]

    public init(columns: [String], rows: [[ListingValue]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A cell of a listing, typed so that JSON keeps numbers as numbers and NULL as null.
public enum ListingValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case null
    case int(Int)
    case double(Double)
    case text(String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .int(value) }

    /// The cell as plain text: empty for NULL, numbers without trailing zeros.
    public var plainText: String {
        switch self {
        case .null: return ""
        case .int(let v): return String(v)
        case .double(let v): return Self.format(v)
        case .text(let v): return v
        }
    }

    static func format(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(format: "%.1f", v) }
        var text = String(format: "%.4f", v)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }
}
