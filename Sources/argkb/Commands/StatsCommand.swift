import ArgumentParser
import Query

/// `argkb stats`: row counts of the main tables.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count the rows of the main tables.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try output.print(try SourceQueries(db: try database.openForReading()).stats())
    }
}
