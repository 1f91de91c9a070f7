import Foundation

/// Renders a `Listing` as text in one of the output formats.
///
/// ```swift
/// let text = ListingRenderer.render(listing, as: .csv)
/// ```
/// Formats follow sqlite-utils (`docs/cli.rst`): `--json` is an array of objects, `--nl` one object
/// a line, CSV quotes as RFC 4180, TSV is the same with tabs, `--table` aligns columns under a
/// header and a dashed rule.
public enum ListingRenderer {
    /// The listing as text, ending with a newline unless it is empty.
    /// - Parameters:
    ///   - headers: false drops the header row of table, CSV and TSV (`--no-headers`).
    ///   - neutralizeFormulas: CSV text cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage
    ///     return get a leading `'`, as OWASP advises against CSV injection
    ///     (<https://owasp.org/www-community/attacks/CSV_Injection>): a spreadsheet then shows the
    ///     cell as text instead of running it as a formula. Numbers are never changed.
    public static func render(
        _ listing: Listing, as format: OutputFormat, headers: Bool = true,
        neutralizeFormulas: Bool = false
    ) -> String {
        switch format {
        case .table: return table(listing, headers: headers)
        case .json: return json(listing)
        case .nl: return listing.rows.map { object(listing.columns, $0) + "\n" }.joined()
        case .csv: return delimited(listing, separator: ",", headers: headers, neutralizeFormulas: neutralizeFormulas)
        case .tsv: return delimited(listing, separator: "\t", headers: headers, neutralizeFormulas: false)
        }
    }

    // MARK: Table

    private static func table(_ listing: Listing, headers: Bool) -> String {
        // Each cell's text and width (in characters) once: long evidence sentences make these the cost.
        let cells = listing.rows.map {
            $0.map { cell -> (text: String, width: Int) in
                let text = TerminalText.visible(oneLine(cell.plainText))
                return (text, text.count)
            }
        }
        let header = listing.columns.map { ($0, $0.count) }
        var widths = listing.columns.map { headers ? $0.count : 0 }
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.width)
            }
        }
        var out = ""
        func line(_ values: [(text: String, width: Int)]) {
            var text = ""
            for (index, value) in values.enumerated() {
                text += value.text
                if index < values.count - 1 {
                    text += String(repeating: " ", count: max(0, widths[index] - value.width) + 2)
                }
            }
            out += text.trimmingTrailingSpaces() + "\n"
        }
        if headers {
            line(header)
            out += widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: "  ") + "\n"
        }
        for row in cells { line(row) }
        return out
    }

    /// Table cells are one line each: newlines and tabs become spaces.
    private static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    // MARK: JSON

    private static func json(_ listing: Listing) -> String {
        if listing.rows.isEmpty { return "[]\n" }
        let objects = listing.rows.map { " " + object(listing.columns, $0) }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One row as a JSON object with keys in column order.
    static func object(_ columns: [String], _ row: [ListingValue]) -> String {
        let members = zip(columns, row).map { JSONText.string($0) + ": " + JSONText.value($1) }
        return "{" + members.joined(separator: ", ") + "}"
    }

    // MARK: CSV and TSV

    private static func delimited(
        _ listing: Listing, separator: Character, headers: Bool,
        neutralizeFormulas: Bool
    ) -> String {
        var lines: [String] = []
        if headers { lines.append(listing.columns.map { quote($0, separator) }.joined(separator: String(separator))) }
        for row in listing.rows {
            lines.append(
                row.map { quote(field($0, neutralizeFormulas: neutralizeFormulas), separator) }
                    .joined(separator: String(separator)))
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A cell as a CSV or TSV field: numbers exact (the shortest text that reads back as the same
    /// double, as in JSON), text neutralized when asked.
    private static func field(_ value: ListingValue, neutralizeFormulas: Bool) -> String {
        switch value {
        case .double(let v): return v.isFinite ? "\(v)" : ""
        case .text(let text) where neutralizeFormulas:
            guard let first = text.unicodeScalars.first, formulaTriggers.contains(first) else { return text }
            return "'" + text
        default: return value.plainText
        }
    }

    /// First characters that make a spreadsheet read a cell as a formula (OWASP).
    private static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// RFC 4180: quote a field holding the separator, a quote or a line break; double inner quotes.
    private static func quote(_ field: String, _ separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
