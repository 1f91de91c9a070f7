/// Decides how an HTML file's bytes are encoded, before libxml2 reads them.
///
/// ```swift
/// HTMLEncoding.detect(Array("<p>Caf\u{e9}</p>".utf8))      // "UTF-8"
/// HTMLEncoding.detect([0x3C, 0x70, 0x3E, 0xE9])             // "windows-1252": not UTF-8, nothing declared
/// ```
///
/// A byte-order mark decides; then bytes that are valid UTF-8 are UTF-8 whatever the page
/// declares (a page saved as UTF-8 that still says `charset=iso-8859-1` is common, and valid
/// UTF-8 with non-ASCII letters is almost never anything else); then the declared charset
/// (`<meta charset>`, `http-equiv`, the XML declaration); then windows-1252, the default of the
/// WHATWG encoding standard for pages that declare nothing.
enum HTMLEncoding {
    /// The encoding name to hand to libxml2, and a note for `SourceFile.decodingNote` (nil for
    /// plain UTF-8).
    static func detect(_ bytes: [UInt8]) -> (name: String, note: String?) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", "UTF-8 with BOM") }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", "UTF-16LE with BOM") }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", "UTF-16BE with BOM") }
        if SourceFileReader.firstInvalidUTF8Offset(bytes) == nil { return ("UTF-8", nil) }
        if let declared = declaredCharset(bytes) { return (declared, "\(declared) (declared)") }
        return ("windows-1252", "windows-1252 (nothing declared, not UTF-8)")
    }

    /// The charset the page declares in its first 4 KiB (`charset=...`, `encoding="..."`), lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            guard let range = head.range(of: marker) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
            if !value.isEmpty, value != "utf-8", value != "utf8" { return String(value) }
        }
        return nil
    }
}
