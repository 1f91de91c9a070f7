import Crypto
import Foundation

/// Every lexicon the extraction stages use, loaded once per run from a folder of TSV files
/// (`data/lexicon/` by default).
///
/// `hash` identifies the lexicons and the extraction code together: when a user edits a TSV (or a
/// new argkb changes a stage), every source is extracted again on the next ingest, even when its
/// file is unchanged.
public struct Lexicons: Sendable {
    /// Bump when a stage's code changes what it extracts, so stored sources are re-extracted.
    public static let extractionVersion = "1"

    public let folder: URL
    public let gazetteer: Gazetteer
    /// Words that are never unknown names (built in, plus candidate-stopwords.tsv when present).
    public let candidateWords: CandidateWords
    public let claims: ClaimLexicons
    public let relations: RelationLexicon
    public let linkCues: LinkCueLexicon
    /// SHA-256 over `extractionVersion` and every `.tsv` file of the folder (name and bytes).
    public let hash: String

    /// Loads the lexicons of a folder.
    /// - Throws: `LexiconError` naming the file and line of an entry that cannot be used, or a
    ///   missing file.
    public init(folder: URL) throws {
        self.folder = folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LexiconError(file: folder.path, line: 0,
                               message: "no lexicon folder here; pass --lexicons DIR (the repository's data/lexicon) or set ARGKB_LEXICONS")
        }
        func file(_ name: String) throws -> URL {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw LexiconError(file: url.path, line: 0, message: "missing lexicon file")
            }
            return url
        }
        gazetteer = try Gazetteer(contentsOf: try file("actors.tsv"))
        let stopwords = folder.appendingPathComponent("candidate-stopwords.tsv")
        candidateWords = FileManager.default.fileExists(atPath: stopwords.path)
            ? try CandidateWords(contentsOf: stopwords) : .builtIn
        claims = try ClaimLexicons(folder: folder)
        relations = try RelationLexicon(contentsOf: try file("relations.tsv"))
        linkCues = try LinkCueLexicon(contentsOf: try file("link-cues.tsv"))
        hash = try Self.hash(folder: folder)
    }

    static func hash(folder: URL) throws -> String {
        var hasher = SHA256()
        hasher.update(data: Data(("argkb-extraction-" + extractionVersion + "\n").utf8))
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "tsv" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        for url in files {
            hasher.update(data: Data((url.lastPathComponent + "\n").utf8))
            hasher.update(data: try Data(contentsOf: url))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
