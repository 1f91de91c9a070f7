import Foundation

/// Edits a user's lexicon file as a person would: a row added at the end or replaced in place,
/// or removed, and every other line (comments, blank lines, other rows) kept as it was.
public enum LexiconFileEdit {
    /// The text with the row whose `key` column holds `value` replaced by `cells` (added at the end
    /// when there is none). A new file starts with a comment and the header.
    ///
    /// - Parameters:
    ///   - text: the file's text, nil for a file that does not exist yet.
    ///   - header: the columns, for a new file; an existing file keeps its own column order.
    public static func upserting(
        _ cells: [String: String], key: String, in text: String?, header: [String],
        comment: String
    ) -> String {
        let value = cells[key] ?? ""
        guard let text, !text.isEmpty else {
            return "# \(comment)\n" + header.joined(separator: "\t") + "\n" + row(cells, header) + "\n"
        }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        guard let headerIndex = lines.firstIndex(where: { isData($0) }) else {
            return text + (text.hasSuffix("\n") ? "" : "\n") + header.joined(separator: "\t") + "\n" + row(cells, header) + "\n"
        }
        let columns = lines[headerIndex].split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let keyColumn = columns.firstIndex(of: key) ?? 0
        let newLine = row(cells, columns)
        if let existing = lines.indices.dropFirst(headerIndex + 1).first(where: { index in
            isData(lines[index]) && cell(lines[index], keyColumn) == value
        }) {
            lines[existing] = newLine
        } else {
            lines.append(newLine)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text without the row whose `key` column holds `value`; nil when there is no such row.
    public static func removing(key: String, value: String, from text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard let headerIndex = lines.firstIndex(where: { isData($0) }) else { return nil }
        let columns = lines[headerIndex].split(separator: "\t", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let keyColumn = columns.firstIndex(of: key) ?? 0
        guard
            let index = lines.indices.dropFirst(headerIndex + 1).first(where: {
                isData(lines[$0]) && cell(lines[$0], keyColumn) == value
            })
        else { return nil }
        lines.remove(at: index)
        return lines.joined(separator: "\n")
    }

    private static func isData(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && !trimmed.hasPrefix("#")
    }

    private static func cell(_ line: String, _ column: Int) -> String {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
        return column < cells.count ? cells[column].trimmingCharacters(in: .whitespaces) : ""
    }

    /// A row in the order of `columns`; tabs and line breaks inside a value become spaces.
    private static func row(_ cells: [String: String], _ columns: [String]) -> String {
        columns.map { (cells[$0] ?? "").replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\t")
    }
}

extension LexiconLayers {
    /// The same layers with one file of the last layer replaced by `text` (or the file removed when
    /// nil), so a change can be checked before it is written. Adds a layer for `folder` when the
    /// last layer is not that folder.
    public func replacing(_ file: LexiconFile, in folder: URL, with text: String?) -> LexiconLayers {
        var layers = self.layers
        if layers.last?.name != folder.path { layers.append(Layer(name: folder.path, files: [:])) }
        if let last = layers.popLast() {
            var files = last.files
            files[file.rawValue] = text
            layers.append(Layer(name: last.name, files: files))
        }
        return LexiconLayers(layers: layers)
    }
}
