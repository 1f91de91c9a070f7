import ArgumentParser
import Foundation
import Query

extension ReportFormat: ExpressibleByArgument {}

/// `argkb report`: verdicts with evidence, a timeline, the argument map, claims, actors,
/// contradictions and curation, as Markdown or one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report (Markdown or self-contained HTML) with the verdicts, a timeline and the argument map.",
        discussion: """
            The map is SVG drawn by Graphviz `dot` when it is installed, else DOT text with a note.
            Markdown written to a file (-o report.md) puts the pictures beside it (report.timeline.svg,
            report.map.svg); on standard output it has a timeline table and the map as DOT.
            Example: argkb report --format html -o report.html
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this proposition (default: every proposition).") var proposition: String?
    @Option(help: "markdown or html.") var format: ReportFormat = .markdown
    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var outputFile: String?

    func run() throws {
        let data = try ReportData.load(try database.openForReading(), proposition: proposition)
        // Markdown on standard output shows the map as DOT text: no picture to draw.
        let map =
            outputFile == nil && format == .markdown
            ? ReportMap.dotOnly(data.graph) : ReportMap.draw(data.graph, graphviz: Graphviz.find())
        if let note = map.note { Output.warn("note: " + note) }
        guard let outputFile else {
            try Output.write(ReportBuilder.build(data, format: format, map: map).text)
            return
        }
        let url = URL(fileURLWithPath: outputFile)
        let stem = url.deletingPathExtension().lastPathComponent
        let document = ReportBuilder.build(data, format: format, map: map, attachmentStem: stem)
        try OutputFile.write(document.text, to: outputFile)
        for attachment in document.attachments {
            try OutputFile.write(
                attachment.contents, to: url.deletingLastPathComponent().appendingPathComponent(attachment.name).path)
        }
        let extra = document.attachments.isEmpty ? "" : " (and " + document.attachments.map(\.name).joined(separator: ", ") + ")"
        Output.warn("wrote \(outputFile)\(extra): \(data.verdicts.count) verdicts, \(data.graph.claims.count) claims in the map")
    }
}
