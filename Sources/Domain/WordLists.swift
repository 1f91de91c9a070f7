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

    private let rows: [WordList: [Row]]

    /// The lists compiled into the binary. The tests read the same file, so an error in it fails a
    /// test before it can stop the program (with the line and what is wrong).
    public static let builtIn: WordLists = {
        do {
            return try WordLists(tsv: String(decoding: PackageResources.words_tsv, as: UTF8.self))
        } catch {
            preconditionFailure("the built-in word lists cannot be read: \(error)")
        }
    }()

    /// Reads a table: `#` comment lines and blank lines are skipped, the first other line is the
    /// header `list<TAB>word<TAB>value`, and each row after it is a list name, a word and an optional
    /// value. Words and values are kept as written (no case folding, no trimming).
    ///
    /// - Throws: `WordListError` with the line for a header other than `list word value`, an unknown
    ///   list, an empty word, a row of more than three columns, white space around a word or value,
    ///   a value that is not a number in a list of numbers, and a word twice in one list (unless the
    ///   list is multi-valued, where a word and value may not repeat).
    public init(tsv: String) throws(WordListError) {
        var rows: [WordList: [Row]] = [:]
        var seen: Set<String> = []
        var header = false
        // Bytes, not Characters: every `ask` and `ingest` parses the table at start (grapheme
        // splitting of its 78 KB was a fifth of a 40 ms `ask`).
        for (index, line) in tsv.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let columns = line.split(separator: 0x09, omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard header else {
                guard columns == ["list", "word", "value"] else {
                    throw WordListError(line: number, message: "the header must be 'list<TAB>word<TAB>value'")
                }
                header = true
                continue
            }
            let row = try Self.row(columns, line: number)
            let list = row.list
            let key = list.rawValue + "\t" + row.word + (list.isMultiValued ? "\t" + row.value : "")
            guard seen.insert(key).inserted else {
                throw WordListError(line: number, message: "'\(row.word)' is already in \(list.rawValue)")
            }
            rows[list, default: []].append(Row(word: row.word, value: row.value))
        }
        guard header else { throw WordListError(line: 1, message: "no header row 'list<TAB>word<TAB>value'") }
        self.rows = rows
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
        for text in [word, value] where text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            throw WordListError(line: line, message: "white space around '\(text)'")
        }
        if list.hasNumbers, Double(value) == nil {
            throw WordListError(line: line, message: "the value of '\(word)' in \(list.rawValue) must be a number")
        }
        return (list, word, value)
    }

    /// The words of a list, in the order of the table.
    public func ordered(_ list: WordList) -> [String] {
        rows[list, default: []].map(\.word)
    }

    /// The words of a list.
    public func set(_ list: WordList) -> Set<String> {
        Set(ordered(list))
    }

    /// Word → value ("" for a row without one). For a multi-valued list use `allValues`.
    public func values(_ list: WordList) -> [String: String] {
        Dictionary(rows[list, default: []].map { ($0.word, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Word → its values in table order; a word whose only row has no value maps to `[]`.
    public func allValues(_ list: WordList) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for row in rows[list, default: []] {
            values[row.word, default: []].append(contentsOf: row.value.isEmpty ? [] : [row.value])
        }
        return values
    }

    /// Word → number, for a list of numbers (`WordList.hasNumbers`; checked when the table is read).
    public func numbers(_ list: WordList) -> [String: Double] {
        values(list).compactMapValues(Double.init)
    }
}
