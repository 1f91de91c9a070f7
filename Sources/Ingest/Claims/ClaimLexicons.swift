import Foundation
import Stemming

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
    /// The close derivations a proposition's terms stand for (derivations.tsv).
    public let derivations: Derivations
    let recognizer: PropositionRecognizer

    /// The built-in lexicons with a user folder on top (see `LexiconLayers`).
    ///
    /// - Throws: `LexiconError` for a missing folder or a malformed file.
    public init(folder: URL) throws {
        try self.init(layers: LexiconLayers(folders: [folder]))
    }

    /// The claim lexicons of the layers in force.
    ///
    /// - Throws: `LexiconError` naming the file and line of a malformed row.
    public init(layers: LexiconLayers) throws {
        try self.init(
            estimative: layers.table(.estimative), propositions: layers.table(.propositions),
            attribution: layers.table(.attribution), discourse: layers.table(.discourse),
            factuality: layers.table(.factuality), derivations: layers.table(.derivations))
    }

    /// Builds the lexicons from parsed tables.
    ///
    /// - Throws: `LexiconError` for a malformed row.
    public init(
        estimative: TSVTable, propositions: TSVTable, attribution: TSVTable, discourse: TSVTable,
        factuality: TSVTable, derivations: TSVTable? = nil
    ) throws {
        self.estimative = try EstimativeLexicon(table: estimative)
        self.factuality = try FactualityLexicon(table: factuality)
        self.propositions = try PropositionEntry.entries(from: propositions)
        self.attribution = try AttributionLexicon(table: attribution)
        self.discourse = try DiscourseLexicon(table: discourse)
        self.derivations =
            derivations.map { table in
                Derivations(
                    pairs: table.records.compactMap { record in
                        record["word"].flatMap { word in record["also"].map { (word, $0) } }
                    })
            } ?? .english
        self.recognizer = PropositionRecognizer(entries: self.propositions, derivations: self.derivations)
    }
}
