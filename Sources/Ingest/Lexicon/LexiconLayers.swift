import Crypto
import Foundation

/// The lexicon files argkb reads, with the columns each needs and the key that identifies a row
/// (a row of a user's file with the same key replaces the built-in one).
public enum LexiconFile: String, CaseIterable, Sendable {
    case actors = "actors.tsv"
    case worldActors = "actors-world.tsv"
    case attribution = "attribution.tsv"
    case candidateStopwords = "candidate-stopwords.tsv"
    case derivations = "derivations.tsv"
    case discourse = "discourse.tsv"
    case estimative = "estimative.tsv"
    case factuality = "factuality.tsv"
    case linkCues = "link-cues.tsv"
    case propositions = "propositions.tsv"
    case relations = "relations.tsv"

    /// Columns a file must have.
    public var requiredColumns: [String] {
        switch self {
        case .actors, .worldActors: return ["name", "kind"]
        case .attribution: return ["pattern"]
        case .candidateStopwords: return ["word", "class"]
        case .derivations: return ["word", "also"]
        case .discourse: return ["phrase", "kind"]
        case .estimative: return ["phrase", "term"]
        case .factuality: return ["phrase", "role"]
        case .linkCues: return ["cue", "type"]
        case .propositions: return ["id", "statement", "terms"]
        case .relations: return ["pattern", "predicate"]
        }
    }

    /// A row's identity, normalized as the lexicon compares it (nil: a row the parser reports).
    func key(_ record: TSVTable.Record) -> String? {
        func folded(_ column: String) -> String? { record[column]?.lowercased() }
        switch self {
        case .actors, .worldActors: return folded("name")
        case .attribution: return folded("pattern").map { $0 + "\t" + (folded("needs") ?? "") }
        case .candidateStopwords: return folded("word").map { $0 + "\t" + (folded("class") ?? "") }
        case .derivations: return folded("word").map { $0 + "\t" + (folded("also") ?? "") }
        case .discourse: return folded("phrase").map { $0 + "\t" + (folded("kind") ?? "") }
        case .estimative: return folded("phrase")
        case .factuality: return folded("phrase").map { $0 + "\t" + (folded("role") ?? "") }
        case .linkCues: return folded("cue").map { $0 + "\t" + (folded("type") ?? "") }
        case .propositions: return record["id"]
        case .relations: return record["pattern"]
        }
    }
}

/// Where the lexicons come from: the built-in files compiled into the binary (the repository's
/// `data/lexicon`, as `schema.sql` is compiled in), then the user's folders in order. A user's file
/// holds only what it adds or replaces: a row whose key (an actor's name, a phrase, a proposition's
/// id) is already there replaces it, any other row is added.
///
/// ```swift
/// let layers = try LexiconLayers(folders: [URL(fileURLWithPath: "argkb-lexicons")])
/// let lexicons = try Lexicons(layers: layers)
/// ```
public struct LexiconLayers: Sendable {
    /// One place lexicon files come from.
    public struct Layer: Sendable {
        /// "built-in", or the folder's path.
        public let name: String
        /// File name → text, for the lexicon files the layer has.
        public let files: [String: String]
    }

    public let layers: [Layer]

    /// The built-in layer alone.
    public static let builtIn = LexiconLayers(layers: [Layer(name: "built-in", files: BuiltInLexicons.files)])

    /// A user folder's name when it is next to the working folder (used when no other is given).
    public static let defaultFolderName = "argkb-lexicons"

    init(layers: [Layer]) {
        self.layers = layers
    }

    /// The built-in layer and the `.tsv` files of each folder on top of it.
    ///
    /// - Throws: `LexiconError` for a folder that does not exist or cannot be read, and for a `.tsv`
    ///   file whose name is not one of argkb's lexicons (a typo would otherwise be ignored).
    public init(folders: [URL]) throws {
        var layers = LexiconLayers.builtIn.layers
        for folder in folders {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw LexiconError(
                    file: folder.path, line: 0,
                    message: "no lexicon folder here (a folder of .tsv files such as propositions.tsv is expected)")
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
            } catch {
                throw LexiconError(file: folder.path, line: 0, message: "cannot list the folder: \(error.localizedDescription)")
            }
            var files: [String: String] = [:]
            for name in names {
                let url = folder.appendingPathComponent(name)
                guard LexiconFile(rawValue: name) != nil else {
                    throw LexiconError(
                        file: url.path, line: 0,
                        message: "not a lexicon file of argkb (they are "
                            + LexiconFile.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                }
                do {
                    files[name] = try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw LexiconError(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
                }
            }
            layers.append(Layer(name: folder.path, files: files))
        }
        self.layers = layers
    }

    /// The user folders in force, in the order argkb looks for them: `--lexicons` folders when any
    /// are given, else the `ARGKB_LEXICONS` path list (`:` separated), else `./argkb-lexicons` when
    /// it exists, else none (the built-in lexicons alone).
    public static func folders(
        given: [String], environment: [String: String],
        workingFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> [URL] {
        if !given.isEmpty { return given.map { URL(fileURLWithPath: $0) } }
        if let list = environment["ARGKB_LEXICONS"], !list.isEmpty {
            return list.split(separator: ":").filter { !$0.isEmpty }.map { URL(fileURLWithPath: String($0)) }
        }
        let local = workingFolder.appendingPathComponent(defaultFolderName)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local.path, isDirectory: &isDirectory), isDirectory.boolValue { return [local] }
        return []
    }

    /// The rows in force of one lexicon (or of several files that make one, such as the two actor
    /// files: the generated world actors first, the curated ones after them, so a curated row wins).
    ///
    /// - Throws: `LexiconError` naming the file and line of a layer's file that cannot be parsed.
    public func table(_ files: [LexiconFile]) throws -> TSVTable {
        var tables: [TSVTable] = []
        for layer in layers {
            for file in files {
                guard let text = layer.files[file.rawValue] else { continue }
                let name = layer.name == "built-in" ? "built-in " + file.rawValue : layer.name + "/" + file.rawValue
                tables.append(try TSVTable(name: name, text: text, requiredColumns: file.requiredColumns))
            }
        }
        guard let first = files.first else { return try TSVTable(name: "", text: "") }
        return try TSVTable.layered(tables) { first.key($0) }
    }

    /// The rows in force of one lexicon file.
    public func table(_ file: LexiconFile) throws -> TSVTable {
        try table([file])
    }

    /// What each layer contributes to each lexicon: rows, how many are new and how many replace a
    /// row of a layer below (for `argkb lexicons`).
    public func contributions() throws -> [(file: String, layer: String, rows: Int, added: Int, replaced: Int)] {
        var result: [(file: String, layer: String, rows: Int, added: Int, replaced: Int)] = []
        for file in LexiconFile.allCases {
            var seen = Set<String>()
            for layer in layers {
                guard let text = layer.files[file.rawValue] else { continue }
                let table = try TSVTable(
                    name: layer.name + "/" + file.rawValue, text: text, requiredColumns: file.requiredColumns)
                var added = 0
                var replaced = 0
                for record in table.records {
                    guard let key = file.key(record) else { continue }
                    if seen.insert(key).inserted { added += 1 } else { replaced += 1 }
                }
                result.append((file.rawValue, layer.name, table.records.count, added, replaced))
            }
        }
        return result
    }

    /// SHA-256 over the extraction code's version and every layer's files (name and text), in
    /// order: what decides whether a stored source must be extracted again.
    public func hash(extractionVersion: String) -> String {
        var hasher = SHA256()
        hasher.update(data: Data(("argkb-extraction-" + extractionVersion + "\n").utf8))
        for layer in layers {
            hasher.update(data: Data(("layer\n").utf8))
            for name in layer.files.keys.sorted() {
                hasher.update(data: Data((name + "\n").utf8))
                hasher.update(data: Data((layer.files[name] ?? "").utf8))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
