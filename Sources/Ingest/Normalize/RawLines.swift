/// Splits decoded text into lines on LF, CRLF, lone CR and the Unicode line/paragraph separators,
/// so files from any platform number their lines the same way (1-based, as an editor shows them).
///
/// ```swift
/// RawLines.split("a\r\nb\rc")   // ["a", "b", "c"]
/// ```
enum RawLines {
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if previousWasCR {  // the LF of a CRLF
                    previousWasCR = false
                    continue
                }
                lines.append(String(current))
                current = String.UnicodeScalarView()
            case "\r", "\u{2028}", "\u{2029}", "\u{85}":
                lines.append(String(current))
                current = String.UnicodeScalarView()
                previousWasCR = scalar == "\r"
                continue
            default:
                current.append(scalar)
            }
            previousWasCR = false
        }
        // A final line terminator does not start another (empty) line.
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
