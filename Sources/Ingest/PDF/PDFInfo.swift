/// What `pdfinfo -isodates -enc UTF-8` says of a PDF: its document information (Title, Author,
/// CreationDate), its page count, and whether it is encrypted.
///
/// ```swift
/// let info = PDFInfo(parsing: "Title:          Alliances\nPages:          2\nEncrypted:      no\n")
/// info.title   // "Alliances"
/// info.pages   // 2
/// ```
struct PDFInfo: Equatable {
    var title: String?
    var author: String?
    /// ISO 8601 (see `MetadataDate`).
    var created: String?
    var pages = 0
    var encrypted = false

    init(parsing output: String) {
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon]
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            switch key {
            case "Title": title = Self.plausibleTitle(value)
            case "Author": author = value.isEmpty ? nil : value
            case "CreationDate": created = MetadataDate.normalize(value)
            case "Pages": pages = Int(value) ?? 0
            case "Encrypted": encrypted = value.hasPrefix("yes")
            default: continue
            }
        }
    }

    /// A title worth showing: not empty, not a file name or a word processor's placeholder
    /// ("Microsoft Word - draft3.docx", "untitled").
    static func plausibleTitle(_ value: String) -> String? {
        let lower = value.lowercased()
        guard !value.isEmpty, lower != "untitled", !lower.hasPrefix("microsoft word"),
            ![".doc", ".docx", ".pdf", ".odt", ".tex", ".indd", ".rtf"].contains(where: lower.hasSuffix)
        else { return nil }
        return value
    }
}
