import Domain
import Foundation

/// The discourse cues of `data/lexicon/link-cues.tsv`: words that make one claim support or attack
/// another ("To sum up", "However", "The reasons:", "because").
///
/// ```swift
/// let cues = try LinkCueLexicon(contentsOf: URL(fileURLWithPath: "data/lexicon/link-cues.tsv"))
/// let links = ArgumentLinker(cues: cues).links(claims: claims, in: document)
/// ```
public struct LinkCueLexicon: Sendable {
    /// Which claims a cue links; see the header of link-cues.tsv.
    public enum Target: String, Sendable {
        case previous
        case fromPrevious = "from_previous"
        case section, list, reason, concession
    }

    public enum Position: String, Sendable { case start, any }

    public struct Cue: Sendable {
        /// The cue as written in the lexicon.
        public let text: String
        /// Folded tokens to match.
        let words: [String]
        public let type: ExtractedLink.LinkType
        public let target: Target
        public let position: Position
        /// Words (folded) that cancel the cue when among the next three tokens; "#number" = a number.
        let unlessNext: Set<String>
    }

    public let cues: [Cue]
    /// First cue word -> cue indexes, longest cue first.
    private let byFirstWord: WordTable<[Int]>

    static let requiredColumns = ["cue", "type", "target", "position"]

    /// - Throws: `LexiconError` for a row argkb cannot use.
    public init(table: TSVTable) throws {
        for column in Self.requiredColumns where !table.header.contains(column) {
            throw LexiconError(file: table.name, line: 1, message: "missing column '\(column)' in the header row")
        }
        var cues: [Cue] = []
        for record in table.records {
            func fail(_ message: String) -> LexiconError {
                LexiconError(file: record.file, line: record.lineNumber, message: message)
            }
            guard let text = record["cue"] else { throw fail("empty cue") }
            let words = Tokenizer.tokenize(ScalarText(text)).map(\.folded)
            guard !words.isEmpty else { throw fail("empty cue") }
            guard let type = record["type"].flatMap(ExtractedLink.LinkType.init(rawValue:)), type != .rephrases else {
                throw fail("type must be 'supports' or 'attacks'")
            }
            guard let target = record["target"].flatMap(Target.init(rawValue:)) else {
                throw fail("target must be previous, from_previous, section, list, reason or concession")
            }
            guard let position = record["position"].flatMap(Position.init(rawValue:)) else {
                throw fail("position must be 'start' or 'any'")
            }
            let unless = Set(record.list("unless_next").map { $0.lowercased() })
            cues.append(Cue(text: text, words: words, type: type, target: target, position: position, unlessNext: unless))
        }
        var index: [String: [Int]] = [:]
        for (offset, cue) in cues.enumerated() { index[cue.words[0], default: []].append(offset) }
        for key in index.keys { index[key]?.sort { cues[$0].words.count > cues[$1].words.count } }
        self.cues = cues
        self.byFirstWord = WordTable(index.map { ($0.key, $0.value) })
    }

    /// Reads and compiles a `link-cues.tsv` file.
    public init(contentsOf url: URL) throws {
        try self.init(table: TSVTable(contentsOf: url))
    }

    /// The cues found in `tokens`, each once, with the token index where it starts. `start` cues
    /// only count at `opening` (the first token after quotes and a leading "And").
    func cues(in tokens: [Token], opening: Int) -> [(cue: Cue, at: Int)] {
        var found: [(cue: Cue, at: Int)] = []
        var seen: Set<Int> = []
        for start in tokens.indices {
            guard let indexes = byFirstWord[tokens[start]] else { continue }
            for index in indexes where !seen.contains(index) {
                let cue = cues[index]
                guard start + cue.words.count <= tokens.count,
                    cue.words.indices.allSatisfy({ tokens[start + $0].folded == cue.words[$0] })
                else { continue }
                if cue.position == .start && start != opening { continue }
                let after = (start + cue.words.count)..<min(tokens.count, start + cue.words.count + 3)
                let cancelled = after.contains { offset in
                    cue.unlessNext.contains(tokens[offset].folded)
                        || (cue.unlessNext.contains("#number") && tokens[offset].kind == .number)
                }
                if cancelled { continue }
                seen.insert(index)
                found.append((cue, start))
            }
        }
        return found
    }
}
