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
    let recognizer: PropositionRecognizer

    /// File names inside the lexicon folder.
    public static let estimativeFile = "estimative.tsv"
    public static let propositionsFile = "propositions.tsv"
    public static let attributionFile = "attribution.tsv"
    public static let discourseFile = "discourse.tsv"

    /// Reads estimative.tsv, propositions.tsv and attribution.tsv from `folder`, and discourse.tsv
    /// when it exists (else the built-in discourse table).
    ///
    /// - Throws: `LexiconError` for a missing or malformed file.
    public init(folder: URL) throws {
        let discourseURL = folder.appendingPathComponent(ClaimLexicons.discourseFile)
        let discourse = FileManager.default.fileExists(atPath: discourseURL.path)
            ? try TSVTable(contentsOf: discourseURL, requiredColumns: ["phrase", "kind"]) : nil
        try self.init(
            estimative: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.estimativeFile),
                                 requiredColumns: ["phrase", "term"]),
            propositions: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.propositionsFile),
                                   requiredColumns: ["id", "statement", "terms"]),
            attribution: TSVTable(contentsOf: folder.appendingPathComponent(ClaimLexicons.attributionFile),
                                  requiredColumns: ["pattern"]),
            discourse: discourse)
    }

    /// Builds the lexicons from parsed tables; `discourse` nil means the built-in table.
    ///
    /// - Throws: `LexiconError` for a malformed row.
    public init(estimative: TSVTable, propositions: TSVTable, attribution: TSVTable, discourse: TSVTable?) throws {
        self.estimative = try EstimativeLexicon(table: estimative)
        self.propositions = try PropositionEntry.entries(from: propositions)
        self.attribution = try AttributionLexicon(table: attribution)
        self.discourse = try discourse.map(DiscourseLexicon.init(table:)) ?? DiscourseLexicon.builtIn()
        self.recognizer = PropositionRecognizer(entries: self.propositions)
    }
}
