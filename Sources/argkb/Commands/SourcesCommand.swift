import ArgumentParser
import Query

/// `argkb sources`: the ingested articles with their metadata.
struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the ingested sources with title, author, date and counts.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.print(try SourceQueries(db: try database.openForReading()).list())
    }
}
