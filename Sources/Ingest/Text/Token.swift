/// A word, number or punctuation mark of a sentence, with its place in the source text.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Letters (and digits mixed in), with inner apostrophes ("don't") or dots ("U.S.").
        case word
        /// Digits, with inner separators ("2.5", "1,000", "2019").
        case number
        /// A possessive ending split off its word: "'s", "’s", or a lone "’" after a plural.
        case possessive
        /// Any other single scalar that is not white space: . , ; : - — ( ) " “ ” …
        case punctuation
    }

    public let kind: Kind
    public let span: TextSpan
    /// The token as written.
    public let text: String

    /// The token lower-cased, with typographic apostrophes folded to "'".
    ///
    /// Stored, not computed: the matchers compare it for every token against every trie and word
    /// list, and computing it each time (with Foundation's `replacingOccurrences`) was half of the
    /// extraction time (`make bench`, perf).
    public let folded: String
    /// `WordKey.of(folded)`, for the phrase tries.
    let key: UInt64

    public init(kind: Kind, span: TextSpan, text: String) {
        self.kind = kind
        self.span = span
        self.text = text
        self.folded = Token.fold(text)
        self.key = WordKey.of(folded)
    }

    /// `text.lowercased()` with "’" replaced by "'"; the common case (lower-case ASCII) is the text itself.
    static func fold(_ text: String) -> String {
        var text = text
        // One pass over the bytes: lower-case ASCII is returned as it is, other ASCII is lowered
        // byte by byte (a capitalized word), and only non-ASCII goes to `lowercased()`.
        let ascii: (isLower: Bool, isASCII: Bool) = text.withUTF8 { bytes in
            var isLower = true
            for byte in bytes {
                if byte >= 0x80 { return (false, false) }
                if byte >= 0x41, byte <= 0x5A { isLower = false }
            }
            return (isLower, true)
        }
        if ascii.isLower { return text }
        if ascii.isASCII {
            return text.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (index, byte) in bytes.enumerated() {
                        buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    }
                    return bytes.count
                }
            }
        }
        let lower = text.lowercased()
        guard lower.unicodeScalars.contains("’") else { return lower }
        var view = String.UnicodeScalarView()
        for scalar in lower.unicodeScalars { view.append(scalar == "’" ? "'" : scalar) }
        return String(view)
    }

    /// True when the first scalar is an upper-case letter.
    public var isCapitalized: Bool {
        guard let byte = text.utf8.first else { return false }
        if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }  // ASCII: only A-Z is Uppercase
        return text.unicodeScalars.first?.properties.isUppercase ?? false
    }

    public var isWord: Bool { kind == .word }
}
