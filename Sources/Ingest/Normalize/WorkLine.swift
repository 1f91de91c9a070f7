/// One raw line as the normalizer works on it: what is still kept for the article, and what was
/// removed from it and why.
struct WorkLine {
    /// 1-based line number in the raw file.
    let number: Int
    /// The line as decoded, without its terminator.
    let raw: String
    /// The line began with a bullet glyph.
    let hadBullet: Bool
    /// The clean text still kept for the article ("" when nothing is).
    private(set) var kept: String
    private(set) var shape: LineShape
    private(set) var removed: [RemovedLine] = []
    /// This line is the headline.
    var isTitle = false

    init(number: Int, raw: String) {
        self.number = number
        self.raw = raw
        let clean = LineCleaner.clean(raw)
        self.hadBullet = clean.hadBullet
        self.kept = clean.text
        self.shape = LineShape(clean.text)
    }

    /// Something is still kept for the article on this line.
    var hasText: Bool { !kept.isEmpty }

    /// Drops what is left of the line. The raw line is recorded when nothing was taken from it
    /// before, so the record shows the line exactly as the file had it.
    mutating func remove(_ reason: RemovedLine.Reason) {
        guard hasText else { return }
        let text = removed.isEmpty ? raw : kept
        removed.append(RemovedLine(lineNumber: number, text: text, reason: reason))
        keep("")
    }

    /// Records pieces taken off the line and keeps `rest`.
    mutating func removePieces(_ pieces: [(text: String, reason: RemovedLine.Reason)], keeping rest: String) {
        for piece in pieces where !piece.text.isEmpty {
            removed.append(RemovedLine(lineNumber: number, text: piece.text, reason: piece.reason))
        }
        keep(rest)
    }

    /// Records a line that held only invisible or bullet glyphs.
    mutating func recordBlankGlyphs() {
        removed.append(RemovedLine(lineNumber: number, text: raw, reason: .blankGlyphs))
    }

    private mutating func keep(_ text: String) {
        kept = text
        shape = LineShape(text)
    }
}
