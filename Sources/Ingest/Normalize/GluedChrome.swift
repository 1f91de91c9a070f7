import Domain

/// Chrome glued onto a line: byline widgets printed from icon fonts, and view counters or ratings
/// stuck to the end of the last paragraph when a page's markup is flattened.
struct GluedChrome {
    /// What is left of the line for the article (often empty).
    var kept: String
    /// The removed pieces, in line order, with their reasons.
    var removed: [(text: String, reason: RemovedLine.Reason)]
    var author: String?
    var date: String?
}

enum GluedChromeRules {
    /// Splits off an icon-font byline widget and glued counters. Nil when the line has neither.
    ///
    /// "account_circleАдминaccess_time09 Feb 2021remove_red_eye740" gives author "Админ", date
    /// "2021-02-09", a `.metadata` piece and a `.viewCounter` piece "remove_red_eye740".
    static func split(_ text: String) -> GluedChrome? {
        if let widget = iconWidget(text) { return widget }
        if let tail = counterTail(text) { return tail }
        if let byline = bylinePrefix(text) { return byline }
        return nil
    }

    // MARK: - A byline glued to the first paragraph

    /// "by " or "By " somewhere in the bytes: a byte scan that spares most lines the search for
    /// each label.
    private static func mayHoldBylineLabel(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte == 0x20, previous == 0x79, beforePrevious == 0x62 || beforePrevious == 0x42 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// True when `needle` occurs in `bytes` (a plain scan: the needles are a few short labels).
    private static func bytes(_ bytes: Substring.UTF8View, contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return true }
            index = bytes.index(after: found)
        }
        return false
    }

    /// Capitalized byline labels ("Written by "), as a flattened page glues them before the text.
    private static let capitalizedBylineLabels = WordLists.builtIn.ordered(.bylineLabels)
        .filter { !$0.hasSuffix(":") }
        .map { $0.prefix(1).uppercased() + $0.dropFirst() + " " }
        .map { (label: $0, bytes: Array($0.utf8)) }

    /// "Politics | April 15, 2016 Written by Jane Doe. The talks began...": the section and date
    /// fields of a flattened page, then a byline, glued to the first paragraph. The fields before
    /// the label (at most 12 words, with a date or split by "|") and the byline are removed as
    /// metadata; the paragraph stays.
    private static func bylinePrefix(_ text: String) -> GluedChrome? {
        // Bytes first: 800 hold at least the 200 characters searched, and Foundation's search
        // runs only for a label whose bytes are there (it was most of this rule's time, run on
        // every paragraph holding "by ").
        let bytes = text.utf8.prefix(800)
        guard mayHoldBylineLabel(bytes) else { return nil }
        let present = capitalizedBylineLabels.filter { Self.bytes(bytes, contain: $0.bytes) }.map(\.label)
        guard !present.isEmpty else { return nil }
        let head = text.prefix(200)
        for label in present {
            guard let labelRange = head.range(of: label) else { continue }
            let before = String(text[..<labelRange.lowerBound]).trimmingSpaces
            guard !before.isEmpty, before.split(separator: " ").count <= 12 else { continue }
            let fields = before.split { "|·•".contains($0) }.map { String($0).trimmingSpaces }
            let date = fields.lazy.compactMap { DateParser.parse($0) }.first
            guard date != nil || fields.count >= 2 else { continue }
            let afterLabel = text[labelRange.upperBound...]
            guard let stop = afterLabel.range(of: ". ") else { continue }
            let name = String(afterLabel[..<stop.lowerBound])
            let kept = String(afterLabel[stop.upperBound...]).trimmingSpaces
            guard !kept.isEmpty, name.split(separator: " ").count >= 2,
                let byline = HeaderRules.byline(LineShape(label + name))
            else { continue }
            let removed = String(text[..<stop.lowerBound]) + "."
            return GluedChrome(kept: kept, removed: [(removed, .metadata)], author: byline.author, date: date ?? byline.date)
        }
        return nil
    }

    // MARK: - Icon-font widgets

    private static let iconNames = ChromeVocabulary.iconFields.map { (Array($0.name.unicodeScalars), $0.field) }

    private static func iconWidget(_ text: String) -> GluedChrome? {
        // Only lines holding a snake_case icon name are widgets; "event" or "today" alone are words.
        guard text.unicodeScalars.contains("_"),
            ChromeVocabulary.iconFields.contains(where: { $0.name.contains("_") && text.contains($0.name) })
        else {
            return nil
        }
        let s = Array(text.unicodeScalars)
        var marks: [(start: Int, end: Int, field: BylineField)] = []
        var i = 0
        while i < s.count {
            var matched = false
            for (n, field) in iconNames {
                guard i + n.count <= s.count, s[i..<(i + n.count)].elementsEqual(n) else { continue }
                // In a widget line the values are glued to the names ("Petrovschedule3 March"), so only
                // the scalar after a name tells it from a word: a lower-case letter continues a word.
                let after = i + n.count < s.count ? s[i + n.count] : " "
                if isASCIILowercase(after) || after == "_" { continue }
                marks.append((i, i + n.count, field))
                i += n.count
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        guard let first = marks.first else { return nil }
        var widget = GluedChrome(kept: string(s[0..<first.start]).trimmingSpaces, removed: [], author: nil, date: nil)
        var metadataStart: Int?
        var metadataEnd = first.start
        for (k, mark) in marks.enumerated() {
            let valueEnd = k + 1 < marks.count ? marks[k + 1].start : s.count
            let value = string(s[mark.end..<valueEnd]).trimmingSpaces
            switch mark.field {
            case .author:
                if widget.author == nil, !value.isEmpty { widget.author = value }
            case .date:
                if widget.date == nil { widget.date = DateParser.parse(value) }
            case .views, .comments:
                if let start = metadataStart {
                    widget.removed.append((string(s[start..<metadataEnd]).trimmingSpaces, .metadata))
                    metadataStart = nil
                }
                widget.removed.append(
                    (
                        string(s[mark.start..<valueEnd]).trimmingSpaces,
                        mark.field == .views ? .viewCounter : .commentsLink
                    ))
                continue
            }
            if metadataStart == nil { metadataStart = mark.start }
            metadataEnd = valueEnd
        }
        if let start = metadataStart {
            widget.removed.append((string(s[start..<metadataEnd]).trimmingSpaces, .metadata))
        }
        return widget
    }

    // MARK: - Counters and ratings at the end of a line

    /// Labels that open a glued counter, capitalized as widgets print them; the piece from the label
    /// to the end must be a counter.
    private static let tailLabels: [[Unicode.Scalar]] = ["Average", "Rating", "Rated", "Views", "Просмотров"]
        .map { Array($0.unicodeScalars) }

    /// "…concluded.Average: 5 (7 votes)" keeps "…concluded." and removes the rating. The label must
    /// be glued to the text before it or carry a colon, so "its average rating (7 votes)" in prose stays.
    private static func counterTail(_ text: String) -> GluedChrome? {
        // Every counter holds a number: skip lines that have none (on the bytes, before making the
        // scalar array: most lines have no digit).
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let s = Array(text.unicodeScalars)
        // Upper case tested on ASCII without the Unicode property tables (a scan of every line).
        for i in 1..<max(1, s.count) where s[i].isASCII ? (s[i].value >= 0x41 && s[i].value <= 0x5A) : s[i].properties.isUppercase
        {
            for l in tailLabels where i + l.count <= s.count && s[i..<(i + l.count)].elementsEqual(l) {
                let glued = !s[i - 1].properties.isWhitespace && !s[i - 1].properties.isAlphabetic
                let colon = i + l.count < s.count && s[i + l.count] == ":"
                guard glued || colon else { continue }
                let tail = LineShape(string(s[i...]))
                let reason: RemovedLine.Reason
                if ChromeRules.isRating(tail) {
                    reason = .rating
                } else if ChromeRules.isViewCounter(tail) {
                    reason = .viewCounter
                } else {
                    continue
                }
                return GluedChrome(kept: string(s[0..<i]).trimmingSpaces, removed: [(tail.text, reason)], author: nil, date: nil)
            }
        }
        return nil
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        return String(view)
    }

    private static func isASCIILowercase(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) }
}
