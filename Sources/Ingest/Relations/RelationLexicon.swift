import Domain
import Foundation

/// The relation patterns of `data/lexicon/relations.tsv`, compiled once and indexed by their
/// anchor word so that a sentence is scanned in O(tokens × patterns sharing an anchor).
///
/// ```swift
/// let lexicon = try RelationLexicon(contentsOf: URL(fileURLWithPath: "data/lexicon/relations.tsv"))
/// let relations = RelationExtractor(lexicon: lexicon).relations(in: document)
/// ```
public struct RelationLexicon: Sendable {
    static let requiredColumns = ["pattern", "predicate", "quad_class", "form"]

    public let patterns: [RelationPattern]
    /// Anchor word -> pattern indexes.
    private let byExactAnchor: WordTable<[Int]>
    /// First three letters of an anchor prefix (`cooperat*` -> "coo") -> pattern indexes.
    private let byAnchorPrefix: WordTable<[Int]>

    /// Compiles the rows of a parsed table.
    ///
    /// - Throws: `LexiconError` naming the file and line of the first row argkb cannot use.
    public init(table: TSVTable) throws {
        for column in Self.requiredColumns where !table.header.contains(column) {
            throw LexiconError(file: table.name, line: 1, message: "missing column '\(column)' in the header row")
        }
        var patterns: [RelationPattern] = []
        for record in table.records {
            patterns.append(try Self.compile(record, file: record.file))
        }
        var exact: [String: [Int]] = [:]
        var prefixed: [String: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            guard case .word(let anchor, _)? = pattern.elements.first else { continue }
            for form in anchor.exact { exact[form, default: []].append(index) }
            for prefix in anchor.prefixes { prefixed[String(prefix.prefix(3)), default: []].append(index) }
        }
        self.patterns = patterns
        self.byExactAnchor = WordTable(exact.map { ($0.key, $0.value) })
        self.byAnchorPrefix = WordTable(prefixed.map { ($0.key, $0.value) })
    }

    /// Reads and compiles a `relations.tsv` file.
    ///
    /// - Throws: `LexiconError` when the file cannot be read or a row is malformed.
    public init(contentsOf url: URL) throws {
        try self.init(table: TSVTable(contentsOf: url))
    }

    /// Indexes of the patterns whose anchor word accepts the token's folded form, without duplicates.
    func candidates(anchoredAt token: Token) -> [Int] {
        let folded = token.folded
        var result = byExactAnchor[token] ?? []
        if let prefix = Self.firstThreeCharacters(of: folded), let prefixed = byAnchorPrefix[prefix] {
            for index in prefixed where !result.contains(index) {
                if case .word(let anchor, _)? = patterns[index].elements.first, anchor.matches(folded) {
                    result.append(index)
                }
            }
        }
        return result
    }

    /// The word's first three characters, or nil when it has fewer. ASCII is read off the bytes
    /// (`count` and `prefix` walk grapheme clusters: two fifths of this lookup, callgrind); a fourth
    /// byte that is not ASCII may extend the third character (a combining mark), so it goes the slow way.
    static func firstThreeCharacters(of word: String) -> String? {
        var word = word
        let ascii: (isASCII: Bool, prefix: String?) = word.withUTF8 { bytes in
            for byte in bytes.prefix(4) where byte >= 0x80 { return (false, nil) }
            guard bytes.count >= 3 else { return (true, nil) }
            return (true, String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<3]), as: UTF8.self))
        }
        if ascii.isASCII { return ascii.prefix }
        return word.count >= 3 ? String(word.prefix(3)) : nil
    }

    private static func compile(_ record: TSVTable.Record, file: String) throws -> RelationPattern {
        func fail(_ message: String) -> LexiconError {
            LexiconError(file: file, line: record.lineNumber, message: message)
        }
        guard let text = record["pattern"] else { throw fail("empty pattern") }
        guard let predicate = record["predicate"].flatMap(RelationPredicate.init(rawValue:)) else {
            throw fail("unknown predicate '\(record["predicate"] ?? "")'; use \(RelationPredicate.spelled)")
        }
        guard let quadClass = record["quad_class"].flatMap(QuadClass.init(rawValue:)) else {
            throw fail("unknown quad_class '\(record["quad_class"] ?? "")'; use \(QuadClass.spelled)")
        }
        // The direction is the predicate's (Domain); a row that states one must state that one.
        if let direction = record["direction"], direction != predicate.direction.rawValue {
            throw fail("\(predicate.rawValue) is \(predicate.direction.rawValue), not '\(direction)'")
        }
        let isSymmetric = predicate.direction == .symmetric
        guard let formName = record["form"], let form = RelationPattern.CueForm(rawValue: formName) else {
            throw fail("form must be 'verb' or 'noun'")
        }
        let parsed: RelationPatternParser.Parsed
        do {
            parsed = try RelationPatternParser.parse(text)
        } catch {
            throw fail("pattern '\(text)': \(error.message)")
        }
        let pattern = RelationPattern(
            text: text, predicate: predicate, quadClass: quadClass, isSymmetric: isSymmetric, form: form,
            lineNumber: record.lineNumber, leading: parsed.leading, elements: parsed.elements)
        if !pattern.hasObject && !isSymmetric {
            throw fail("a pattern without Y pairs up the actors of X, so it must be symmetric")
        }
        return pattern
    }
}
