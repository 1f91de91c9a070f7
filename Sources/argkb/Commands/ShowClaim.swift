import ArgumentParser
import Domain
import Query

/// `argkb show claim ID`.
struct ShowClaim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim", abstract: "Show a claim: its fields, its paragraph with the cue in [brackets], and its links.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The claim id.") var id: Int

    func run() throws {
        let detail = try ClaimQueries(db: try database.openForReading()).claim(id)
        try output.print(detail.info)
        if output.format == .table {
            try Output.write("\nIn its paragraph:\n\(detail.paragraphWithCue)\n")
            try Output.write("\nArgument links:\n")
            try output.print(detail.links)
        }
    }
}
