/// A line of a word-list table that cannot be read, with its line number (1 is the first line).
///
/// ```swift
/// do { _ = try WordLists(tsv: "list\tword\tvalue\nno-such-list\tword\n") }
/// catch { print(error) }   // "words.tsv line 2: unknown list 'no-such-list'"
/// ```
public struct WordListError: Error, CustomStringConvertible, Equatable {
    /// The line of the table, 1 for the first.
    public let line: Int
    /// What is wrong with it.
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "words.tsv line \(line): \(message)" }
}
