import Domain

/// Finds a PDF's running headers and footers and its page numbers: lines in the top or bottom
/// two rows of a page (within its top or bottom 15%) whose text, digits aside, comes back on at
/// least half the pages in the same type size; and lines there that are only a page number
/// ("7", "Page 7", "7 of 12", "- 7 -", "vii").
///
/// ```swift
/// let running = RunningLines.find(pages)
/// running[PDFLinePosition(page: 2, line: 0)]   // .runningHeader ("Eurasia Outlook Report 2024")
/// ```
enum RunningLines {
    /// Each running line's position and reason.
    static func find(_ pages: [PDFPage]) -> [PDFLinePosition: RemovedLineReason] {
        var result: [PDFLinePosition: RemovedLineReason] = [:]
        var occurrences: [String: [(position: PDFLinePosition, height: Double)]] = [:]
        for (pageIndex, page) in pages.enumerated() {
            for lineIndex in marginLines(page) {
                let line = page.lines[lineIndex]
                let position = PDFLinePosition(page: pageIndex, line: lineIndex)
                if isPageNumber(line.plainText) {
                    result[position] = .pageNumber
                    continue
                }
                occurrences[key(line.plainText), default: []].append((position, line.height))
            }
        }
        let needed = max(2, (pages.count + 1) / 2)
        for (_, found) in occurrences where Set(found.map(\.position.page)).count >= needed {
            let heights = found.map(\.height).sorted()
            let typical = heights[heights.count / 2]
            for occurrence in found where abs(occurrence.height - typical) <= 0.2 * typical {
                result[occurrence.position] = .runningHeader
            }
        }
        return result
    }

    /// Lines of the first two and last two rows of a page, when those rows lie in its top or
    /// bottom 15%. A row is the lines whose tops are within 3 points of each other.
    static func marginLines(_ page: PDFPage) -> [Int] {
        let order = page.lines.indices.sorted { page.lines[$0].yMin < page.lines[$1].yMin }
        var rows: [[Int]] = []
        for index in order {
            if let last = rows.last?.last, abs(page.lines[last].yMin - page.lines[index].yMin) <= 3 {
                rows[rows.count - 1].append(index)
            } else {
                rows.append([index])
            }
        }
        let height = page.height > 0 ? page.height : (page.lines.map(\.yMax).max() ?? 0)
        var result: [Int] = []
        for row in rows.prefix(2) where row.allSatisfy({ page.lines[$0].yMax <= 0.15 * height }) { result += row }
        for row in rows.suffix(2) where row.allSatisfy({ page.lines[$0].yMin >= 0.85 * height }) {
            result += row.filter { !result.contains($0) }
        }
        return result
    }

    /// The text compared across pages: lower-cased, every run of digits as "#".
    static func key(_ text: String) -> String {
        var result = ""
        var inDigits = false
        for character in text.lowercased() {
            if character.isNumber {
                if !inDigits { result.append("#") }
                inDigits = true
            } else {
                result.append(character)
                inDigits = false
            }
        }
        return result
    }

    /// "7", "Page 7", "p. 7", "7 of 12", "7/12", "- 7 -", "vii".
    static func isPageNumber(_ text: String) -> Bool {
        var rest = text.lowercased().trimmingSpaces
        for prefix in ["page ", "p. ", "seite ", "стр. "] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count))
        }
        rest = rest.trimmingCharacters(in: "-–— ")
        if rest.count <= 6, !rest.isEmpty, rest.allSatisfy({ "ivxlc".contains($0) }) { return true }
        let parts = rest.split { $0 == " " || $0 == "/" }.filter { $0 != "of" }
        // Four digits from 1900 to 2100 are a year in a margin, not a page.
        return (1...2).contains(parts.count)
            && parts.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isNumber) && !(1900...2100).contains(Int($0) ?? 0) }
    }
}

/// A line's place: index of its page and of the line in the page, both 0-based.
struct PDFLinePosition: Hashable {
    var page: Int
    var line: Int
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.unicodeScalars.contains($0) }),
            let last = scalars.lastIndex(where: { !set.unicodeScalars.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
