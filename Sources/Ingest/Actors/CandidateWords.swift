import Foundation

/// Word classes for `CandidateFinder`: stop words, titles and the cues that suggest a candidate's kind.
///
/// ```
/// # data/lexicon/candidate-stopwords.tsv
/// word	class	kind
/// blog	chrome
/// think-tank	before	organization
/// ```
public struct CandidateWords: Sendable {
    /// The classes a word may have (see `builtInTSV` for what each means).
    public static let classes: Set<String> = [
        "stop", "month", "day", "direction", "common", "chrome", "title", "suffix", "before", "after", "of", "verb",
        "preposition",
    ]
    /// The values of `entity_candidates.kind_guess`.
    public static let kinds: Set<String> = ["person", "organization", "media", "place", "state", "event", "other"]

    /// Words that are never a name or its edge (every non-cue class, titles included).
    private(set) var stop: Set<String> = []
    private(set) var functionWords: Set<String> = []
    /// Words that are never a name alone but may be part of one ("Eastern" in "Eastern Economic Forum").
    private(set) var loneStop: Set<String> = []
    private(set) var titles: Set<String> = []
    private(set) var suffix: [String: String] = [:]
    private(set) var before: [String: String] = [:]
    private(set) var after: [String: String] = [:]
    private(set) var roleOf: [String: String] = [:]
    private(set) var verbs: [String: String] = [:]
    private(set) var prepositions: [String: String] = [:]

    /// The built-in words only.
    public static let builtIn: CandidateWords = {
        var words = CandidateWords()
        if let table = try? TSVTable(name: "CandidateWords.builtInTSV", text: builtInTSV) {
            try? words.add(table)
        }
        return words
    }()

    private init() {}

    /// The built-in words plus those of a table (e.g. data/lexicon/candidate-stopwords.tsv).
    ///
    /// - Throws: `LexiconError` for an unknown class or kind.
    public init(table: TSVTable, adding base: CandidateWords = .builtIn) throws {
        self = base
        try add(table)
    }

    /// Reads candidate-stopwords.tsv and adds it to the built-in words.
    public init(contentsOf url: URL) throws {
        try self.init(table: TSVTable(contentsOf: url, requiredColumns: ["word", "class"]))
    }

    private mutating func add(_ table: TSVTable) throws {
        for record in table.records {
            guard let word = record["word"]?.lowercased(), let wordClass = record["class"] else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "a line needs a word and a class")
            }
            guard Self.classes.contains(wordClass) else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "unknown class '\(wordClass)'")
            }
            let kind = record["kind"] ?? ""
            let isCue = !["stop", "month", "day", "direction", "common", "chrome", "title"].contains(wordClass)
            if isCue, !Self.kinds.contains(kind) {
                throw LexiconError(file: record.file, line: record.lineNumber,
                                   message: "class '\(wordClass)' needs a kind: \(Self.kinds.sorted().joined(separator: ", "))")
            }
            switch wordClass {
            case "suffix": suffix[word] = kind
            case "before": before[word] = kind
            case "after": after[word] = kind
            case "of": roleOf[word] = kind
            case "verb": verbs[word] = kind
            case "preposition": prepositions[word] = kind
            case "direction":
                loneStop.insert(word)
            case "title":
                titles.insert(word)
                stop.insert(word)
            default:
                if wordClass == "stop" { functionWords.insert(word) }
                stop.insert(word)
            }
        }
    }
}
