/// The `--explain` text of an answer: how the question was read, then a block that runs as is in
/// the sqlite3 shell (`.parameter set` binds the values; see https://sqlite.org/cli.html#sql_parameters).
public enum ExplainText {
    /// - Parameter database: the database file the answer came from, named in the sqlite3 command.
    public static func render(_ plan: AnswerPlan, database: String = "argkb.db") -> String {
        var lines = ["-- read as: \(plan.interpretation)", "-- paste into: sqlite3 \(shellWord(database))", ".parameter init"]
        for (offset, value) in plan.arguments.enumerated() {
            lines.append(".parameter set ?\(offset + 1) \(value.shellParameter)")
        }
        return lines.joined(separator: "\n") + "\n" + plan.sql + ";\n"
    }

    /// A path as one word of a POSIX shell: as is when it is plain, else in single quotes.
    static func shellWord(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || "0123456789-_./+:@%".unicodeScalars.contains($0))
        }
        if plain && !path.isEmpty { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension ListingValue {
    /// The value as the sqlite3 shell's `.parameter set` reads it: text quoted as SQL, so that
    /// "2021" stays text, NULL as NULL.
    var shellParameter: String {
        switch self {
        case .text(let v):
            return "\"'" + v.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\"", with: "\\\"") + "'\""
        default: return sqlLiteral
        }
    }
}
