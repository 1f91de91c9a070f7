/// A closed set of the domain: the values a column of the schema allows, defined once here.
///
/// Each conforming enum names the schema columns whose `CHECK` list it is (`DomainSchemaTests`
/// compares them with schema.sql), so Swift, the schema and the lexicons cannot drift apart.
///
/// ```swift
/// ClaimPolarity.allCases.map(\.rawValue)   // ["for", "against", "neutral"]
/// ClaimPolarity.schemaColumns               // ["claims.polarity"]
/// ```
public protocol ClosedSet: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The `table.column`s of schema.sql whose CHECK constraint lists exactly these values.
    static var schemaColumns: [String] { get }
}

extension ClosedSet {
    /// The values, as stored.
    public static var names: [String] { allCases.map(\.rawValue) }

    /// The values joined for a message ("for, against or neutral").
    public static var spelled: String {
        let names = names
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The SQL list of the values (`'for', 'against', 'neutral'`), for `IN (...)`.
    public static var sqlList: String {
        names.map { "'" + $0 + "'" }.joined(separator: ", ")
    }
}

/// How a row came to be: extracted by argkb's rules, or written by an analyst.
public enum RowMethod: String, ClosedSet {
    case rule
    case curated

    public static let schemaColumns = ["claims.method", "verdicts.method", "relations.method", "argument_links.method"]
}
