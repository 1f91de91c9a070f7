/// Close derivations of English words: the nouns that name a verb's act and back ("invade" /
/// "invasion", "ally" / "alliance", "admit" / "admission"), which share no Snowball stem.
///
/// ```swift
/// Derivations.english.related(to: "invade")   // ["invasion"]
/// ```
/// The table is `data/lexicon/derivations.tsv`, generated from WordNet 3.0's derivational links by
/// `tools/wordfamilies/generate_derivations.py` (the script says which links it keeps and why) and
/// compiled into the binary. It is language data, like the stemmer: a user who wants another form
/// lists it as a term of the proposition.
public struct Derivations: Sendable {
    /// The file compiled into the binary (`data/lexicon/derivations.tsv`).
    public static let builtInText = String(decoding: PackageResources.derivations_tsv, as: UTF8.self)

    /// The table compiled into the binary.
    public static let english = Derivations(tsv: builtInText)

    private let related: [String: [String]]

    /// Reads rows of `word<TAB>also`; `#` comments and the header row are skipped.
    ///
    /// Split as bytes, not Characters: every open question reads the table, and splitting its
    /// 4,300 rows into grapheme clusters took 7 ms of a 70 ms `ask`.
    public init(tsv: String) {
        var related: [String: [String]] = [:]
        for line in tsv.utf8.split(separator: 0x0A) where line.first != UInt8(ascii: "#") {
            let fields = line.split(separator: 0x09)
            guard fields.count >= 2 else { continue }
            let word = String(decoding: fields[0], as: UTF8.self)
            guard word != "word" else { continue }
            related[word, default: []].append(String(decoding: fields[1], as: UTF8.self))
        }
        self.related = related
    }

    /// The pairs given, in order (a user lexicon's rows on top of the built-in ones).
    public init(pairs: [(word: String, also: String)]) {
        var related: [String: [String]] = [:]
        for pair in pairs { related[pair.word.lowercased(), default: []].append(pair.also.lowercased()) }
        self.related = related
    }

    /// The words a term `word` (lower case) also finds, in the table's order; empty for most words.
    public func related(to word: String) -> [String] {
        related[word] ?? []
    }

    /// How many words have derivations.
    public var count: Int { related.count }
}
