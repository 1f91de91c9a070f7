import ArgumentParser
import Query

/// `argkb search QUERY`: full-text search over sentences.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the sentences (SQLite FTS5), best matches first, matches in [brackets].",
        discussion:
            "QUERY is FTS5 syntax: words, \"a phrase\", prefix*, AND/OR/NOT. Text that is not valid FTS5 is searched as plain words."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "What to search for.")
    var query: String

    @Option(help: "At most this many sentences.")
    var limit = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try output.print(try SentenceSearch(db: try database.openForReading()).search(query, limit: limit))
    }
}
