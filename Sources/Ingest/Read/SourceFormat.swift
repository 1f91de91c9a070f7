import Foundation

/// The format a file is read as: by its extension, confirmed by its first bytes.
///
/// ```swift
/// try SourceFormat.of(path: "a.html", data: Data("<!doctype html><p>Hi".utf8))   // .html
/// try SourceFormat.of(path: "notes", data: Data("%PDF-1.7 ...".utf8))             // .pdf (sniffed)
/// try SourceFormat.of(path: "report.pdf", data: Data("<html>Not found".utf8))     // throws .wrongFormat
/// ```
///
/// `.txt`, `.md` and `.markdown` are text, whatever they hold (the text reader refuses binary
/// content itself). `.html`, `.htm` and `.xhtml` are HTML. `.pdf` must start with `%PDF-` (in
/// its first KiB, as readers tolerate): a "PDF" that is a web page or text is refused, not read
/// as something else. A file of any other extension, given by name, is a PDF or HTML when its
/// first bytes say so, and text otherwise.
public enum SourceFormat: String, Sendable, Equatable {
    case text
    case html
    case pdf

    public static let textExtensions: Set<String> = ["txt", "md", "markdown"]
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    public static let pdfExtensions: Set<String> = ["pdf"]

    /// The format of the file at `path` with these bytes.
    /// - Throws: `IngestRefusal` `.wrongFormat` for a `.pdf` that is not a PDF.
    public static func of(path: String, data: Data) throws -> SourceFormat {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if textExtensions.contains(ext) { return .text }
        if htmlExtensions.contains(ext) { return .html }
        if pdfExtensions.contains(ext) {
            guard isPDF(data) else {
                let seems = looksLikeHTML(data) ? "a web page (HTML)" : SourceFileReader.binarySignature(data) ?? "text"
                throw IngestRefusal(
                    path: path, reason: .wrongFormat,
                    message: "is named .pdf but is not a PDF (no %PDF- header; it looks like \(seems)); a download that failed?")
            }
            return .pdf
        }
        if isPDF(data) { return .pdf }
        if looksLikeHTML(data) { return .html }
        return .text
    }

    /// `%PDF-` within the first 1024 bytes.
    static func isPDF(_ data: Data) -> Bool {
        let head = data.prefix(1024)
        let marker = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        return head.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return (0...(bytes.count - marker.count)).contains { start in
                (0..<marker.count).allSatisfy { bytes[start + $0] == marker[$0] }
            }
        }
    }

    /// Starts (after a BOM and white space) with `<!doctype html`, `<html` or `<?xml` followed by
    /// an `<html` element.
    static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == "\u{FEFF}" || $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return true }
        return trimmed.hasPrefix("<?xml") && trimmed.contains("<html")
    }
}
