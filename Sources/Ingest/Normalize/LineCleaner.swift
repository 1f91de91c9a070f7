import Foundation

/// One raw line made clean: NFC, every kind of space turned into one ASCII space, invisible
/// characters dropped, trimmed; a leading bullet glyph taken off and remembered.
struct CleanLine: Equatable {
    var text: String
    /// The line began with a bullet glyph (now removed): it is a list item.
    var hadBullet: Bool
}

enum LineCleaner {
    /// Glyphs that mark a bulleted list item when they open a line. Sites render lists with many
    /// dingbats; any of these at line start is list markup, not text.
    static let bulletGlyphs: Set<Unicode.Scalar> = [
        "•", "◦", "‣", "⁃", "∙", "·", "▪", "▫", "■", "□", "●", "○", "◆", "◇", "❖", "►", "▶", "▸", "▹",
        "➤", "➢", "➣", "➔", "➜", "➝", "➞", "→", "✓", "✔", "✗", "✘", "☐", "☑", "★", "☆", "✦", "✧", "⦿", "⁌", "⁍",
    ]

    /// ASCII markers that are bullets only when a space follows ("- item", "* item"); "-5%" is not.
    static let asciiBullets: Set<Unicode.Scalar> = ["-", "*", "–", "+"]

    /// Scalars that take no room and carry no text: zero-width space, word joiner, BOM, soft hyphen,
    /// direction marks, Mongolian vowel separator. ZWJ/ZWNJ are handled apart (see `clean`).
    static let invisible: Set<Unicode.Scalar> = [
        "\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{200E}", "\u{200F}", "\u{180E}",
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
    ]

    /// Cleans one line (without its terminator).
    static func clean(_ raw: String) -> CleanLine {
        if isAlreadyClean(raw) { return CleanLine(text: raw, hadBullet: false) }
        let scalars = Array(needsComposition(raw) ? raw.precomposedStringWithCanonicalMapping.unicodeScalars : raw.unicodeScalars)
        // Built as UTF-8 bytes; ASCII is classified without the Unicode tables and sets.
        var out: [UInt8] = []
        out.reserveCapacity(raw.utf8.count)
        var pendingSpace = false
        for (i, s) in scalars.enumerated() {
            if s.isASCII {
                let value = UInt8(truncatingIfNeeded: s.value)
                if value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if value < 0x20 || value == 0x7F { continue }
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(value)
                continue
            }
            if isSpace(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            if invisible.contains(s) || isControl(s) { continue }
            // ZWJ/ZWNJ shape Persian, Indic scripts and emoji; next to ASCII or a space they only
            // leak from HTML, so they go there and stay elsewhere.
            if s == "\u{200C}" || s == "\u{200D}" {
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if before.isASCII || after.isASCII || isSpace(before) || isSpace(after) { continue }
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            UTF8.encode(s) { out.append($0) }
        }
        var text = String(decoding: out, as: UTF8.self)
        var hadBullet = false
        if let first = text.unicodeScalars.first {
            let rest = text.unicodeScalars.dropFirst()
            if bulletGlyphs.contains(first) {
                hadBullet = true
                text = String(rest).trimmingSpaces
            } else if asciiBullets.contains(first), rest.first == " " {
                hadBullet = true
                text = String(rest).trimmingSpaces
            }
        }
        return CleanLine(text: text, hadBullet: hadBullet)
    }

    /// False when the line is certainly in NFC already: every scalar is below U+0300 (nothing there
    /// decomposes or combines), General Punctuation (quotes, dashes, "…"), or Cyrillic letters. Most
    /// lines are, and Foundation's NFC is the costliest step of cleaning.
    /// True for the common line that cleaning leaves as it is: printable ASCII with single spaces,
    /// none at either end, and no bullet ("- ", "* ", "+ ") in front. Most lines of most articles
    /// are like this, and the scalar-by-scalar path with its set lookups was a third of normalizing.
    static func isAlreadyClean(_ raw: String) -> Bool {
        raw.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            if first == 0x2D || first == 0x2A || first == 0x2B, bytes.count > 1, bytes[1] == 0x20 { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte > 0x7E || (byte == 0x20 && previous == 0x20) { return false }
                previous = byte
            }
            return true
        } ?? false
    }

    static func needsComposition(_ line: String) -> Bool {
        line.unicodeScalars.contains { s in
            let v = s.value
            return !(v < 0x300 || (0x2000...0x206F).contains(v) || (0x400...0x482).contains(v) || (0x48A...0x4FF).contains(v))
        }
    }

    /// White space of any kind except line breaks (already split): tab, NBSP, en/em/thin spaces,
    /// narrow NBSP, ideographic space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s == " " || s == "\t" || s == "\u{0B}" || s == "\u{0C}" }
        return s.properties.generalCategory == .spaceSeparator
    }

    /// Control and format characters, except ZWJ/ZWNJ. ASCII is answered without the Unicode tables.
    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value < 0x20 || s.value == 0x7F }
        if s == "\u{200C}" || s == "\u{200D}" { return false }
        let category = s.properties.generalCategory
        return category == .control || category == .format
    }
}
