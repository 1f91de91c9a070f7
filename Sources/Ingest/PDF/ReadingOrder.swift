/// A line of a page in reading order, with the column it was read in.
struct OrderedLine: Equatable {
    /// Index of the line in its page.
    var index: Int
    /// 0 for a page of one column or a line across the columns, 1 left, 2 right.
    var column: Int
    /// Bands are the stretches of a page between lines that run across its columns.
    var band: Int
}

/// Puts the lines of a page in reading order: one column top to bottom, or two columns each top
/// to bottom, band by band, where a band ends at a line that runs across both (a title, a full
/// width paragraph).
///
/// Two columns are found by their gutter: the position in the middle half of the text's width
/// that the fewest lines cross, when at least three lines stand on each side of it, side by
/// side, and at most three lines in ten cross it.
enum ReadingOrder {
    static func order(_ page: PDFPage, lines: [Int]) -> [OrderedLine] {
        guard let gutter = gutter(page, lines: lines) else {
            let sorted = lines.sorted { (page.lines[$0].yMin, page.lines[$0].xMin) < (page.lines[$1].yMin, page.lines[$1].xMin) }
            return sorted.map { OrderedLine(index: $0, column: 0, band: 0) }
        }
        var result: [OrderedLine] = []
        var left: [Int] = []
        var right: [Int] = []
        var band = 0
        func flush() {
            result += left.map { OrderedLine(index: $0, column: 1, band: band) }
            result += right.map { OrderedLine(index: $0, column: 2, band: band) }
            if !left.isEmpty || !right.isEmpty { band += 1 }
            left = []
            right = []
        }
        for index in lines.sorted(by: { page.lines[$0].yMin < page.lines[$1].yMin }) {
            let line = page.lines[index]
            if line.xMax <= gutter + 2 {
                left.append(index)
            } else if line.xMin >= gutter - 2 {
                right.append(index)
            } else {
                flush()
                result.append(OrderedLine(index: index, column: 0, band: band))
                band += 1
            }
        }
        flush()
        return result
    }

    /// The x of the gutter between two columns, or nil for a page of one column.
    static func gutter(_ page: PDFPage, lines: [Int]) -> Double? {
        guard lines.count >= 6 else { return nil }
        let boxes = lines.map { (page.lines[$0].xMin, page.lines[$0].xMax, page.lines[$0].yMin) }
        guard let textLeft = boxes.map(\.0).min(), let textRight = boxes.map(\.1).max(), textRight - textLeft > 100 else {
            return nil
        }
        let width = textRight - textLeft
        var best: (x: Double, crossing: Int, balance: Int)?
        var x = textLeft + 0.25 * width
        while x <= textLeft + 0.75 * width {
            let crossing = boxes.filter { $0.0 < x - 2 && $0.1 > x + 2 }.count
            let balance = min(boxes.filter { $0.1 <= x + 2 }.count, boxes.filter { $0.0 >= x - 2 }.count)
            if best.map({ crossing < $0.crossing || (crossing == $0.crossing && balance > $0.balance) }) ?? true {
                best = (x, crossing, balance)
            }
            x += 2
        }
        guard let best, best.balance >= 3, Double(best.crossing) <= 0.3 * Double(lines.count) else { return nil }
        // Side by side: the two sides share some height of the page.
        let leftTops = boxes.filter { $0.1 <= best.x + 2 }.map(\.2)
        let rightTops = boxes.filter { $0.0 >= best.x - 2 }.map(\.2)
        guard let leftTop = leftTops.min(), let leftBottom = leftTops.max(), let rightTop = rightTops.min(),
            let rightBottom = rightTops.max(), min(leftBottom, rightBottom) > max(leftTop, rightTop)
        else { return nil }
        return best.x
    }
}
