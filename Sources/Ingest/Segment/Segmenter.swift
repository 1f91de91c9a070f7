/// Splits paragraphs into sentences, with spans in Unicode scalars of the normalized text.
///
/// ```swift
/// let text = ScalarText("Mr. Li met U.S. officials. Talks went on.")
/// let sentences = Segmenter().sentences(in: text, paragraphs: [Paragraph(span: text.fullSpan, kind: .body)])
/// sentences.map { text[$0.span] }   // ["Mr. Li met U.S. officials.", "Talks went on."]
/// ```
///
/// A sentence ends at ".", "!", "?", "…" or "..." (with the closing quotes and brackets right after
/// them) when white space and then something other than a lower-case letter follow, unless the dot
/// ends an abbreviation (`Abbreviations`), an initial ("J. R. Smith"), or a list marker ("I.", "1.").
/// Titles and headings are one sentence each, punctuated or not. A sentence never crosses a paragraph.
public struct Segmenter: Sendable {
    public init() {}

    /// The sentences of `paragraphs`, in order. `text[sentence.span]` is the sentence, trimmed.
    public func sentences(in text: ScalarText, paragraphs: [Paragraph]) -> [Sentence] {
        var sentences: [Sentence] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let span = text.trimmed(paragraph.span)
            guard !span.isEmpty else { continue }
            if paragraph.kind == .title || paragraph.kind == .heading {
                sentences.append(Sentence(paragraphIndex: index, span: span))
                continue
            }
            for piece in split(text, span) {
                sentences.append(Sentence(paragraphIndex: index, span: piece))
            }
        }
        return sentences
    }

    /// The sentence spans of one paragraph.
    func split(_ text: ScalarText, _ span: TextSpan) -> [TextSpan] {
        let s = text.scalars
        let end = span.end
        var spans: [TextSpan] = []
        var start = span.start
        var i = span.start
        // Whether the sentence so far holds a letter or digit, kept as the scan goes (no rescans).
        var sawContent = false
        while i < end {
            guard Self.isTerminator(s[i]) else {
                if !sawContent, Self.isContent(s[i]) { sawContent = true }
                i += 1
                continue
            }
            var j = i + 1
            while j < end, Self.isTerminator(s[j]) { j += 1 }
            while j < end, Self.isCloser(s[j]) { j += 1 }
            let cut: Int?
            if j == end {
                cut = nil  // the paragraph's end closes the sentence anyway
            } else if s[j].properties.isWhitespace {
                cut = endsSentence(s, terminator: i, after: j, sentenceStart: start, end: end) ? j : nil
            } else {
                cut = isGluedSentenceEnd(s, terminator: i, next: j, end: end) ? j : nil
            }
            if let cut, sawContent, !isListMarker(s, start, i) {
                spans.append(text.trimmed(TextSpan(start: start, end: cut)))
                start = cut
                sawContent = false
            }
            // Closing quotes skipped above hold no letters; the new sentence starts empty.
            i = j
        }
        let last = text.trimmed(TextSpan(start: start, end: end))
        if !last.isEmpty {
            // A tail with no word ("(…)") belongs to the sentence before it.
            if !hasContent(s, last.start, last.end), let previous = spans.popLast() {
                spans.append(TextSpan(start: previous.start, end: last.end))
            } else {
                spans.append(last)
            }
        }
        return spans
    }

    /// At white space after terminator(s) starting at `terminator`: is this a sentence end?
    private func endsSentence(_ s: [Unicode.Scalar], terminator: Int, after: Int, sentenceStart: Int, end: Int) -> Bool {
        var k = after
        while k < end, s[k].properties.isWhitespace { k += 1 }
        guard k < end else { return true }
        while k < end, Self.isOpener(s[k]) { k += 1 }
        guard k < end else { return true }
        if s[k].properties.isLowercase { return false }
        // "?", "!", "…" and "...": the next word is not lower-case, so a new sentence starts.
        let isSingleDot =
            s[terminator] == "." && (terminator + 1 >= end || s[terminator + 1] != ".")
            && (terminator == 0 || s[terminator - 1] != ".")
        guard isSingleDot else { return true }
        let word = wordBefore(s, dot: terminator, from: sentenceStart)
        return dotEndsSentence(after: word, next: nextWord(s, from: k, end: end))
    }

    /// Whether a dot after `word` ends the sentence, given the next word (its first scalar is not
    /// lower-case).
    func dotEndsSentence(after word: String, next: String) -> Bool {
        guard !word.isEmpty else { return true }
        let lower = word.lowercased()
        let nextIsNumber = next.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? false
        let nextIsOpener = Abbreviations.sentenceOpeners.contains(next.lowercased())
        if Abbreviations.titles.contains(word) || Abbreviations.joining.contains(lower) { return false }
        if Abbreviations.beforeNumber.contains(word), nextIsNumber { return false }
        let scalars = Array(word.unicodeScalars)
        // An initial: "J. R. Smith", "Vladimir V. Putin".
        if scalars.count == 1, scalars[0].properties.isUppercase { return false }
        // Dotted abbreviations ("U.S", "U.K", "a.m") and ambiguous ones ("etc", "Inc"): a sentence
        // ends only when a usual opener follows.
        if scalars.contains("."), scalars.allSatisfy({ $0 == "." || $0.properties.isAlphabetic }) { return nextIsOpener }
        if Abbreviations.ambiguous.contains(lower) { return nextIsOpener }
        return true
    }

    /// "end.The": a dot glued to a capitalised word after a lower-case word is a missing space, not
    /// an abbreviation ("U.S.", "2.5", "example.com" stay whole).
    private func isGluedSentenceEnd(_ s: [Unicode.Scalar], terminator: Int, next: Int, end: Int) -> Bool {
        guard next - terminator == 1, next + 1 < end, s[next].properties.isUppercase,
            s[next + 1].properties.isLowercase, terminator >= 2
        else { return false }
        return s[terminator - 1].properties.isLowercase && s[terminator - 2].properties.isLowercase
    }

    /// The word ending right before `dot`, without opening quotes or brackets.
    private func wordBefore(_ s: [Unicode.Scalar], dot: Int, from start: Int) -> String {
        var k = dot
        while k > start, !s[k - 1].properties.isWhitespace, !Self.isOpener(s[k - 1]) { k -= 1 }
        return string(s[k..<dot])
    }

    /// The word starting at `k` (letters, digits, inner dots).
    private func nextWord(_ s: [Unicode.Scalar], from k: Int, end: Int) -> String {
        var e = k
        while e < end, s[e].properties.isAlphabetic || ("0"..."9").contains(s[e]) { e += 1 }
        return string(s[k..<e])
    }

    /// Some letter or digit between `from` and `to`.
    private func hasContent(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        s[from..<to].contains(where: Self.isContent)
    }

    private static func isContent(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || ("0"..."9").contains(c)
    }

    /// "I", "IV", "12", "a", "(b": the text before the dot is only an enumeration marker.
    private func isListMarker(_ s: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        var piece = s[from..<to].drop { $0.properties.isWhitespace || $0 == "(" }
        while let last = piece.last, last.properties.isWhitespace { piece = piece.dropLast() }
        guard !piece.isEmpty, piece.count <= 4 else { return false }
        return piece.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
            || piece.allSatisfy { ("0"..."9").contains($0) }
            || (piece.count == 1 && piece.allSatisfy { $0.properties.isLowercase })
    }

    private func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", "‼", "⁇", "⁈", "⁉"]

    // Membership tests for every scalar of a text: letters and spaces, most of them, are answered
    // without hashing (the set lookups were a tenth of segmenting).
    static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s == "." || s == "!" || s == "?") : terminators.contains(s)
    }

    static func isCloser(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == "\"" || s == "'" || s == ")" || s == "]" || s == "}" }
        return closers.contains(s)
    }

    static func isOpener(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == "\"" || s == "'" || s == "(" || s == "[" || s == "{" }
        return openers.contains(s)
    }
    /// Closing quotes and brackets that stay with the sentence they close: `…rule it out".`, `“Yes.”`.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]", "}", "›"]
    /// Opening quotes and brackets that may precede a sentence's first word.
    static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "«", "(", "[", "{", "‹", "„"]
}
