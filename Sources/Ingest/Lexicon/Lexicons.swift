import Foundation

/// Every lexicon the extraction stages use, loaded once per run: the built-in lexicons compiled into
/// the binary, with the user's folders on top (see `LexiconLayers`).
///
/// `hash` identifies the lexicons and the extraction code together: when a user edits a TSV (or a
/// new argkb changes a stage), every source is extracted again on the next ingest, even when its
/// file is unchanged.
public struct Lexicons: Sendable {
    /// Bump when a stage's code changes what it extracts, so stored sources are re-extracted.
    public static let extractionVersion = "2"

    /// Where the rows came from.
    public let layers: LexiconLayers
    public let gazetteer: Gazetteer
    /// Words that are never unknown names (built in, plus candidate-stopwords.tsv rows).
    public let candidateWords: CandidateWords
    public let claims: ClaimLexicons
    public let relations: RelationLexicon
    public let linkCues: LinkCueLexicon
    /// SHA-256 over `extractionVersion` and every layer's files (name and bytes).
    public let hash: String

    /// The built-in lexicons alone.
    public static func builtIn() throws -> Lexicons { try Lexicons(layers: .builtIn) }

    /// Loads the lexicons of the layers.
    /// - Throws: `LexiconError` naming the file and line of an entry that cannot be used.
    public init(layers: LexiconLayers) throws {
        self.layers = layers
        gazetteer = try Gazetteer(table: layers.table([.worldActors, .actors]))
        candidateWords = try CandidateWords(table: layers.table(.candidateStopwords))
        claims = try ClaimLexicons(layers: layers)
        relations = try RelationLexicon(table: layers.table(.relations))
        linkCues = try LinkCueLexicon(table: layers.table(.linkCues))
        hash = layers.hash(extractionVersion: Self.extractionVersion)
        // A proposition's actors must be the gazetteer's, by their canonical names.
        for proposition in claims.propositions {
            for actor in proposition.actors where gazetteer.actors.first(where: { $0.name == actor }) == nil {
                let suggestion =
                    gazetteer.actor(named: actor).map { " (did you mean '\($0.name)'?)" } ?? " (add it to actors.tsv)"
                throw LexiconError(
                    file: proposition.origin?.file ?? "propositions.tsv", line: proposition.origin?.line ?? 0,
                    message:
                        "proposition '\(proposition.id)' names the actor '\(actor)', which is no canonical actor\(suggestion)")
            }
        }
    }

    /// The built-in lexicons with one user folder on top.
    /// - Throws: `LexiconError` for a missing folder or an entry that cannot be used.
    public init(folder: URL) throws {
        try self.init(layers: LexiconLayers(folders: [folder]))
    }
}
