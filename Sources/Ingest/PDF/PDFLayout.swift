import Foundation

/// A word of a PDF page with its box (points, origin at the top left), as poppler placed it.
struct PDFWord: Equatable {
    var text: String
    var xMin: Double
    var yMin: Double
    var xMax: Double
    var yMax: Double

    var height: Double { yMax - yMin }
}

/// A line of a page: poppler's words on it, left to right.
struct PDFLine: Equatable {
    var words: [PDFWord]
    /// 1-based page.
    var page: Int
    /// 1-based over the document, in the order poppler lists lines (the `line_number` of a
    /// removed line).
    var number: Int

    var xMin: Double { words.map(\.xMin).min() ?? 0 }
    var xMax: Double { words.map(\.xMax).max() ?? 0 }
    var yMin: Double { words.map(\.yMin).min() ?? 0 }
    var yMax: Double { words.map(\.yMax).max() ?? 0 }
    /// The line's type size: the median height of its words (a superscript does not move it).
    var height: Double {
        let heights = words.map(\.height).sorted()
        return heights.isEmpty ? 0 : heights[heights.count / 2]
    }
    /// Where the line's letters stand: the median bottom of its words.
    var baseline: Double {
        let bottoms = words.map(\.yMax).sorted()
        return bottoms.isEmpty ? 0 : bottoms[bottoms.count / 2]
    }
    /// The words as printed, one space between them.
    var plainText: String { words.map(\.text).joined(separator: " ") }
}

/// A page: its size and its lines.
struct PDFPage: Equatable {
    var number: Int
    var width: Double
    var height: Double
    var lines: [PDFLine]
}

/// Reads the XHTML of `pdftotext -bbox-layout` (`<page width height>`, `<line>`, `<word xMin
/// yMin xMax yMax>text</word>`) into pages of lines of words. A plain scanner of its few
/// elements, over the bytes: the format is poppler's own and regular.
///
/// ```swift
/// let pages = PDFLayout.parse(Data(#"<page width="612" height="792"><line><word xMin="56" yMin="84" xMax="96" yMax="94">Alliances</word></line></page>"#.utf8))
/// pages[0].lines[0].plainText   // "Alliances"
/// ```
enum PDFLayout {
    static func parse(_ data: Data) -> [PDFPage] {
        let bytes = [UInt8](data)
        var pages: [PDFPage] = []
        var page: PDFPage?
        var words: [PDFWord] = []
        var lineNumber = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            let tagEnd = bytes[i...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count
            let tag = bytes[(i + 1)..<tagEnd]
            let name = tag.prefix { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }
            switch String(decoding: name, as: UTF8.self) {
            case "page":
                let attributes = attributeValues(tag)
                page = PDFPage(
                    number: pages.count + 1, width: attributes["width"] ?? 0, height: attributes["height"] ?? 0, lines: [])
            case "/page":
                if let finished = page { pages.append(finished) }
                page = nil
            case "line":
                words = []
            case "/line":
                if !words.isEmpty, var current = page {
                    lineNumber += 1
                    current.lines.append(PDFLine(words: words, page: current.number, number: lineNumber))
                    page = current
                }
                words = []
            case "word":
                let attributes = attributeValues(tag)
                let textEnd = bytes[tagEnd...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                let raw = String(decoding: bytes[min(tagEnd + 1, textEnd)..<textEnd], as: UTF8.self)
                let text = CharacterReferences.decode(raw)
                if !text.isEmpty {
                    words.append(
                        PDFWord(
                            text: text, xMin: attributes["xmin"] ?? 0, yMin: attributes["ymin"] ?? 0,
                            xMax: attributes["xmax"] ?? 0, yMax: attributes["ymax"] ?? 0))
                }
                i = textEnd
                continue
            default:
                break
            }
            i = tagEnd + 1
        }
        if let finished = page { pages.append(finished) }
        return pages
    }

    /// The numeric attributes of a tag (`xMin="56.000000"`), names lower-cased.
    private static func attributeValues(_ tag: ArraySlice<UInt8>) -> [String: Double] {
        var result: [String: Double] = [:]
        var i = tag.startIndex
        while let equals = tag[i...].firstIndex(of: UInt8(ascii: "=")) {
            var nameStart = equals
            while nameStart > tag.startIndex, tag[nameStart - 1] != 0x20 { nameStart -= 1 }
            let name = String(decoding: tag[nameStart..<equals], as: UTF8.self).lowercased()
            guard equals + 1 < tag.endIndex, tag[equals + 1] == UInt8(ascii: "\"") else {
                i = equals + 1
                continue
            }
            let valueStart = equals + 2
            let valueEnd = tag[valueStart...].firstIndex(of: UInt8(ascii: "\"")) ?? tag.endIndex
            result[name] = Double(String(decoding: tag[valueStart..<valueEnd], as: UTF8.self))
            i = min(valueEnd + 1, tag.endIndex)
            if i >= tag.endIndex { break }
        }
        return result
    }
}
