import Foundation

/// The lexicons of the claim stages: estimative expressions, propositions, reporting cues and
/// discourse markers, each compiled once.
///
/// ```swift
/// let lexicons = try ClaimLexicons(folder: URL(fileURLWithPath: "data/lexicon"))
/// lexicons.propositions.map(\.id)   // ["ru-cn-military-alliance"]
/// ```
public struct ClaimLexicons: Sendable {
    public let estimative: EstimativeLexicon
    /// The propositions, for the writer to store in `propositions`.
    public let propositions: [PropositionEntry]
    public let attribution: AttributionLexicon
    public let discourse: DiscourseLexicon
    /// The words of commitment when no estimative phrase speaks (factuality.tsv).
    public let factuality: FactualityLexicon
    let recognizer: PropositionRecognizer

    /// File names inside the lexicon folder.
    public static let estimativeFile = "estimative.tsv"
    public static let propositionsFile = "propositions.tsv"
    public static let attributionFile = "attribution.tsv"
    public static let discourseFile = "discourse.tsv"
    public static let factualityFile = "factuality.tsv"

    /// Reads estimative.tsv, propositions.tsv, attribution.tsv, discourse.tsv and factuality.tsv from `folder`.
    ///
    /// - Throws: `LexiconError` for a missing or malformed file.
    public init(folder: URL) throws {
        try self.init(
            estimative: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.estimativeFile),
                                 requiredColumns: ["phrase", "term"]),
            propositions: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.propositionsFile),
                                   requiredColumns: ["id", "statement", "terms"]),
            attribution: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.attributionFile),
                                  requiredColumns: ["pattern"]),
            discourse: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.discourseFile),
                                requiredColumns: ["phrase", "kind"]),
            factuality: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.factualityFile),
                                 requiredColumns: ["phrase", "role"]))
    }

    /// Builds the lexicons from parsed tables.
    ///
    /// - Throws: `LexiconError` for a malformed row.
    public init(estimative: TSVTable, propositions: TSVTable, attribution: TSVTable, discourse: TSVTable,
                factuality: TSVTable) throws {
        self.estimative = try EstimativeLexicon(table: estimative)
        self.factuality = try FactualityLexicon(table: factuality)
        self.propositions = try PropositionEntry.entries(from: propositions)
        self.attribution = try AttributionLexicon(table: attribution)
        self.discourse = try DiscourseLexicon(table: discourse)
        self.recognizer = PropositionRecognizer(entries: self.propositions)
    }
}
