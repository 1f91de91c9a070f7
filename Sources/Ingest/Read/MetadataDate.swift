/// A date as a format's metadata gives it (JSON-LD's `datePublished`, `article:published_time`,
/// `<time datetime>`, `pdfinfo -isodates`' CreationDate), made ISO 8601 as the normalizer's dates
/// are: `"2024-03-12"`, or `"2024-03-12T10:15"` with a time; seconds, fractions and zones dropped.
///
/// ```swift
/// MetadataDate.normalize("2024-03-12T10:15:00.000+01:00")   // "2024-03-12T10:15"
/// MetadataDate.normalize("March 12, 2024")                  // "2024-03-12"
/// MetadataDate.normalize("yesterday")                       // nil
/// ```
enum MetadataDate {
    static func normalize(_ text: String?) -> String? {
        guard let text = text?.trimmingSpaces, !text.isEmpty else { return nil }
        if let date = DateParser.parse(text) { return date }
        let scalars = Array(text.unicodeScalars)
        // "2024-03-12T10:15:00.000Z", "2024-03-12T10:15:00+01": the parts DateParser reads.
        if scalars.count >= 16, scalars[10] == "T" || scalars[10] == " ", scalars[13] == ":",
            let date = DateParser.parse(String(String.UnicodeScalarView(scalars[0..<16])))
        {
            return date
        }
        if scalars.count >= 10, let date = DateParser.parse(String(String.UnicodeScalarView(scalars[0..<10]))) {
            return date
        }
        return nil
    }
}
