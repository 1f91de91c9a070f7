import ArgumentParser
import Domain
import Query

/// `argkb actors`: the actors found, with mention counts; `--candidates` lists unknown names.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors with their mention counts, or (--candidates) the unknown names to curate.",
        discussion: "Add an actor or an alias in data/lexicon/actors.tsv and ingest again: every source is re-tagged.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only actors of this kind.")
    var kind: ActorKind?

    @Flag(name: .customLong("per-source"), help: "One row per actor and source.")
    var perSource = false

    @Flag(help: "Include gazetteer actors with no mention.")
    var all = false

    @Flag(help: "List capitalized names the gazetteer does not know, for curation.")
    var candidates = false

    func run() throws {
        let queries = ActorQueries(db: try database.openForReading())
        try output.print(
            candidates ? queries.candidates() : queries.list(kind: kind?.rawValue, perSource: perSource, includeUnmentioned: all))
    }
}
