/// A closed set of the domain: the values a column of the schema allows, defined once here.
///
/// Each conforming enum names the schema columns that hold it (`DomainSchemaTests` compares them
/// with schema.sql), so Swift, the schema and the lexicons cannot drift apart. A small table keeps
/// the value as text under a `CHECK` list; a table of many rows stores its `code` (the value's
/// position in `allCases`, one byte or none on disk) in `<column>_code`, and a generated column of
/// the value's own name reads the text back (`CASE <column>_code WHEN 0 THEN ... END`), so
/// queries and the sqlite3 shell see the text.
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

    /// The value's position in `allCases`: what a `<column>_code` column stores.
    ///
    /// The writer asks it for every row it stores, so it reads the case's number rather than
    /// searching `allCases` (which built the array and its generic metadata at each call: 3% of an
    /// ingest's CPU). An enum without payloads numbers its cases in declaration order in its one
    /// byte (Swift's ABI, docs/ABI/TypeLayout.rst), which is `allCases`' order when the
    /// conformance is synthesized; `DomainSchemaTests` checks the two agree for every closed set.
    @inlinable public var code: Int {
        if MemoryLayout<Self>.size == 1 { return withUnsafeBytes(of: self) { Int($0[0]) } }
        return Self.allCases.firstIndex(of: self).map { Self.allCases.distance(from: Self.allCases.startIndex, to: $0) } ?? 0
    }

    /// The SQL expression that reads a `<column>_code` back as the value's text: what schema.sql's
    /// generated column says, and how an upgrade fills the code from the text (`textToCode`).
    public static func codeToText(_ codeColumn: String) -> String {
        "CASE \(codeColumn) " + names.enumerated().map { "WHEN \($0.offset) THEN '\($0.element)'" }.joined(separator: " ")
            + " END"
    }

    /// The SQL expression that turns the value's text in `column` into its code (NULL stays NULL).
    public static func textToCode(_ column: String) -> String {
        "CASE \(column) " + names.enumerated().map { "WHEN '\($0.element)' THEN \($0.offset)" }.joined(separator: " ")
            + " END"
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
