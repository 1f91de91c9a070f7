/// Rules that recognise one line of site chrome by its shape and vocabulary alone.
///
/// Each rule accepts a line only when every word of it belongs to the widget's vocabulary (numbers
/// aside) and the line is short, so an article sentence that talks about sharing or printing stays.
enum ChromeRules {
    typealias Reason = RemovedLine.Reason

    /// The reason to drop `line`, or nil when it is not chrome on its own.
    static func classify(_ line: LineShape) -> Reason? {
        guard !line.isEmpty, line.wordCount <= 16 else { return nil }
        if isCommentsLink(line) { return .commentsLink }
        if isTypoPrompt(line) { return .typoPrompt }
        if isShareWidget(line) { return .shareWidget }
        if printWidgetDate(line) != nil { return .printWidget }
        if isImageFile(line) { return .imageFile }
        if isImageCredit(line) { return .imageCredit }
        if isViewCounter(line) { return .viewCounter }
        if isRating(line) { return .rating }
        if isNavigation(line) { return .navigation }
        if isPromotion(line) { return .promotion }
        return nil
    }

    /// All words from `core` ∪ `filler` (numbers allowed), at least one from `core`.
    static func madeOf(_ line: LineShape, core: Set<String>, filler: Set<String>, maxWords: Int) -> Bool {
        let words = line.letterWords
        guard !words.isEmpty, words.count <= maxWords else { return false }
        return words.contains(where: core.contains) && words.allSatisfy { core.contains($0) || filler.contains($0) }
    }

    static func isCommentsLink(_ line: LineShape) -> Bool {
        madeOf(line, core: ChromeVocabulary.commentCore, filler: ChromeVocabulary.commentFiller, maxWords: 6)
    }

    /// "Found a typo in the text? Select it and press ctrl + enter".
    static func isTypoPrompt(_ line: LineShape) -> Bool {
        let words = Set(line.words)
        if words.contains("ctrl"), words.contains("enter") { return true }
        return !words.isDisjoint(with: ChromeVocabulary.typoWords) && !words.isDisjoint(with: ChromeVocabulary.typoActions)
    }

    static func isShareWidget(_ line: LineShape) -> Bool {
        madeOf(line, core: ChromeVocabulary.shareCore, filler: ChromeVocabulary.shareFiller, maxWords: 8)
    }

    /// A print widget, with the date it prints when there is one: `.some(nil)` for a bare "Print",
    /// `.some("2021-02-09")` for "print 9 2 2021", nil when the line is not a print widget.
    static func printWidgetDate(_ line: LineShape) -> String?? {
        guard let first = line.words.first, ChromeVocabulary.printCore.contains(first) else { return nil }
        if madeOf(line, core: ChromeVocabulary.printCore, filler: ChromeVocabulary.printFiller, maxWords: 5) {
            return .some(nil)
        }
        // "print 9 2 2021": the widget prints the page's date after its label.
        let rest = String(line.text.unicodeScalars.dropFirst(line.pieces[0].unicodeScalars.count)).trimmingSpaces
        if let date = DateParser.parse(rest) { return .some(date) }
        return nil
    }

    /// "fgpsymhxwaiwqqo.jpg": a file name standing where an image was.
    static func isImageFile(_ line: LineShape) -> Bool {
        guard line.wordCount <= 3, let last = line.pieces.last,
            let dot = last.lastIndex(of: ".")
        else { return false }
        let ext = last[last.index(after: dot)...].lowercased()
        return ChromeVocabulary.imageExtensions.contains(ext) && last.first != "."
    }

    /// "Source: tamilguardian.com", "Photo: AFP/Getty Images", "Photo by Jane Doe on Unsplash".
    static func isImageCredit(_ line: LineShape) -> Bool {
        var text = line.text
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        let lower = text.lowercased()
        if ChromeVocabulary.creditPrefixes.contains(where: lower.hasPrefix) { return line.wordCount <= 10 }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let label = LineShape.lexicalWords(String(text[..<colon]))
        let rest = LineShape(String(text[text.index(after: colon)...]).trimmingSpaces)
        guard !label.isEmpty, label.count <= 2, label.allSatisfy(ChromeVocabulary.creditLabels.contains) else { return false }
        return !rest.isEmpty && rest.wordCount <= 6 && !rest.endsWithPeriod
    }

    /// "Views: 740", "740 views".
    static func isViewCounter(_ line: LineShape) -> Bool {
        line.hasNumber && line.wordCount <= 4
            && line.letterWords.count >= 1 && line.letterWords.allSatisfy(ChromeVocabulary.viewWords.contains)
    }

    /// "Average: 5 (7 votes)", "Rating: 4.5/5 (12 votes)".
    static func isRating(_ line: LineShape) -> Bool {
        line.hasNumber && madeOf(line, core: ChromeVocabulary.ratingCore, filler: ChromeVocabulary.ratingFiller, maxWords: 5)
    }

    /// "Subscriber Only", "Skip to main content", "Get the latest headlines every morning": a short
    /// line opening with a promotion phrase, whole words only ("subscribed" is not "subscribe").
    static func isPromotion(_ line: LineShape) -> Bool {
        let words = line.words
        guard !words.isEmpty else { return false }
        return ChromeVocabulary.promotionOpenings.contains { opening in
            words.count >= opening.count && words.prefix(opening.count).elementsEqual(opening)
        }
    }

    /// Menu entries ("Home | About us | Contact"), taxonomy lines ("Tags: Russia, China") and
    /// copyright footers ("© 2021 Site. All rights reserved.").
    static func isNavigation(_ line: LineShape) -> Bool {
        let lower = line.text.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("copyright ") || lower.contains("all rights reserved") { return true }
        if let colon = lower.firstIndex(of: ":"),
            ChromeVocabulary.taxonomyLabels.contains(String(lower[..<colon]).trimmingSpaces)
        {
            return true
        }
        let separators: Set<Character> = ["|", "•", "·", "/"]
        let items = lower.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingSpaces }
        return !items.isEmpty && items.allSatisfy { ChromeVocabulary.navigationItems.contains($0) }
    }
}
