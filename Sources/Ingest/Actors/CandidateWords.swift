import Domain
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
    /// The classes a word may have (candidate-stopwords.tsv says what each means).
    public static let classes: Set<String> = [
        "stop", "month", "day", "direction", "common", "chrome", "title", "suffix", "before", "after", "of", "verb",
        "preposition",
    ]

    /// Words that are never a name or its edge (every non-cue class, titles included).
    private(set) var stop: Set<String> = []
    private(set) var functionWords: Set<String> = []
    /// Words that are never a name alone but may be part of one ("Eastern" in "Eastern Economic Forum").
    private(set) var loneStop: Set<String> = []
    private(set) var titles: Set<String> = []
    private(set) var suffix: [String: CandidateKind] = [:]
    private(set) var before: [String: CandidateKind] = [:]
    private(set) var after: [String: CandidateKind] = [:]
    private(set) var roleOf: [String: CandidateKind] = [:]
    private(set) var verbs: [String: CandidateKind] = [:]
    private(set) var prepositions: [String: CandidateKind] = [:]

    /// The built-in words (candidate-stopwords.tsv as compiled in), for code that runs without
    /// `Lexicons`. The file is checked by the tests; an error in it stops the program with its line.
    public static let builtIn: CandidateWords = {
        do {
            return try CandidateWords(table: LexiconLayers.builtIn.table(.candidateStopwords))
        } catch {
            preconditionFailure("the built-in candidate-stopwords.tsv cannot be read: \(error)")
        }
    }()

    private init() {}

    /// The words of a table (the layers of candidate-stopwords.tsv in force), and the month names of
    /// words.tsv (`month-names`, shared with the date parser) as stop words.
    ///
    /// - Throws: `LexiconError` for an unknown class or kind, with file and line.
    public init(table: TSVTable) throws {
        self.init()
        stop.formUnion(WordLists.builtIn.set(.monthNames))
        try add(table)
    }

    /// Reads a candidate-stopwords.tsv file on its own.
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
            let isCue = !["stop", "month", "day", "direction", "common", "chrome", "title"].contains(wordClass)
            let kind = CandidateKind(rawValue: record["kind"] ?? "") ?? .other
            if isCue, CandidateKind(rawValue: record["kind"] ?? "") == nil {
                throw LexiconError(
                    file: record.file, line: record.lineNumber,
                    message: "class '\(wordClass)' needs a kind: \(CandidateKind.spelled)")
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
