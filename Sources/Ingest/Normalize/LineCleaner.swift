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
        let nfc = raw.precomposedStringWithCanonicalMapping
        let scalars = Array(nfc.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for (i, s) in scalars.enumerated() {
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
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        var text = String(out)
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

    /// White space of any kind except line breaks (already split): tab, NBSP, en/em/thin spaces,
    /// narrow NBSP, ideographic space.
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s.properties.generalCategory == .spaceSeparator || s == "\u{0B}" || s == "\u{0C}"
    }

    private static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .control || s.properties.generalCategory == .format && !(s == "\u{200C}" || s == "\u{200D}")
    }
}
