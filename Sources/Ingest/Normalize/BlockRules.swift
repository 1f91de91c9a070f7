/// Rules that remove a run of lines that belong together: a "Related posts" heading with the
/// titles under it, a poll with its question, options and counts, and a menu closing the page.
enum BlockRules {
    /// "Related posts" (or "Read more", "See also"…) and the short title lines after it, up to the
    /// first line of prose. A one-line "Read also: Some Title" is removed alone.
    static func removeRelatedPosts(_ lines: inout [WorkLine]) {
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            guard lines[i].hasText, lines[i].shape.wordCount <= 20 else { continue }
            let lower = lines[i].kept.lowercased()
            let heading = lower.hasSuffix(":") ? String(lower.dropLast()) : lower
            if let colon = lower.firstIndex(of: ":"), lower.index(after: colon) != lower.endIndex,
                ChromeVocabulary.relatedHeadings.contains(String(lower[..<colon])), lines[i].shape.wordCount <= 20
            {
                lines[i].remove(.relatedPosts)
                continue
            }
            guard ChromeVocabulary.relatedHeadings.contains(heading) else { continue }
            lines[i].remove(.relatedPosts)
            var j = i + 1
            while j < lines.count {
                if lines[j].hasText {
                    // Titles of linked posts: short, unpunctuated. Prose ends the block.
                    guard lines[j].shape.isTitleLike(maxWords: 20) || lines[j].shape.endsWithQuestion else { break }
                    lines[j].remove(.relatedPosts)
                }
                j += 1
            }
            i = j - 1
        }
    }

    /// A poll: a short heading naming a poll, then the question, each option followed by its vote
    /// count ("33 (31%)"), and the counts; stops at the first line that is none of these.
    static func removePolls(_ lines: inout [WorkLine]) {
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            let shape = lines[i].shape
            guard lines[i].hasText, shape.wordCount <= 3,
                shape.words.contains(where: ChromeVocabulary.pollWords.contains)
            else { continue }
            // Only a heading followed by counts is a poll; "Poll" as a word in a title is not.
            let following = nextTexts(lines, after: i, count: 6)
            guard following.contains(where: { isVoteCount(lines[$0].shape) }) else { continue }
            lines[i].remove(.poll)
            var j = i + 1
            while j < lines.count {
                defer { j += 1 }
                guard lines[j].hasText else { continue }
                let here = lines[j].shape
                let ahead = nextTexts(lines, after: j, count: 4)
                let isCount = isVoteCount(here) || isPollAction(here)
                let isOption = ahead.first.map { isVoteCount(lines[$0].shape) } ?? false
                let isQuestion = here.endsWithQuestion && ahead.contains { isVoteCount(lines[$0].shape) }
                guard isCount || isOption || isQuestion else { break }
                lines[j].remove(.poll)
            }
            i = j - 1
        }
    }

    /// A menu closing the page: two or more short, unpunctuated lines with no blank line between
    /// them, after which nothing of the article follows ("For business / For researchers / For students").
    static func removeTrailingMenu(_ lines: inout [WorkLine]) {
        guard let last = lines.lastIndex(where: \.hasText) else { return }
        var first = last
        while first > 0 {
            let previous = lines[first - 1]
            // A blank or removed line above ends the menu.
            guard previous.hasText, isMenuEntry(previous) else { break }
            first -= 1
        }
        guard isMenuEntry(lines[last]), last - first + 1 >= 2 else { return }
        for k in first...last { lines[k].remove(.navigation) }
    }

    private static func isMenuEntry(_ line: WorkLine) -> Bool {
        !line.hadBullet && !line.isTitle && line.shape.isTitleLike(maxWords: 4) && !line.shape.endsWithQuestion
    }

    /// "33 (31%)", "21 votes", "31%", "Total votes: 107".
    static func isVoteCount(_ line: LineShape) -> Bool {
        guard line.hasNumber, line.wordCount <= 4 else { return false }
        return line.letterWords.allSatisfy { ["votes", "vote", "total", "голосов", "голоса"].contains($0) }
    }

    /// "Vote", "View results", "Show results".
    private static func isPollAction(_ line: LineShape) -> Bool {
        ["vote", "results", "view results", "show results", "see results"].contains(line.text.lowercased())
    }

    /// Indices of the next `count` lines with text after `index`.
    private static func nextTexts(_ lines: [WorkLine], after index: Int, count: Int) -> [Int] {
        var found: [Int] = []
        var k = index + 1
        while k < lines.count, found.count < count {
            if lines[k].hasText { found.append(k) }
            k += 1
        }
        return found
    }
}
