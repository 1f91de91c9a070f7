/// Lines that sit at the head of an article read from HTML or PDF: bylines and date lines. The
/// HTML and PDF readers share them (text files have the normalizer's own header rules).
///
/// ```swift
/// HeaderLines.byline("By Jane Doe | 12 March 2024")   // ("Jane Doe", "2024-03-12")
/// HeaderLines.dateLine("Published: 2024-03-12")        // "2024-03-12"
/// HeaderLines.comparable("Talks Stall, Again!")         // "talks stall again"
/// ```
enum HeaderLines {
    /// Lower-cased runs of letters and digits: "Talks Stall, Again!" and "talks stall again" compare equal.
    static func comparable(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Labels printed before a byline's names.
    static let bylineLabels = ["by ", "written by ", "words by ", "author: ", "authors: ", "reporting by "]
    /// Labels printed before a date.
    static let dateLabels = [
        "published on", "published:", "published", "posted on", "posted:", "posted", "updated on",
        "updated:", "updated", "last updated", "date:", "on",
    ]

    /// "By Jane Doe", "By Jane Doe and John Roe | 12 March 2024": the author, and the date when
    /// the byline carries one.
    static func byline(_ text: String) -> (author: String, date: String?)? {
        let lower = text.lowercased()
        guard text.split(separator: " ").count <= 16,
            let label = bylineLabels.first(where: { lower.hasPrefix($0) })
        else { return nil }
        var fields = String(text.dropFirst(label.count)).split { "|·•—".contains($0) }.map { String($0).trimmingSpaces }
        if let first = fields.first, let comma = first.range(of: ", "), dateLine(String(first[comma.upperBound...])) != nil {
            fields[0] = String(first[..<comma.lowerBound])
            fields.insert(String(first[comma.upperBound...]), at: 1)
        }
        guard let name = fields.first, isNames(name) else { return nil }
        return (name, fields.dropFirst().lazy.compactMap { dateLine($0) }.first)
    }

    /// A date alone, with an optional label: "12 March 2024", "Published: 2024-03-12 10:15".
    static func dateLine(_ text: String) -> String? {
        guard text.split(separator: " ").count <= 9 else { return nil }
        if let date = MetadataDate.normalize(text) { return date }
        let lower = text.lowercased()
        for label in dateLabels where lower.hasPrefix(label) {
            let rest = String(text.dropFirst(label.count)).trimmingSpaces.drop { $0 == ":" }
            if let date = MetadataDate.normalize(String(rest)) { return date }
        }
        return nil
    }

    /// One or more names: capitalized words, joined by "and" or commas ("Jane Doe and John Roe").
    static func isNames(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "," }
        guard (1...12).contains(words.count) else { return false }
        return words.allSatisfy { word in
            nameParticles.contains(word.lowercased()) || (word.first?.isUppercase ?? false)
        } && words.contains { $0.first?.isUppercase ?? false }
    }

    static let nameParticles: Set<String> = ["and", "de", "da", "di", "van", "von", "der", "la", "le", "bin", "al", "&"]
}
