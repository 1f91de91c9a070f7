/// A footnote of a PDF page: its text as printed ("1 Ministry of Trade, annual report, 2023."),
/// its number, and its page.
struct PDFFootnote: Equatable {
    var text: String
    var number: String
    var page: Int
}

/// Finds the footnotes at the foot of a page: lines in its lower half set smaller than the body
/// text, one starting with a number (or * † ‡ §) and at least two more words, and the small lines
/// right under it that go on with it.
///
/// ```swift
/// let found = Footnotes.find(in: page, skipping: running, bodyHeight: 9.25)
/// found.notes.map(\.text)   // ["1 Ministry of Trade, annual report, 2023."]
/// ```
enum Footnotes {
    /// - Parameters:
    ///   - skipping: indices of lines already removed (running headers and footers).
    ///   - bodyHeight: the body text's type size (median line height of the document).
    /// - Returns: the notes in order, and the indices of their lines.
    static func find(in page: PDFPage, skipping: Set<Int>, bodyHeight: Double) -> (notes: [PDFFootnote], lines: Set<Int>) {
        let pageHeight = page.height > 0 ? page.height : (page.lines.map(\.yMax).max() ?? 0)
        let small = page.lines.indices.filter { index in
            let line = page.lines[index]
            return !skipping.contains(index) && line.height <= 0.9 * bodyHeight && line.yMin >= 0.5 * pageHeight
        }.sorted { a, b in
            // Notes set under each column of a two-column page: the left column's first.
            let (sideA, sideB) = (page.lines[a].xMin < page.width / 2 ? 0 : 1, page.lines[b].xMin < page.width / 2 ? 0 : 1)
            return (sideA, page.lines[a].yMin) < (sideB, page.lines[b].yMin)
        }
        var notes: [PDFFootnote] = []
        var lines = Set<Int>()
        var lastLine: PDFLine?
        for index in small {
            let line = page.lines[index]
            let text = PDFLineText.read(line, keepMarkers: true).text
            if let number = leadingNumber(text) {
                notes.append(PDFFootnote(text: text, number: number, page: page.number))
                lines.insert(index)
                lastLine = line
            } else if let last = lastLine, !notes.isEmpty, line.yMin - last.yMax < line.height, abs(line.xMin - last.xMin) < 40 {
                notes[notes.count - 1].text = joined(notes[notes.count - 1].text, text)
                lines.insert(index)
                lastLine = line
            }
        }
        return (notes, lines)
    }

    /// The number or symbol a footnote starts with, when two words or more follow it.
    static func leadingNumber(_ text: String) -> String? {
        let words = text.split(separator: " ")
        guard words.count >= 3, let first = words.first else { return nil }
        let number = first.hasSuffix(".") ? String(first.dropLast()) : String(first)
        return PDFLineText.isMarkerText(number) && !number.contains(",") ? number : nil
    }

    /// A line continued by the next: a hyphen at the end of a word joins the halves.
    static func joined(_ text: String, _ next: String) -> String {
        if text.hasSuffix("-"), let last = text.dropLast().last, last.isLetter, next.first?.isLowercase == true {
            return String(text.dropLast()) + next
        }
        return text + " " + next
    }
}
