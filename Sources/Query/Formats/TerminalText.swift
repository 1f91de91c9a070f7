/// Text made safe to print on a terminal.
public enum TerminalText {
    /// The text with its control characters shown as escapes (`\x1B`), line breaks and tabs
    /// kept: a file name or a question that holds an ANSI escape sequence is printed, not obeyed.
    ///
    /// ```swift
    /// TerminalText.visible("a\u{1B}[2Jb")   // "a\\x1B[2Jb"
    /// ```
    /// Control characters are Unicode's category Cc: C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F).
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x0A || value == 0x09 { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
