import Foundation

/// Turns a file's bytes into a `SourceFile` by its format (`SourceFormat`): text through
/// `SourceFileReader` (the normalizer reads it later), HTML through `HTMLReader` and PDF
/// through `PDFReader`, which make the normalized source themselves (`SourceFile.normalized`).
///
/// ```swift
/// let file = try SourceDecoder().decode(data, path: "page.html", hash: hash)
/// file.format        // .html
/// file.normalized    // the article's text, title, author, ..., removed furniture
/// ```
public struct SourceDecoder: Sendable {
    public var reader: SourceFileReader
    public var html = HTMLReader()
    public var pdf = PDFReader()

    public init(reader: SourceFileReader = SourceFileReader()) {
        self.reader = reader
    }

    /// Decodes bytes whose SHA-256 (hex) is `hash`.
    /// - Throws: `IngestRefusal` with the reason (the format's own refusals included).
    public func decode(_ data: Data, path: String, hash: String) throws -> SourceFile {
        switch try SourceFormat.of(path: path, data: data) {
        case .text:
            return try reader.decode(data, path: path, hash: hash)
        case .html:
            try refuseBinaryOrEmpty(data, path: path, format: "HTML")
            let (source, note) = try html.read(Array(data), path: path)
            return SourceFile(
                path: path, text: source.text, contentHash: hash, decodingNote: note, format: .html,
                normalized: source)
        case .pdf:
            if data.count > reader.maximumBytes {
                throw IngestRefusal(
                    path: path, reason: .tooLarge,
                    message: "is \(data.count) bytes, over the limit of \(reader.maximumBytes) bytes")
            }
            let source = try pdf.read(data, path: path)
            return SourceFile(
                path: path, text: source.text, contentHash: hash, decodingNote: nil, format: .pdf,
                normalized: source)
        }
    }

    /// An HTML file that is empty, white space, or binary (an image, a PDF, NUL bytes) is refused
    /// before libxml2 sees it: its recovery would make a page of anything.
    private func refuseBinaryOrEmpty(_ data: Data, path: String, format: String) throws {
        if data.count > reader.maximumBytes {
            throw IngestRefusal(
                path: path, reason: .tooLarge, message: "is \(data.count) bytes, over the limit of \(reader.maximumBytes) bytes")
        }
        let utf16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        if !utf16, let kind = SourceFileReader.binarySignature(data) {
            throw IngestRefusal(path: path, reason: .binary, message: "is binary (\(kind)), not \(format)")
        }
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        if body.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw IngestRefusal(path: path, reason: .empty, message: data.isEmpty ? "is empty" : "holds only white space")
        }
    }
}
