/// The text of a PDF line: words joined by a space where poppler left a gap between them and
/// glued where it did not ("alliance" and "." are two words with no gap), footnote markers set
/// as raised small numbers left out and reported.
///
/// ```swift
/// // "rather than an alliance" + raised "2" + "."
/// PDFLineText.read(line).text      // "rather than an alliance."
/// PDFLineText.read(line).markers   // ["2"]
/// ```
enum PDFLineText {
    /// - Parameter keepMarkers: keep raised numbers (a footnote's own number, at its start).
    static func read(_ line: PDFLine, keepMarkers: Bool = false) -> (text: String, markers: [String]) {
        let height = line.height
        let baseline = line.baseline
        var text = ""
        var markers: [String] = []
        var previous: PDFWord?
        /// After a dropped marker: whether a space followed it.
        var spaceAfterMarker: Bool?
        for (index, word) in line.words.enumerated() {
            let next = index + 1 < line.words.count ? line.words[index + 1] : nil
            if !keepMarkers, isRaisedMarker(word, height: height, baseline: baseline) {
                markers.append(word.text)
                spaceAfterMarker = next.map { gapIsSpace(from: word, to: $0, height: height) } ?? true
                continue
            }
            if let previous {
                let space = spaceAfterMarker ?? gapIsSpace(from: previous, to: word, height: height)
                if space { text += " " }
            }
            spaceAfterMarker = nil
            text += word.text
            previous = word
        }
        return (text, markers)
    }

    /// A gap wider than a tenth of the type size is a space.
    static func gapIsSpace(from left: PDFWord, to right: PDFWord, height: Double) -> Bool {
        right.xMin - left.xMax > 0.1 * height
    }

    /// A word set smaller and higher than the line: "1", "12", "*", "†", "1,2".
    static func isRaisedMarker(_ word: PDFWord, height: Double, baseline: Double) -> Bool {
        guard word.height < 0.8 * height, word.yMax < baseline - 0.15 * height else { return false }
        return isMarkerText(word.text)
    }

    /// Digits (up to three, or a list "1,2"), or one of * † ‡ §.
    static func isMarkerText(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 7 else { return false }
        if text.count <= 2, text.allSatisfy({ "*†‡§¶".contains($0) }) { return true }
        let numbers = text.split(separator: ",")
        return !numbers.isEmpty && numbers.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy(\.isNumber) }
    }
}
