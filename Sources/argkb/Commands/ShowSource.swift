import ArgumentParser
import Query
import Store

/// `argkb show source ID`: metadata, verdicts with their evidence, removed lines and sentences of one source.
struct ShowSource: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract:
            "Show a source: metadata, its verdicts and why (each evidence claim's weight, factuality and reading), what normalization removed, and its sentences."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The source's id or slug.")
    var key: String

    @Flag(help: "Print the normalized text instead of the sentences.")
    var text = false

    func run() throws {
        let queries = SourceQueries(db: try database.openForReading())
        let source = try queries.source(key)
        let id = source.int("id") ?? 0
        if text {
            try Output.write((source.string("text") ?? "") + "\n")
            return
        }
        let fields = source.columns.filter { $0 != "text" }
        if output.format == .table {
            let metadata = Listing(columns: ["field", "value"], rows: fields.map { [.text($0), ListingValue(source[$0])] })
            try output.print(metadata)
            try Output.write("\nVerdicts:\n")
            try output.print(try queries.verdicts(sourceID: id))
            try Output.write(
                "\nWhy: the evidence of each verdict, weightiest first (factuality: CT certain, PR probable, PS possible, Uu none; + for, - against):\n"
            )
            try output.print(try queries.verdictEvidence(sourceID: id))
            try Output.write("\nRemoved by normalization:\n")
            try output.print(try queries.removedLines(sourceID: id))
            try Output.write("\nSentences:\n")
            try output.print(try queries.sentences(sourceID: id))
        } else {
            try output.print(Listing(columns: fields, rows: [fields.map { ListingValue(source[$0]) }]))
        }
    }
}
