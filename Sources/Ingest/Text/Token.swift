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

    public init(kind: Kind, span: TextSpan, text: String) {
        self.kind = kind
        self.span = span
        self.text = text
    }

    /// The token lower-cased, with typographic apostrophes folded to "'".
    public var folded: String { text.lowercased().replacingOccurrences(of: "’", with: "'") }

    /// True when the first scalar is an upper-case letter.
    public var isCapitalized: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }

    public var isWord: Bool { kind == .word }
}
