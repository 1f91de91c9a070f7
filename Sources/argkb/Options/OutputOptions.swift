import ArgumentParser
import Query

extension OutputFormat: EnumerableFlag {
    public static func help(for value: OutputFormat) -> ArgumentHelp? {
        switch value {
        case .table: return "Print an aligned table (the default)."
        case .json: return "Print a JSON array of objects."
        case .nl: return "Print one JSON object per line (newline-delimited JSON)."
        case .csv: return "Print CSV."
        case .tsv: return "Print TSV."
        }
    }
}

/// The output flags of sqlite-utils, shared by every listing: exactly one of them.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Output format.")
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-headers"), help: "Omit the header row (table, CSV, TSV).")
    var noHeaders = false

    @Flag(
        name: .customLong("raw-csv"),
        help:
            "Write CSV cells that begin with =, +, -, @ as they are (by default they get a leading ' so a spreadsheet does not run them as formulas)."
    )
    var rawCSV = false

    /// Writes a listing to standard output in the chosen format.
    func print(_ listing: Listing) throws {
        try Output.write(ListingRenderer.render(listing, as: format, headers: !noHeaders, neutralizeFormulas: !rawCSV))
    }
}
