import ArgumentParser
import Foundation
import Query

extension MapFormat: ExpressibleByArgument {}

/// `argkb map`: the argument graph of a source, a proposition or the corpus, in an exchange format.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract:
            "Write the argument graph (claims and their supports/attacks/rephrases) as DOT, SVG, AIF JSON, Argdown or JSON.",
        discussion: """
            Without --source or --proposition the map covers the whole corpus. A scoped map holds the
            scope's claims and every claim linked to them (reasons, attackers in other sources).
            --format svg runs Graphviz `dot -Tsvg` (install graphviz, or `make deps`).
            Example: argkb map --proposition ru-cn-military-alliance --format aif -o alliance.json
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "Only this source (id or slug), with the claims linked to it.") var source: String?
    @Option(help: "Only the claims on this proposition, with the claims linked to them.") var proposition: String?
    @Option(help: "dot, svg, aif, argdown or json.") var format: MapFormat = .dot
    @Option(name: [.customShort("o"), .customLong("output")], help: "Write to this file instead of standard output.")
    var outputFile: String?

    func validate() throws {
        if source != nil && proposition != nil { throw ValidationError("--source and --proposition exclude each other") }
    }

    func run() throws {
        let scope: MapScope = source.map(MapScope.source) ?? proposition.map(MapScope.proposition) ?? .corpus
        let graph = try ArgumentGraph.load(try database.openForReading(), scope: scope)
        let text = try format.render(graph)
        if let outputFile {
            try OutputFile.write(text, to: outputFile)
            Output.warn("wrote \(outputFile): \(graph.claims.count) claims, \(graph.links.count) links (\(format.rawValue))")
        } else {
            try Output.write(text)
        }
    }
}
