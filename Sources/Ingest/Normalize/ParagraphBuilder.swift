/// Turns the kept lines into paragraphs with kinds, and the normalized text with their spans.
enum ParagraphBuilder {
    struct Block {
        var text: String
        var kind: Paragraph.Kind
        /// The raw line the paragraph starts on (to order links).
        var lineNumber: Int
    }

    /// One block per kept line, except that a line starting lower-case continues the body line
    /// right above it when that one does not end a sentence (hard-wrapped text).
    static func blocks(_ lines: [WorkLine]) -> [Block] {
        var blocks: [Block] = []
        var previousLine = -1
        for (index, line) in lines.enumerated() where line.hasText {
            defer { previousLine = index }
            let kind = kind(of: line)
            if kind == .body, previousLine == index - 1, let last = blocks.last, last.kind == .body,
                line.shape.startsLowercase, !lines[previousLine].shape.endsWithPeriod
            {
                blocks[blocks.count - 1].text += " " + line.kept
                continue
            }
            blocks.append(Block(text: line.kept, kind: kind, lineNumber: line.number))
        }
        return blocks
    }

    static func kind(of line: WorkLine) -> Paragraph.Kind {
        if line.isTitle { return .title }
        if line.hadBullet || hasEnumerationMarker(line.kept) { return .listItem }
        if isHeading(line.shape) { return .heading }
        return .body
    }

    /// A short line that names a section: Title Case ("Strengthening China-Russia Bilateral
    /// Partnership"), a short question ("How strong is the partnership?"), or one to three words.
    static func isHeading(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 12, !shape.endsWithPeriod, !shape.endsOpen, shape.startsUppercase else { return false }
        return shape.isTitleCase || shape.endsWithQuestion || shape.wordCount <= 3
    }

    /// "I. ", "IV. ", "1. ", "12) ", "a) ", "(b) ": an enumeration opening the line.
    static func hasEnumerationMarker(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars.prefix(8))
        var i = 0
        let bracketed = s.first == "("
        if bracketed { i = 1 }
        let start = i
        while i < s.count, isRoman(s[i]) { i += 1 }
        let roman = i > start
        if !roman {
            while i < s.count, DateParser.digitValue(s[i]) != nil { i += 1 }
        }
        let digits = !roman && i > start && i - start <= 2
        if !roman, !digits, i < s.count, ("a"..."z").contains(s[i]) { i += 1 }  // "a) ", "(b) "
        guard i > start, i + 1 < s.count else { return false }
        let closer = s[i]
        let lettered = !roman && !digits
        guard closer == ")" || (closer == "." && !lettered && !bracketed) else { return false }
        return s[i + 1] == " "
    }

    private static func isRoman(_ s: Unicode.Scalar) -> Bool { "IVXLC".unicodeScalars.contains(s) }

    /// Joins blocks with "\n\n" and gives each paragraph's span in scalars.
    static func assemble(_ blocks: [Block]) -> (text: String, paragraphs: [Paragraph]) {
        // A String with its capacity reserved: appending to a UnicodeScalarView copied the whole
        // text again and again (a 4 MB file spent a third of its ingest here).
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        var offset = 0
        for block in blocks {
            if !paragraphs.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let count = block.text.unicodeScalars.count
            text += block.text
            paragraphs.append(Paragraph(span: TextSpan(start: offset, length: count), kind: block.kind))
            offset += count
        }
        return (text, paragraphs)
    }
}
