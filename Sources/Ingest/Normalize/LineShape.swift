import Domain

/// What the chrome and header rules look at in a clean line: its words, its length, how it ends.
/// Computed once per line, and the words only when a rule asks: every rule reads the same facts,
/// and most lines of an article are prose that no rule looks into past its length (computing their
/// words was a sixteenth of extraction, callgrind). A class for the lazy facts; one line's shape
/// stays on the thread that normalizes its document.
final class LineShape {
    let text: String
    /// The number of space-separated pieces (clean lines have single spaces, no edges).
    let wordCount: Int

    /// Runs of letters and digits, lower-cased: the line's vocabulary ("Share this article" gives
    /// ["share", "this", "article"]; "33 (31%)" gives ["33", "31"]).
    private(set) lazy var words: [String] = LineShape.lexicalWords(text)
    /// The words that are not numbers.
    private(set) lazy var letterWords: [String] = words.filter { $0.unicodeScalars.contains { LineShape.isLetter($0) } }
    /// Some word is a number.
    private(set) lazy var hasNumber: Bool = words.contains { $0.unicodeScalars.allSatisfy { DateParser.digitValue($0) != nil } }

    init(_ text: String) {
        self.text = text
        self.wordCount = text.isEmpty ? 0 : text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    }

    /// Space-separated pieces, as written. Computed on demand: rules look at the words of short
    /// lines only, and most lines of an article are long.
    var pieces: [String] { text.split(separator: " ").map(String.init) }

    var isEmpty: Bool { text.isEmpty }

    /// The last scalar that is not a closing quote or bracket.
    var finalMark: Unicode.Scalar? {
        text.unicodeScalars.last { !LineShape.closers.contains($0) }
    }

    /// Ends like a sentence: ".", "!", "…" (a "?" is checked apart: headings may be questions).
    var endsWithPeriod: Bool {
        guard let mark = finalMark else { return false }
        return mark == "." || mark == "!" || mark == "…"
    }

    var endsWithQuestion: Bool { finalMark == "?" }

    /// Ends with a mark that means the text goes on (",", ";", ":", a dash).
    var endsOpen: Bool {
        guard let mark = finalMark else { return false }
        return mark == "," || mark == ";" || mark == ":" || mark == "-" || mark == "–" || mark == "—"
    }

    var startsLowercase: Bool { text.unicodeScalars.first?.properties.isLowercase ?? false }
    var startsUppercase: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }

    /// The whole line is one quotation ("“Learn the language.”"): on a page's head, a teaser or a
    /// pull quote rather than the headline.
    var isWholeQuotation: Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, text.unicodeScalars.count > 2
        else { return false }
        return LineShape.openingQuotes.contains(first) && LineShape.closingQuotes.contains(last)
    }

    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "«", "„", "‘"]
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "»", "“", "’"]

    /// A line of running prose rather than a title, label or widget.
    var isProse: Bool { wordCount >= 15 || (wordCount >= 6 && endsWithPeriod) }

    /// Short and unpunctuated like a title or a link text.
    func isTitleLike(maxWords: Int) -> Bool {
        !isEmpty && wordCount <= maxWords && !endsWithPeriod && !endsOpen && !startsLowercase
    }

    /// Most content words capitalized: "Strengthening China-Russia Bilateral Partnership".
    var isTitleCase: Bool {
        let content = pieces.filter { !LineShape.minorWords.contains($0.lowercased()) }
        guard content.count >= 2 else { return false }
        let capitalized = content.filter { piece in
            guard
                let first = piece.unicodeScalars.first(where: { $0.properties.isAlphabetic || DateParser.digitValue($0) != nil })
            else { return true }
            return first.properties.isUppercase || DateParser.digitValue(first) != nil
        }
        return capitalized.count * 5 >= content.count * 4
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]", "›"]

    /// Words left lower-case in English title case.
    static let minorWords = WordLists.builtIn.set(.titleCaseMinorWords)

    /// `properties.isAlphabetic`, answered for ASCII without the Unicode tables.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    static func lexicalWords(_ text: String) -> [String] {
        // Built as UTF-8 bytes, ASCII lower-cased on the way; a word with other letters is
        // lower-cased whole by the standard library, as before.
        var words: [String] = []
        var current: [UInt8] = []
        var hasNonASCII = false
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            words.append(hasNonASCII ? word.lowercased() : word)
            current.removeAll(keepingCapacity: true)
            hasNonASCII = false
        }
        for s in text.unicodeScalars {
            if s.isASCII {
                let value = UInt8(truncatingIfNeeded: s.value)
                if value >= 0x41 && value <= 0x5A {
                    current.append(value | 0x20)
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    current.append(value)
                } else {
                    flush()
                }
            } else if s.properties.isAlphabetic {
                UTF8.encode(s) { current.append($0) }
                hasNonASCII = true
            } else {
                flush()
            }
        }
        flush()
        return words
    }
}
