import Domain

/// A line of a PDF's body in reading order, its text made (`PDFLineText`), with the geometry
/// that tells where paragraphs end.
struct PDFTextLine: Equatable {
    var text: String
    var page: Int
    var number: Int
    var xMin, xMax, yMin, yMax, height: Double
    var column: Int
    var band: Int
    /// The left and right edges of the lines of its column on its page.
    var left, right: Double
}

/// A paragraph rebuilt from lines: its text, kind, the page and line it starts on, its type size.
struct PDFParagraph: Equatable {
    var text: String
    var kind: ParagraphKind
    var page: Int
    var line: Int
    var height: Double
    var lineCount: Int
}

/// Rebuilds paragraphs from a PDF's lines, as a reader sees them: a paragraph ends at a gap
/// taller than seven tenths of a line, at a change of type size, at a list item, and after a line
/// that ends a sentence short of the column's edge or before an indented line. It goes on into
/// the next column or page when its last line reached the edge without ending a sentence, or the
/// next line starts in lower case. Lines join with a space; a word hyphenated at a line's end
/// is joined again ("rela-" "tionship" gives "relationship"), unless the document writes the
/// compound with its hyphen elsewhere ("well-known").
enum PDFParagraphs {
    static func build(_ lines: [PDFTextLine], bodyHeight: Double, compounds: Set<String>) -> [PDFParagraph] {
        var paragraphs: [PDFParagraph] = []
        var previous: PDFTextLine?
        for line in lines {
            if let last = previous, !paragraphs.isEmpty, !breaks(between: last, and: line) {
                let index = paragraphs.count - 1
                paragraphs[index].text = join(paragraphs[index].text, line.text, compounds: compounds)
                paragraphs[index].lineCount += 1
            } else {
                paragraphs.append(
                    PDFParagraph(
                        text: line.text, kind: .body, page: line.page, line: line.number,
                        height: line.height, lineCount: 1))
            }
            previous = line
        }
        return paragraphs.map { paragraph in
            var paragraph = paragraph
            (paragraph.kind, paragraph.text) = kind(of: paragraph, bodyHeight: bodyHeight)
            return paragraph
        }
    }

    /// True when `next` starts a new paragraph after `line`.
    static func breaks(between line: PDFTextLine, and next: PDFTextLine) -> Bool {
        if abs(next.height - line.height) > 0.2 * max(next.height, line.height) { return true }
        if startsListItem(next.text) { return true }
        let reachedEdge = line.xMax >= line.right - 0.15 * max(1, line.right - line.left)
        guard line.page == next.page, line.column == next.column, line.band == next.band else {
            // Into the next column or page: only a sentence left open goes on.
            return endsSentence(line.text) || !(startsLowercase(next.text) || reachedEdge)
        }
        let gap = next.yMin - line.yMax
        if gap > 0.7 * min(line.height, next.height) || gap < -line.height { return true }
        let indented = next.xMin - next.left > 1.2 * next.height
        return endsSentence(line.text) && (indented || !reachedEdge)
    }

    /// The two lines' texts joined: a hyphenated word made whole again ("rela-" "tionship"), a
    /// compound kept ("well-" "known" when the document writes "well-known", "China-" "Russia"),
    /// or a space.
    static func join(_ text: String, _ next: String, compounds: Set<String>) -> String {
        if text.hasSuffix("\u{AD}") { return String(text.dropLast()) + next }
        guard text.hasSuffix("-"), let before = text.dropLast().last, before.isLetter, let first = next.first, first.isLetter
        else {
            return text + " " + next
        }
        if first.isUppercase { return text + next }
        let head = text.dropLast().split(separator: " ").last.map(String.init) ?? ""
        let tail = next.split(separator: " ").first.map(String.init) ?? ""
        if compounds.contains(compoundKey(head + "-" + tail)) { return text + next }
        return String(text.dropLast()) + next
    }

    /// A hyphenated word as compared: lower-cased, the punctuation around it removed.
    static func compoundKey(_ word: String) -> String {
        String(word.lowercased().drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed())
    }

    /// The hyphenated words a document writes whole in its lines (a word split at a line's end,
    /// "fore-", is not one).
    static func compounds(in lines: [String]) -> Set<String> {
        var result = Set<String>()
        for line in lines {
            for word in line.split(separator: " ") where word.contains("-") {
                let key = compoundKey(String(word))
                if key.contains("-"), !key.hasSuffix("-") { result.insert(key) }
            }
        }
        return result
    }

    /// The paragraph's kind, and its text without a bullet glyph for a list item.
    static func kind(of paragraph: PDFParagraph, bodyHeight: Double) -> (ParagraphKind, String) {
        let text = paragraph.text
        if let first = text.unicodeScalars.first, bullets.contains(first), text.unicodeScalars.dropFirst().first == " " {
            return (.listItem, String(text.unicodeScalars.dropFirst(2)))
        }
        if startsListItem(text) { return (.listItem, text) }
        let words = text.split(separator: " ").count
        let larger = paragraph.height >= 1.15 * bodyHeight
        if paragraph.lineCount <= 2, words <= 12, !endsSentence(text), !text.hasSuffix(","), !text.hasSuffix(";"),
            let first = text.first, first.isUppercase || first.isNumber, larger || (paragraph.lineCount == 1 && words <= 8)
        {
            return (.heading, text)
        }
        return (.body, text)
    }

    /// Bullet glyphs (dashes are left out: a wrapped line may start with a dash of the sentence).
    static let bullets: Set<Unicode.Scalar> = ["•", "◦", "▪", "‣", "●", "○", "■", "*"]

    /// A bullet glyph and a space, or an enumeration ("1. ", "2) ", "a) ").
    static func startsListItem(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        if scalars.count >= 2, bullets.contains(scalars[0]), scalars[1] == " " { return true }
        var i = 0
        while i < scalars.count, scalars[i].properties.numericType != nil { i += 1 }
        if i == 0, scalars.count >= 3, ("a"..."z").contains(scalars[0]), scalars[1] == ")", scalars[2] == " " { return true }
        guard (1...2).contains(i), i + 1 < scalars.count else { return false }
        return (scalars[i] == "." || scalars[i] == ")") && scalars[i + 1] == " "
    }

    /// Ends with . ! ? or … (closing quotes and brackets aside).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !"\"'”’)]".unicodeScalars.contains($0) }) else { return false }
        return ".!?…".unicodeScalars.contains(last)
    }

    static func startsLowercase(_ text: String) -> Bool {
        text.first?.isLowercase ?? false
    }
}
