/// Splits decoded text into lines on LF, CRLF, lone CR and the Unicode line/paragraph separators,
/// so files from any platform number their lines the same way (1-based, as an editor shows them).
///
/// ```swift
/// RawLines.split("a\r\nb\rc")   // ["a", "b", "c"]
/// ```
enum RawLines {
    static func split(_ text: String) -> [String] {
        // Scanned as UTF-8 bytes, each line copied once (appending scalar by scalar was a fifth of
        // normalizing): LF 0A, CR 0D, NEL C2 85, LS E2 80 A8, PS E2 80 A9.
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var i = 0
            var previousWasCR = false
            func line(_ end: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            while i < bytes.count {
                let byte = bytes[i]
                var terminator = 0
                if byte == 0x0A {
                    if previousWasCR {  // the LF of a CRLF
                        previousWasCR = false
                        i += 1
                        start = i
                        continue
                    }
                    terminator = 1
                } else if byte == 0x0D {
                    terminator = 1
                } else if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                    terminator = 2
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    terminator = 3
                }
                if terminator > 0 {
                    lines.append(line(i))
                    previousWasCR = byte == 0x0D
                    i += terminator
                    start = i
                } else {
                    previousWasCR = false
                    i += 1
                }
            }
            // A final line terminator does not start another (empty) line.
            if start < bytes.count { lines.append(line(bytes.count)) }
            return lines
        }
    }
}
