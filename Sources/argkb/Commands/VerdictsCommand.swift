import ArgumentParser
import Domain
import Query

/// `argkb verdicts`: each source's overall likelihood for each proposition.
struct VerdictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdicts",
        abstract: "List each source's verdict (ICD 203 term, band, polarity) with its main evidence.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only this proposition.") var proposition: String?

    func run() throws {
        try output.print(try ClaimQueries(db: try database.openForReading()).verdicts(proposition: proposition))
    }
}
