/// Splits text into tokens: words, numbers, possessive endings and punctuation.
///
/// Rules, chosen for English news and opinion text:
/// - a word is a run of letters, digits and combining marks, with an inner apostrophe kept when a
///   letter other than a lone "s" follows ("don't", "O'Neill"), and inner dots kept for dotted
///   abbreviations ("U.S.", "e.g.");
/// - "'s" / "’s" after a word is its own `.possessive` token, so "China’s" gives "China" + "’s";
/// - hyphens split words ("Sino-Russian" gives "Sino", "-", "Russian"), so actor matching sees the
///   parts;
/// - every other visible scalar is a one-scalar `.punctuation` token; white space is dropped.
public enum Tokenizer {
    /// Tokenizes `span` of `text` (the whole text by default).
    public static func tokenize(_ text: ScalarText, in span: TextSpan? = nil) -> [Token] {
        let scalars = text.scalars
        let range = span ?? text.fullSpan
        var tokens: [Token] = []
        tokens.reserveCapacity(range.length / 5)
        var i = range.start
        let end = range.end

        func emit(_ kind: Token.Kind, _ from: Int, _ to: Int) {
            let tokenSpan = TextSpan(start: from, end: to)
            tokens.append(Token(kind: kind, span: tokenSpan, text: text[tokenSpan]))
        }

        while i < end {
            let scalar = scalars[i]
            if isWhitespace(scalar) {
                i += 1
                continue
            }
            if isApostrophe(scalar), !tokens.isEmpty, tokens[tokens.count - 1].span.end == i,
                tokens[tokens.count - 1].kind == .word
            {
                // Possessive: "’s" followed by a non-letter, or a bare "’" after a word ending in s.
                if isPossessiveEnding(scalars, apostrophe: i, end: end) {
                    emit(.possessive, i, i + 2)
                    i += 2
                    continue
                }
                let previous = tokens[tokens.count - 1].text
                if previous.hasSuffix("s"), i + 1 >= end || !isWordScalar(scalars[i + 1]) {
                    emit(.possessive, i, i + 1)
                    i += 1
                    continue
                }
            }
            if isWordScalar(scalar) {
                let start = i
                var allDigits = true
                while i < end {
                    let s = scalars[i]
                    if isWordScalar(s) {
                        if !isDigit(s) { allDigits = false }
                        i += 1
                    } else if isApostrophe(s), i + 1 < end, isLetter(scalars[i + 1]),
                        !isPossessiveEnding(scalars, apostrophe: i, end: end)
                    {
                        i += 1  // inner apostrophe: "don't", "O'Neill"
                    } else if s == ".", allDigits, i + 1 < end, isDigit(scalars[i + 1]) {
                        i += 1  // decimal point: 2.5
                    } else if s == ",", allDigits, isThousandsSeparator(scalars, comma: i, end: end) {
                        i += 1  // 1,000
                    } else if s == ".", !allDigits, isDottedAbbreviation(scalars, start: start, dot: i, end: end) {
                        i += 1  // U.S., e.g.
                    } else {
                        break
                    }
                }
                emit(allDigits ? .number : .word, start, i)
                continue
            }
            emit(.punctuation, i, i + 1)
            i += 1
        }
        return tokens
    }

    // ASCII fast paths: Unicode property lookups were the tokenizer's main cost (perf, `make bench`).
    // For ASCII they answer exactly as the tables below: White_Space is TAB...CR and SPACE,
    // Alphabetic is A-Z a-z, a numeric type only 0-9, and no ASCII scalar is a nonspacing mark.

    /// Unicode White_Space.
    @inline(__always)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// Letters, digits and combining marks.
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) }
        return s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        return s.properties.isAlphabetic
    }
    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" }

    /// "’s" followed by a non-letter.
    static func isPossessiveEnding(_ scalars: [Unicode.Scalar], apostrophe i: Int, end: Int) -> Bool {
        i + 1 < end && (scalars[i + 1] == "s" || scalars[i + 1] == "S") && (i + 2 >= end || !isWordScalar(scalars[i + 2]))
    }

    /// A comma followed by exactly three digits: "1,000" but not "2019, 2020".
    static func isThousandsSeparator(_ scalars: [Unicode.Scalar], comma i: Int, end: Int) -> Bool {
        guard i + 3 < end else { return false }
        guard (1...3).allSatisfy({ isDigit(scalars[i + $0]) }) else { return false }
        return i + 4 >= end || !isWordScalar(scalars[i + 4])
    }

    /// "U.S." / "e.g.": single letters each followed by a dot. Called at a dot inside a word.
    private static func isDottedAbbreviation(_ scalars: [Unicode.Scalar], start: Int, dot: Int, end: Int) -> Bool {
        // The part before this dot must be single letters separated by dots: "U", "U.S", "e.g".
        var k = start
        while k < dot {
            guard isLetter(scalars[k]), k + 1 == dot || scalars[k + 1] == "." else { return false }
            k += 2
        }
        // Keep the dot when another single letter follows ("U.S") or the abbreviation is complete ("U.S.").
        if dot + 1 < end, isLetter(scalars[dot + 1]), dot + 2 >= end || !isWordScalar(scalars[dot + 2]) {
            return true
        }
        return dot - start >= 3  // "U.S" + "." : at least two letters before the final dot
    }
}
