import Foundation

/// A tab-separated lexicon file: a header row naming the columns, then one entry per line.
///
/// Lines starting with `#` are comments and blank lines are skipped, so a user can annotate and
/// extend a lexicon in any editor. A cell may hold several values separated by `|` (see `list`).
///
/// ```
/// # data/lexicon/estimative.tsv
/// phrase	term	notes
/// highly improbable	very unlikely	Kent
/// ```
public struct TSVTable: Sendable {
    /// One data line of the file.
    public struct Record: Sendable {
        /// The file the line comes from (a table may layer several files), for error messages.
        public let file: String
        /// 1-based line number in the file, for error messages.
        public let lineNumber: Int
        let columns: [String: Int]
        let cells: [String]

        /// The cell of a column, trimmed; nil when the column is missing or the cell empty.
        public subscript(_ column: String) -> String? {
            guard let index = columns[column], index < cells.count else { return nil }
            let value = cells[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }

        /// The cell split on `|`, each part trimmed, empty parts dropped.
        public func list(_ column: String) -> [String] {
            guard let value = self[column] else { return [] }
            return value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// The file the table came from (for messages); for a layered table, the built-in file's name.
    public let name: String
    public let header: [String]
    public let records: [Record]

    /// Parses TSV text.
    ///
    /// - Throws: `LexiconError` when the header lacks a required column.
    public init(name: String, text: String, requiredColumns: [String] = []) throws {
        self.name = name
        var header: [String]?
        var columns: [String: Int] = [:]
        var records: [Record] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if header == nil {
                let names = cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                header = names
                for (index, column) in names.enumerated() { columns[column] = index }
                continue
            }
            records.append(Record(file: name, lineNumber: offset + 1, columns: columns, cells: cells))
        }
        self.header = header ?? []
        self.records = records
        for column in requiredColumns where columns[column] == nil {
            throw LexiconError(file: name, line: 1, message: "missing column '\(column)' in the header row")
        }
    }

    /// Reads and parses a TSV file.
    public init(contentsOf url: URL, requiredColumns: [String] = []) throws {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LexiconError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        try self.init(name: url.path, text: text, requiredColumns: requiredColumns)
    }

    private init(name: String, header: [String], records: [Record]) {
        self.name = name
        self.header = header
        self.records = records
    }

    /// Tables layered in order: a row of a later table replaces the row of an earlier one with the
    /// same key (in place), and a row with a new key is added after those before it. Rows whose key
    /// is nil are kept as they are (the table's parser reports them).
    ///
    /// - Parameter key: a row's identity ("phrase", "id", "name"...), normalized as the lexicon
    ///   compares it.
    /// - Throws: `LexiconError` for two rows with the same key in one file.
    public static func layered(_ tables: [TSVTable], key: (Record) -> String?) throws -> TSVTable {
        guard let first = tables.first else { return TSVTable(name: "", header: [], records: []) }
        var records: [Record] = []
        var position: [String: Int] = [:]
        var header = first.header
        for table in tables {
            for column in table.header where !header.contains(column) { header.append(column) }
            var inThisFile: [String: Int] = [:]
            for record in table.records {
                guard let id = key(record) else {
                    records.append(record)
                    continue
                }
                if let earlier = inThisFile[id] {
                    throw LexiconError(
                        file: record.file, line: record.lineNumber,
                        message:
                            "a second row for '\(id.replacingOccurrences(of: "\t", with: " / "))' (the first is on line \(earlier))"
                    )
                }
                inThisFile[id] = record.lineNumber
                if let existing = position[id] {
                    records[existing] = record
                } else {
                    position[id] = records.count
                    records.append(record)
                }
            }
        }
        return TSVTable(name: first.name, header: header, records: records)
    }
}

/// A lexicon entry argkb cannot use, with its file and line.
public struct LexiconError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "file:line: message", or "file:line:column: message" when a column is known.
    public var description: String { "\(file):\(line): \(message)" }
}
