import ArgumentParser
import Domain
import Query

/// `argkb show actor NAME`: one actor by any of its names.
struct ShowActor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "Show an actor (by name or any alias, e.g. Moscow): aliases, sources, co-mentions, examples.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "A name or alias.")
    var name: String

    @Option(help: "How many example sentences.")
    var examples = 5

    func run() throws {
        let detail = try ActorQueries(db: try database.openForReading()).detail(name, examples: examples)
        if output.format == .table {
            try output.print(detail.info)
            for (heading, listing) in [
                ("Aliases", detail.aliases), ("Sources", detail.sources),
                ("Most often in the same sentences", detail.comentioned),
                ("Example sentences", detail.examples),
            ] {
                try Output.write("\n\(heading):\n")
                try output.print(listing)
            }
        } else {
            // Machine formats: the example sentences, which carry the provenance.
            try output.print(detail.examples)
        }
    }
}
