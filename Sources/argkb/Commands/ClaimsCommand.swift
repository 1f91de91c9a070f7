import ArgumentParser
import Domain
import Query

/// `argkb claims [filters]`: the claims found, with speaker, likelihood and evidence sentence.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List claims: who asserts what, and how likely they rate it (ICD 203).",
        discussion: "Example: argkb claims --proposition ru-cn-military-alliance --author-only --max-p 0.45")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "A source id or slug.") var source: String?
    @Option(help: "A proposition id (see `argkb sql \"SELECT * FROM propositions\"`).") var proposition: String?
    @Option(help: "A speaker: a name as written, or an actor by any alias.") var speaker: String?
    @Flag(name: .customLong("author-only"), help: "Only claims the authors make themselves (no reported speech).")
    var authorOnly = false
    @Option(help: "A likelihood term of ICD 203, e.g. \"very unlikely\".") var term: LikelihoodTerm?
    @Option(name: .customLong("min-p"), help: "Only claims whose whole band is at this probability or higher (p_low >= P).")
    var minP: Double?
    @Option(name: .customLong("max-p"), help: "Only claims whose whole band is at this probability or lower (p_high <= P).")
    var maxP: Double?
    @Option(help: "A claim type.") var type: ClaimType?
    @Option(help: "The side toward the proposition.") var polarity: ClaimPolarity?
    @Flag(
        name: .customLong("rule-only"),
        help:
            "Every claim as the rules extracted it, corrected or not (by default: the claims in force, curated corrections instead of the claims they correct)."
    )
    var ruleOnly = false

    func validate() throws {
        for (name, value) in [("--min-p", minP), ("--max-p", maxP)] {
            if let value, !(0...1).contains(value) { throw ValidationError("\(name) must be between 0 and 1") }
        }
        if authorOnly && speaker != nil { throw ValidationError("--author-only and --speaker exclude each other") }
    }

    func run() throws {
        var filter = ClaimFilter()
        filter.source = source
        filter.proposition = proposition
        filter.speaker = speaker
        filter.authorOnly = authorOnly
        filter.term = term
        filter.minP = minP
        filter.maxP = maxP
        filter.type = type
        filter.polarity = polarity
        filter.includeCurated = !ruleOnly
        try output.print(try ClaimQueries(db: try database.openForReading()).claims(filter))
    }
}
