/// The `--explain` text of an answer: how the question was read, then a block that runs as is in
/// the sqlite3 shell (`.parameter set` binds the values; see https://sqlite.org/cli.html#sql_parameters).
public enum ExplainText {
    public static func render(_ plan: AnswerPlan) -> String {
        var lines = ["-- read as: \(plan.interpretation)", "-- paste into: sqlite3 argkb.db", ".parameter init"]
        for (offset, value) in plan.arguments.enumerated() {
            lines.append(".parameter set ?\(offset + 1) \(value.shellParameter)")
        }
        return lines.joined(separator: "\n") + "\n" + plan.sql + ";\n"
    }
}

extension ListingValue {
    /// The value as the sqlite3 shell's `.parameter set` reads it: text quoted as SQL, so that
    /// "2021" stays text, NULL as NULL.
    var shellParameter: String {
        switch self {
        case .text(let v): return "\"'" + v.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\"", with: "\\\"") + "'\""
        default: return sqlLiteral
        }
    }
}
