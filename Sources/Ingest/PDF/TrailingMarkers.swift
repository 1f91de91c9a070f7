/// Footnote markers printed at the body's size, glued to a word ("alliance.3", "trade2,"): the
/// digits go when a footnote of that number stands on the page, so "G20" and "F-16" stay.
///
/// ```swift
/// TrailingMarkers.strip("an alliance.3 The talks", numbers: ["3"])   // "an alliance. The talks"
/// ```
enum TrailingMarkers {
    static func strip(_ text: String, numbers: Set<String>) -> String {
        guard !numbers.isEmpty else { return text }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map { word -> Substring in
            var core = word
            var closing = ""
            if let last = core.last, ".,;:".contains(last) {
                closing = String(last)
                core = core.dropLast()
            }
            let digits = core.reversed().prefix { $0.isNumber }
            let stem = core.dropLast(digits.count)
            guard (1...3).contains(digits.count), numbers.contains(String(digits.reversed())),
                let before = stem.last, before.isLowercase || ".,;:’”\")".contains(before),
                stem.filter(\.isLetter).count >= 2
            else { return word }
            return Substring(stem + closing)
        }
        return words.joined(separator: " ")
    }
}

/// Typographic ligatures a PDF's font may carry as one character ("ﬁ"), spelled out.
enum Ligatures {
    static let spelled: [Character: String] = ["ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"]

    static func expand(_ text: String) -> String {
        guard text.contains(where: { spelled[$0] != nil }) else { return text }
        return text.map { spelled[$0] ?? String($0) }.joined()
    }
}
