import ArgumentParser
import Domain
import Query

/// `argkb relations`: who does what to whom, with context and evidence.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "List actor-to-actor relations (PLOVER-style) with context, speaker and evidence sentence.",
        discussion: """
            Symmetric relations (cooperates_with, competes_with, ...) are stored both ways and listed once,
            unless --actor picks a side. A relation a text only hypothesizes, predicts or denies has that
            context; filter with --context asserted for facts.
            Example: argkb relations --actor China --type competes_with --region "Central Asia"
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "An actor (any alias) as subject, or object of a one-way relation.") var actor: String?
    @Option(parsing: .upToNextOption, help: "Two actors: the relations between them.") var between: [String] = []
    @Option(help: "A predicate (e.g. competes_with) or a quad class (e.g. material_conflict).") var type: String?
    @Option(help: "The relation's context.") var context: RelationContext?
    @Option(help: "A region (any alias), e.g. \"Central Asia\".") var region: String?

    func validate() throws {
        if !between.isEmpty && between.count != 2 { throw ValidationError("--between takes two actors") }
        if let type, RelationPredicate(rawValue: type) == nil, QuadClass(rawValue: type) == nil {
            throw ValidationError(
                "--type must be a predicate (\(RelationPredicate.names.joined(separator: ", "))) or a quad class (\(QuadClass.names.joined(separator: ", ")))"
            )
        }
    }

    func run() throws {
        var filter = RelationFilter()
        filter.actor = actor
        filter.between = between.count == 2 ? (between[0], between[1]) : nil
        filter.type = type
        filter.context = context?.rawValue
        filter.region = region
        try output.print(try RelationQueries(db: try database.openForReading()).relations(filter))
    }
}
