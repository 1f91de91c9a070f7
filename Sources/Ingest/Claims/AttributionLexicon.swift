import Foundation

/// The reporting verbs and phrases of `data/lexicon/attribution.tsv`.
///
/// Columns: `pattern` (required; `{S}` marks the speaker: "{S} said", "according to {S}",
/// "in {S} opinion"), `kind` (speech, view, source, quote, impersonal), `needs` (a word that must
/// follow in the clause), `notes`.
public struct AttributionLexicon: Sendable {
    /// Where the speaker stands relative to the cue words.
    public enum Shape: Sendable, Hashable {
        /// "{S} said": the speaker's noun phrase ends right before the cue.
        case speakerBefore
        /// "according to {S}": the speaker's noun phrase starts right after the cue.
        case speakerAfter
        /// "in {S} opinion": the speaker stands between `prefix` and the cue.
        case speakerBetween(prefix: [String])
        /// "it is said": no speaker named in the pattern.
        case impersonal
    }

    public enum Kind: String, Sendable {
        case speech, view, source, quote, impersonal
    }

    /// One row.
    public struct Pattern: Sendable, Hashable {
        public let text: String
        public let kind: Kind
        public let shape: Shape
        /// The words matched as the cue (after `{S}`, or before it for `speakerAfter`).
        public let anchor: [String]
        public let needs: String?
    }

    public let patterns: [Pattern]
    /// Anchor words → the patterns that share them.
    let matcher: CueMatcher<[Int]>

    /// Reads the table.
    ///
    /// - Throws: `LexiconError` for a missing column, an unknown kind, or a pattern with no words.
    public init(table: TSVTable) throws {
        guard table.header.contains("pattern") else {
            throw LexiconError(file: table.name, line: 1, message: "attribution table needs column 'pattern'")
        }
        var patterns: [Pattern] = []
        for record in table.records {
            guard let text = record["pattern"] else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "empty pattern")
            }
            let kindName = record["kind"] ?? (text.contains("{S}") ? "speech" : "impersonal")
            guard let kind = Kind(rawValue: kindName) else {
                throw LexiconError(file: record.file, line: record.lineNumber, message: "unknown kind '\(kindName)'")
            }
            guard let pattern = AttributionLexicon.parse(text, kind: kind, needs: record["needs"]) else {
                throw LexiconError(
                    file: record.file, line: record.lineNumber,
                    message: "pattern '\(text)' needs words besides {S}, and at most one {S}")
            }
            patterns.append(pattern)
        }
        self.patterns = patterns
        var byAnchor: [[String]: [Int]] = [:]
        var order: [[String]] = []
        for (index, pattern) in patterns.enumerated() {
            if byAnchor[pattern.anchor] == nil { order.append(pattern.anchor) }
            byAnchor[pattern.anchor, default: []].append(index)
        }
        matcher = CueMatcher(tokenizedPhrases: order.map { ($0, byAnchor[$0] ?? []) })
    }

    static func parse(_ text: String, kind: Kind, needs: String?) -> Pattern? {
        let parts = text.components(separatedBy: "{S}")
        let needsWord = needs.map { CueMatcher<Int>.fold($0).joined(separator: " ") }
        switch parts.count {
        case 1:
            let words = CueMatcher<Int>.fold(text)
            return words.isEmpty ? nil : Pattern(text: text, kind: kind, shape: .impersonal, anchor: words, needs: needsWord)
        case 2:
            let before = CueMatcher<Int>.fold(parts[0])
            let after = CueMatcher<Int>.fold(parts[1])
            if before.isEmpty, !after.isEmpty {
                return Pattern(text: text, kind: kind, shape: .speakerBefore, anchor: after, needs: needsWord)
            }
            if !before.isEmpty, after.isEmpty {
                return Pattern(text: text, kind: kind, shape: .speakerAfter, anchor: before, needs: needsWord)
            }
            if !before.isEmpty, !after.isEmpty {
                return Pattern(text: text, kind: kind, shape: .speakerBetween(prefix: before), anchor: after, needs: needsWord)
            }
            return nil
        default:
            return nil
        }
    }
}
