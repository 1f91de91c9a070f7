import ArgumentParser
import Foundation
import Query

extension ExportFormat: ExpressibleByArgument {}

/// `argkb export --format csv|json DIR`: every table as one file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every table as one file (NAME.csv or NAME.json) into a folder.",
        discussion: """
            CSV has a header row (RFC 4180), numbers exact, and text cells that begin with =, +, -
            or @ prefixed with ' (OWASP's defence against formula injection; --raw-csv turns it off);
            JSON is an array of objects. Every table is read from one snapshot of the database. The
            FTS index is left out (its content is the sentences table). --views adds the views.
            Prints the files written with their row counts.
            Example: argkb export --format csv out/
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "csv or json.") var format: ExportFormat = .csv
    @Flag(help: "Export the views as well.") var views = false
    @Flag(
        name: .customLong("raw-csv"),
        help:
            "Write CSV cells that begin with =, +, -, @ as they are (by default they get a leading ' so a spreadsheet does not run them as formulas)."
    )
    var rawCSV = false
    @Argument(help: "The folder to write into (created when missing).") var folder: String

    func run() throws {
        let written = try TableExporter(db: try database.openForReading())
            .export(to: URL(fileURLWithPath: folder), format: format, includeViews: views, neutralizeFormulas: !rawCSV)
        try Output.write(
            ListingRenderer.render(
                Listing(
                    columns: ["name", "kind", "file", "rows"],
                    rows: written.map {
                        [.text($0.name), .text($0.kind), .text($0.file), .int($0.rows)]
                    }), as: .table))
        Output.warn("wrote \(written.count) files to \(folder)")
    }
}
