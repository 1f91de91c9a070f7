/// The English word lists the code reasons with, read from a table of `list`, `word`, `value` rows
/// (`data/lexicon/grammar/words.tsv`, compiled into the binary): one definition of each list,
/// loaded once.
///
/// ```swift
/// static let prepositions = WordLists.builtIn.set(.relationPrepositions)
/// WordLists.builtIn.values(.questionPolarityWords)["oppose"]   // "against"
/// ```
public struct WordLists: Sendable {
    /// One row of a list.
    private struct Row: Sendable {
        let word: String
        let value: String
    }

    /// A row's line: its number (1 is the first line) and its bytes in the table.
    private struct Line: Sendable {
        let number: Int
        let bytes: Range<Int>
    }

    /// Rows read and checked, or only indexed by list and read when a list is asked for.
    private enum Storage: Sendable {
        case parsed([WordList: [Row]])
        case indexed(table: [UInt8], lines: [WordList: [Line]])
    }

    private let storage: Storage

    /// The lists compiled into the binary. Every process starts with them, so the table is only
    /// indexed here (header and list names checked) and a list's rows are read when code asks for
    /// it: reading all 1,662 rows cost each `ask` 3 ms, a tenth of its time. The tests read the same
    /// file with `init(tsv:)`, which checks every row, so an error in it fails a test before it can
    /// stop the program (with the line and what is wrong).
    public static let builtIn: WordLists = {
        do {
            return WordLists(storage: .indexed(table: PackageResources.words_tsv, lines: try index(PackageResources.words_tsv)))
        } catch {
            preconditionFailure("the built-in word lists cannot be read: \(error)")
        }
    }()

    private init(storage: Storage) {
        self.storage = storage
    }

    /// Reads a table: `#` comment lines and blank lines are skipped, the first other line is the
    /// header `list<TAB>word<TAB>value`, and each row after it is a list name, a word and an optional
    /// value. Words and values are kept as written (no case folding, no trimming).
    ///
    /// - Throws: `WordListError` with the line for a header other than `list word value`, an unknown
    ///   list, an empty word, a row of more than three columns, white space around a word or value,
    ///   a value that is not a number in a list of numbers, and a word twice in one list (unless the
    ///   list is multi-valued, where a word and value may not repeat).
    public init(tsv: String) throws(WordListError) {
        let table = Array(tsv.utf8)
        var rows: [WordList: [Row]] = [:]
        for (list, lines) in try Self.index(table) {
            rows[list] = try Self.rows(of: list, lines: lines, in: table)
        }
        self.storage = .parsed(rows)
    }

    /// The rows' lines of each list, with the header checked and every list name known. Bytes, not
    /// Characters: grapheme splitting of the 78 KB table was a fifth of a 40 ms `ask`.
    private static func index(_ table: [UInt8]) throws(WordListError) -> [WordList: [Line]] {
        var lines: [WordList: [Line]] = [:]
        var header = false
        var number = 0
        var start = 0
        // The rows of a list stand together, so a name is looked up only where it changes.
        var current: (list: WordList, name: Range<Int>)?
        var group: [Line] = []
        try table.withUnsafeBufferPointer { (table: UnsafeBufferPointer<UInt8>) throws(WordListError) in
            while start <= table.count {
                let end = table[start...].firstIndex(of: 0x0A) ?? table.count
                defer { start = end + 1 }
                number += 1
                if start == end || table[start] == UInt8(ascii: "#") { continue }
                let nameEnd = table[start..<end].firstIndex(of: 0x09) ?? end
                guard header else {
                    guard table[start..<end].elementsEqual("list\tword\tvalue".utf8) else {
                        throw WordListError(line: number, message: "the header must be 'list<TAB>word<TAB>value'")
                    }
                    header = true
                    continue
                }
                if let known = current, table[start..<nameEnd].elementsEqual(table[known.name]) {
                    // The same list as the row before.
                } else {
                    let name = String(decoding: table[start..<nameEnd], as: UTF8.self)
                    guard let list = WordList.byName[name] else {
                        throw WordListError(line: number, message: "unknown list '\(name)'")
                    }
                    if let previous = current?.list { lines[previous, default: []] += group }
                    group.removeAll(keepingCapacity: true)
                    current = (list, start..<nameEnd)
                }
                group.append(Line(number: number, bytes: start..<end))
            }
        }
        if let last = current?.list { lines[last, default: []] += group }
        guard header else { throw WordListError(line: 1, message: "no header row 'list<TAB>word<TAB>value'") }
        return lines
    }

    /// The rows of one list, each checked, and no word twice.
    private static func rows(of list: WordList, lines: [Line], in table: [UInt8]) throws(WordListError) -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(lines.count)
        var seen: Set<String> = []
        for line in lines {
            let columns = table[line.bytes].split(separator: 0x09, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            let row = try Self.row(columns, line: line.number)
            let key = list.isMultiValued ? row.word + "\t" + row.value : row.word
            guard seen.insert(key).inserted else {
                throw WordListError(line: line.number, message: "'\(row.word)' is already in \(list.rawValue)")
            }
            rows.append(Row(word: row.word, value: row.value))
        }
        return rows
    }

    /// The list, word and value of a row's columns, checked.
    private static func row(_ columns: [String], line: Int) throws(WordListError)
        -> (list: WordList, word: String, value: String)
    {
        guard columns.count <= 3 else {
            throw WordListError(line: line, message: "\(columns.count) columns; a row is list, word and an optional value")
        }
        guard let list = WordList.byName[columns[0]] else {
            throw WordListError(line: line, message: "unknown list '\(columns[0])'")
        }
        let word = columns.count > 1 ? columns[1] : ""
        let value = columns.count > 2 ? columns[2] : ""
        guard !word.isEmpty else { throw WordListError(line: line, message: "a row of \(list.rawValue) without a word") }
        for text in [word, value] where Self.isSpace(text.unicodeScalars.first) || Self.isSpace(text.unicodeScalars.last) {
            throw WordListError(line: line, message: "white space around '\(text)'")
        }
        if list.hasNumbers, Double(value) == nil {
            throw WordListError(line: line, message: "the value of '\(word)' in \(list.rawValue) must be a number")
        }
        return (list, word, value)
    }

    /// True for a white-space scalar (ASCII ones without a Unicode property lookup).
    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII {
            return scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar.value == 0x0B
                || scalar.value == 0x0C
        }
        return scalar.properties.isWhitespace
    }

    /// The rows of a list, read from the table if it was only indexed.
    private func rows(_ list: WordList) -> [Row] {
        switch storage {
        case .parsed(let rows):
            return rows[list, default: []]
        case .indexed(let table, let lines):
            do {
                return try Self.rows(of: list, lines: lines[list, default: []], in: table)
            } catch {
                preconditionFailure("the built-in word list \(list.rawValue) cannot be read: \(error)")
            }
        }
    }

    /// The words of a list, in the order of the table.
    public func ordered(_ list: WordList) -> [String] {
        rows(list).map(\.word)
    }

    /// The words of a list.
    public func set(_ list: WordList) -> Set<String> {
        Set(ordered(list))
    }

    /// Word → value ("" for a row without one). For a multi-valued list use `allValues`.
    public func values(_ list: WordList) -> [String: String] {
        Dictionary(rows(list).map { ($0.word, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Word → its values in table order; a word whose only row has no value maps to `[]`.
    public func allValues(_ list: WordList) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for row in rows(list) {
            values[row.word, default: []].append(contentsOf: row.value.isEmpty ? [] : [row.value])
        }
        return values
    }

    /// Word → number, for a list of numbers (`WordList.hasNumbers`; checked when the table is read).
    public func numbers(_ list: WordList) -> [String: Double] {
        values(list).compactMapValues(Double.init)
    }
}
