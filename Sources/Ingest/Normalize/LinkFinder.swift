/// Finds web addresses in a line of text: "https://…", "http://…" and "www.…", as written.
///
/// ```swift
/// LinkFinder.urls(in: "See https://example.org/a-b.")   // [("https://example.org/a-b", 4..<27)]
/// ```
enum LinkFinder {
    /// Each URL with its scalar offsets in `text`. Trailing punctuation that closes the sentence or a
    /// bracket around the link is not part of it.
    static func urls(in text: String) -> [(url: String, range: Range<Int>)] {
        guard mayHoldURL(text) else { return [] }
        let s = Array(text.unicodeScalars)
        var found: [(String, Range<Int>)] = []
        var i = 0
        while i < s.count {
            let first = s[i]
            guard first == "h" || first == "w" || first == "H" || first == "W",
                i == 0 || !isURLScalar(s[i - 1]), startsURL(s, at: i)
            else {
                i += 1
                continue
            }
            var end = i
            while end < s.count, isURLScalar(s[end]) { end += 1 }
            while end > i, trailing.contains(s[end - 1]) {
                // Keep a closing bracket the URL opened itself: "…/Russia_(country)".
                if s[end - 1] == ")", s[i..<(end - 1)].contains("(") { break }
                end -= 1
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: s[i..<end])
            found.append((String(view), i..<end))
            i = max(end, i + 1)
        }
        return found
    }

    private static let prefixes: [[Unicode.Scalar]] = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }

    /// Case-insensitive ("HTTPS://", "WWW.") and cheap: most scalars fail on the first comparison.
    private static func startsURL(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        prefixes.contains { p in
            i + p.count < s.count && zip(s[i..<(i + p.count)], p).allSatisfy { asciiLower($0) == $1 }
        }
    }

    private static func asciiLower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32) ?? c : c
    }

    /// Scalars a URL can hold as printed in text: anything visible but quotes and angle brackets.
    private static func isURLScalar(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return !(v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0x22 || v == 0x3C || v == 0x3E)
        }
        return !c.properties.isWhitespace && !"“”‘’«»".unicodeScalars.contains(c)
    }

    /// False when no "http" or "www" (any case) occurs in the text: most lines and paragraphs,
    /// which then skip the scalar-by-scalar scan.
    static func mayHoldURL(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3 else { return false }
        for i in 0..<(bytes.count - 2) {
            let a = bytes[i] | 0x20, b = bytes[i + 1] | 0x20, c = bytes[i + 2] | 0x20
            if a == 0x77 && b == 0x77 && c == 0x77 { return true }  // www
            if a == 0x68 && b == 0x74 && c == 0x74 { return true }  // htt(p)
        }
        return false
    }

    private static let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "}", "'", "…"]
}
