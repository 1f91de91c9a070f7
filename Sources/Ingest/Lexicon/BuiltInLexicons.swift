import Stemming

/// The lexicons compiled into the binary: `data/lexicon/*.tsv` of the repository the binary was
/// built from (through the symlinks in `Sources/Ingest/Lexicon/BuiltIn`), so argkb works from any
/// folder with no data files around it.
enum BuiltInLexicons {
    /// File name → text.
    static let files: [String: String] = [
        LexiconFile.actors.rawValue: text(PackageResources.actors_tsv),
        LexiconFile.worldActors.rawValue: text(PackageResources.actors_world_tsv),
        LexiconFile.attribution.rawValue: text(PackageResources.attribution_tsv),
        LexiconFile.candidateStopwords.rawValue: text(PackageResources.candidate_stopwords_tsv),
        // Compiled into Stemming, which the ask command's reading of a question uses too.
        LexiconFile.derivations.rawValue: Derivations.builtInText,
        LexiconFile.discourse.rawValue: text(PackageResources.discourse_tsv),
        LexiconFile.estimative.rawValue: text(PackageResources.estimative_tsv),
        LexiconFile.factuality.rawValue: text(PackageResources.factuality_tsv),
        LexiconFile.linkCues.rawValue: text(PackageResources.link_cues_tsv),
        LexiconFile.propositions.rawValue: text(PackageResources.propositions_tsv),
        LexiconFile.relations.rawValue: text(PackageResources.relations_tsv),
    ]

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
