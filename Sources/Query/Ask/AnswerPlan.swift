/// The SQL that answers a question, with its bound arguments and the reading it came from.
public struct AnswerPlan: Sendable {
    public let sql: String
    public let arguments: [ListingValue]
    /// How the question was read, in words ("sources whose verdict on ... is unlikely or lower").
    public let interpretation: String

    /// The plan with at most `rows` rows (a bound LIMIT), unless it is a one-row superlative.
    func limited(to rows: Int) -> AnswerPlan {
        if sql.hasSuffix("\nLIMIT 1") { return self }
        return AnswerPlan(sql: sql + "\nLIMIT ?\(arguments.count + 1)", arguments: arguments + [.int(rows)],
                          interpretation: interpretation)
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
