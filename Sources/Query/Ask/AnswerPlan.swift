import Foundation

/// The SQL that answers a question, with its bound arguments and the reading it came from.
public struct AnswerPlan: Sendable {
    public let sql: String
    public let arguments: [ListingValue]
    /// How the question was read, in words ("sources whose verdict on ... is unlikely or lower").
    public let interpretation: String

    /// Stands for the answer's row limit inside a plan's SQL (`LIMIT \(AnswerPlan.rowLimit)` in a
    /// subquery that orders and cuts before the costly columns are computed): no limit (-1) until
    /// `limited(to:)` binds it.
    static let rowLimit = "-1 /* rows */"

    /// The plan with at most `rows` rows (a bound LIMIT), unless it is a one-row superlative.
    func limited(to rows: Int) -> AnswerPlan {
        if sql.hasSuffix("\nLIMIT 1") { return self }
        let placeholder = "?\(arguments.count + 1)"
        return AnswerPlan(
            sql: sql.replacingOccurrences(of: Self.rowLimit, with: placeholder) + "\nLIMIT \(placeholder)",
            arguments: arguments + [.int(rows)], interpretation: interpretation)
    }
}

/// Collects bound parameters while a plan's SQL is written: `bind` returns the placeholder.
struct ParameterList {
    private(set) var values: [ListingValue] = []

    /// Adds a value and returns its numbered placeholder (`?3`).
    mutating func bind(_ value: ListingValue) -> String {
        values.append(value)
        return "?\(values.count)"
    }

    mutating func bind(_ value: String?) -> String { bind(value.map(ListingValue.text) ?? .null) }
    mutating func bind(_ value: Int?) -> String { bind(value.map(ListingValue.int) ?? .null) }
}

/// How a listing ordered by publication date reaches its rows.
///
/// A filter most rows pass (claims naming Russia) is answered fastest by walking the sources in
/// date order and stopping at the LIMIT: the work follows the LIMIT, not the corpus. A rare filter
/// (claims calling an alliance almost certain) would walk every source for a few rows, so it starts
/// from its own index and sorts what it finds. `Asker` chooses with `Probe`s; both drives give the
/// same rows in the same order.
enum Drive: Sendable {
    case byDate
    case byFilter
}

/// A bounded count of the rows a filter's index finds: `SELECT 1 ...` without a LIMIT, which the
/// asker adds. Under the threshold, the filter is rare enough to drive the query.
struct Probe: Sendable {
    let sql: String
    let arguments: [ListingValue]
    /// The table the listing walks by date, whose size sets the threshold.
    let table: String
}
