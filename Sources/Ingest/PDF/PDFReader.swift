import Domain
import Foundation

/// Reads a PDF into a `NormalizedSource` with poppler's tools: `pdfinfo` for the document's
/// metadata and whether it opens, `pdftotext -bbox-layout` for every word with its box, page by
/// page. From the boxes: running headers and footers and page numbers go (`RunningLines`),
/// footnotes move after the text and their markers leave the sentences (`Footnotes`,
/// `PDFLineText`), columns are read one after the other (`ReadingOrder`), and paragraphs are
/// rebuilt from lines with hyphenated words made whole (`PDFParagraphs`). Every paragraph keeps
/// the page it starts on.
///
/// ```swift
/// let source = try PDFReader().read(data, path: "report.pdf")
/// source.paragraphs.map(\.page)   // [1, 1, 1, 2, ...]
/// source.removedLines             // running headers, page numbers, the byline
/// ```
///
/// The title, author and date come from the text's first page (a headline, a byline, a date
/// line) and, when it gives none, from the document's information (Title, Author,
/// CreationDate). Refused, by name: a truncated PDF, one that needs a password or forbids
/// copying its text, one that poppler cannot read, one with no text layer (a scan).
public struct PDFReader: Sendable {
    var pdfinfo = ExternalTool(name: "pdfinfo", package: "poppler-utils")
    var pdftotext = ExternalTool(name: "pdftotext", package: "poppler-utils")

    public init() {}

    /// Reads one PDF.
    /// - Throws: `IngestRefusal`: `.damaged`, `.encrypted`, `.noText`, or `.missingTool` when
    ///   poppler-utils is not installed.
    public func read(_ data: Data, path: String) throws -> NormalizedSource {
        guard Self.hasEndMarker(data) else {
            throw IngestRefusal(
                path: path, reason: .damaged,
                message: "is a truncated PDF: it does not end with %%EOF (an incomplete download or copy?)")
        }
        for tool in [pdftotext, pdfinfo] where tool.locate() == nil { throw tool.missing(path: path) }
        let file = try TemporaryFile(suffix: ".pdf", contents: data)
        defer { file.remove() }
        let infoRun = try pdfinfo.run(["-isodates", "-enc", "UTF-8", file.path], path: path)
        try Self.check(infoRun, tool: "pdfinfo", path: path)
        let info = PDFInfo(parsing: String(decoding: infoRun.output, as: UTF8.self))
        let textRun = try pdftotext.run(["-enc", "UTF-8", "-bbox-layout", file.path, "-"], path: path)
        try Self.check(textRun, tool: "pdftotext", path: path)
        let pages = PDFLayout.parse(textRun.output)
        guard pages.contains(where: { !$0.lines.isEmpty }) else {
            throw IngestRefusal(
                path: path, reason: .noText,
                message: "has no text layer (a scanned document?): run OCR on it first, e.g. ocrmypdf in.pdf out.pdf")
        }
        return PDFDocumentText(pages: pages, info: info).source()
    }

    /// A refusal for a tool that failed: encrypted when it asked for a password or refused to
    /// copy text, damaged otherwise.
    static func check(_ run: ExternalTool.Result, tool: String, path: String) throws {
        if run.timedOut {
            throw IngestRefusal(path: path, reason: .damaged, message: "\(tool) did not finish reading it; it may be damaged")
        }
        guard run.status != 0 else { return }
        let errors = run.errors.lowercased()
        if errors.contains("password") || errors.contains("encrypt") {
            throw IngestRefusal(
                path: path, reason: .encrypted,
                message:
                    "is an encrypted PDF that needs a password; decrypt it first (e.g. qpdf --decrypt --password=... in.pdf out.pdf)"
            )
        }
        if run.status == 3 || errors.contains("copying") {
            throw IngestRefusal(
                path: path, reason: .encrypted, message: "is an encrypted PDF that does not allow copying its text")
        }
        let first = run.errors.split(separator: "\n").first.map { ": " + $0 } ?? ""
        throw IngestRefusal(path: path, reason: .damaged, message: "cannot be read as a PDF (\(tool) failed\(first))")
    }

    /// `%%EOF` in the last KiB, where every complete PDF has it.
    static func hasEndMarker(_ data: Data) -> Bool {
        let tail = [UInt8](data.suffix(1024))
        let marker = Array("%%EOF".utf8)
        guard tail.count >= marker.count else { return false }
        return (0...(tail.count - marker.count)).contains { start in tail[start..<(start + marker.count)].elementsEqual(marker) }
    }
}
