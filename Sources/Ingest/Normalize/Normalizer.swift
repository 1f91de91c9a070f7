/// Turns the decoded text of an article into clean text, metadata, the site chrome it removed
/// (with line numbers and reasons), and paragraphs.
///
/// ```swift
/// let source = Normalizer().normalize("Title\n\nBy Jane Doe\n\nFirst sentence.\n\nShare this article",
///                                     fileName: "example.txt")
/// source.title        // "Title"
/// source.author       // "Jane Doe"
/// source.text         // "Title\n\nFirst sentence."
/// source.removedLines // [line 3 "By Jane Doe" .metadata, line 7 "Share this article" .shareWidget]
/// ```
///
/// The rules read the shape and vocabulary of lines (see `ChromeRules`, `BlockRules`,
/// `HeaderRules`), never particular sites, so they carry over to articles not seen before. The text's
/// own wording, quotes and typos are kept; only white space, invisible characters and bullet glyphs
/// change inside a kept line.
public struct Normalizer: Sendable {
    public init() {}

    /// Normalizes one article.
    /// - Parameters:
    ///   - raw: the file's text, decoded (CRLF and CR line ends are accepted).
    ///   - fileName: the file's name; not used by any rule (kept for messages and fallbacks).
    public func normalize(_ raw: String, fileName: String) -> NormalizedSource {
        var lines = RawLines.split(raw).enumerated().map { WorkLine(number: $0.offset + 1, raw: $0.element) }
        var metadata = Metadata()

        for i in lines.indices {
            if !lines[i].hasText {
                // A line of NBSPs, zero-width characters or a lone bullet: nothing readable.
                if lines[i].raw.unicodeScalars.contains(where: { !$0.isASCII || !$0.properties.isWhitespace }) {
                    lines[i].recordBlankGlyphs()
                }
                continue
            }
            if let glued = GluedChromeRules.split(lines[i].kept) {
                lines[i].removePieces(glued.removed, keeping: glued.kept)
                metadata.offer(author: glued.author, line: lines[i].number)
                metadata.offer(date: glued.date, line: lines[i].number)
            }
            if let url = HeaderRules.ownURL(lines[i].shape) {
                metadata.url = metadata.url ?? url
                lines[i].remove(.metadata)
            }
            guard lines[i].hasText, let reason = ChromeRules.classify(lines[i].shape) else { continue }
            if reason == .printWidget, let printed = ChromeRules.printWidgetDate(lines[i].shape), let date = printed {
                metadata.offer(date: date, line: lines[i].number)
            }
            lines[i].remove(reason)
        }
        BlockRules.removeRelatedPosts(&lines)
        BlockRules.removePolls(&lines)
        readHeader(&lines, into: &metadata)
        removeDateLines(&lines, into: &metadata)
        BlockRules.removeTrailingMenu(&lines)

        let blocks = ParagraphBuilder.blocks(lines)
        let (text, paragraphs) = ParagraphBuilder.assemble(blocks)
        return NormalizedSource(
            text: text, title: metadata.title, author: metadata.author, publisher: metadata.publisher,
            published: metadata.published, url: metadata.url,
            links: links(lines: lines, blocks: blocks, paragraphs: paragraphs),
            removedLines: lines.flatMap(\.removed), paragraphs: paragraphs)
    }

    /// The header: the lines before the first line of prose. The first line naming a site is the
    /// publisher; date lines, bylines, a breadcrumb trail and quoted teasers may come before the
    /// headline; the next line is the headline (or the breadcrumb's last crumb when there is none).
    /// After it come repeats of the headline, the byline, the date and avatars, all removed as
    /// metadata. Anything else there (a standfirst) stays.
    private func readHeader(_ lines: inout [WorkLine], into metadata: inout Metadata) {
        let header = headerLines(lines)
        guard let first = header.first else { return }
        var rest = header[...]
        var breadcrumbTitle: String?
        while let i = rest.first {
            let shape = lines[i].shape
            if i == first, rest.count > 1, HeaderRules.isSiteName(shape) {
                metadata.publisher = lines[i].kept
                lines[i].remove(.siteName)
            } else if takeDateOrByline(&lines[i], into: &metadata) {
                // removed as metadata
            } else if let crumb = HeaderRules.breadcrumbTitle(shape) {
                breadcrumbTitle = breadcrumbTitle ?? crumb
                lines[i].remove(.navigation)
            } else if !shape.isWholeQuotation {
                break
            }
            rest = rest.dropFirst()
        }
        // A headline reads like a title: not a sentence ending in a period, not a widget, not the
        // first line of a hard-wrapped paragraph (the next line goes on in lower case).
        if let next = rest.first, !lines[next].shape.endsWithPeriod, !lines[next].shape.endsOpen,
            !lines[next].shape.isWholeQuotation, lines[next].shape.wordCount <= 30,
            !(next + 1 < lines.count && lines[next + 1].hasText && lines[next + 1].shape.startsLowercase)
        {
            lines[next].isTitle = true
            metadata.title = lines[next].kept
            rest = rest.dropFirst()
        } else {
            metadata.title = breadcrumbTitle
        }
        let titleKey = metadata.title.map(Self.comparable)
        for i in rest {
            let shape = lines[i].shape
            let number = lines[i].number
            if let titleKey, Self.comparable(lines[i].kept) == titleKey {
                lines[i].remove(.repeatedTitle)
            } else if takeDateOrByline(&lines[i], into: &metadata) {
                // removed as metadata
            } else if let name = HeaderRules.avatarName(shape) {
                metadata.offer(author: name, line: number)
                lines[i].remove(.metadata)
            } else if metadata.publisher == nil, HeaderRules.isSiteName(shape) {
                metadata.publisher = lines[i].kept
                lines[i].remove(.siteName)
            } else if metadata.author == nil, metadata.title != nil, shape.wordCount >= 2,
                HeaderRules.isPersonName(lines[i].kept)
            {
                metadata.offer(author: lines[i].kept, line: number)
                lines[i].remove(.metadata)
            }
        }
    }

    /// A date line or a byline: its date and author offered as metadata and the line removed.
    /// - Returns: false when the line is neither.
    private func takeDateOrByline(_ line: inout WorkLine, into metadata: inout Metadata) -> Bool {
        if let date = HeaderRules.dateLine(line.shape) {
            metadata.offer(date: date, line: line.number)
        } else if let byline = HeaderRules.byline(line.shape) {
            metadata.offer(author: byline.author, line: line.number)
            metadata.offer(date: byline.date, line: line.number)
        } else {
            return false
        }
        line.remove(.metadata)
        return true
    }

    /// Indices of the lines with text before the first line of prose (at most 10 of them).
    private func headerLines(_ lines: [WorkLine]) -> [Int] {
        var header: [Int] = []
        for i in lines.indices where lines[i].hasText {
            let shape = lines[i].shape
            if header.count == 10 { break }
            // The page's first line may be a long headline or a question ("Will X happen, and
            // when?"); a quoted teaser may stand before the headline.
            let headlineFirst = header.isEmpty && shape.wordCount <= 30 && !shape.endsWithPeriod && !shape.endsOpen
            if shape.isProse, !headlineFirst, !shape.isWholeQuotation { break }
            header.append(i)
        }
        return header
    }

    /// A line that is only a date, anywhere in the body, is page furniture: removed as metadata and
    /// used as the publication date when the header gave none.
    private func removeDateLines(_ lines: inout [WorkLine], into metadata: inout Metadata) {
        for i in lines.indices where lines[i].hasText && !lines[i].isTitle && !lines[i].hadBullet {
            guard let date = HeaderRules.dateLine(lines[i].shape) else { continue }
            metadata.offer(date: date, line: lines[i].number)
            lines[i].remove(.metadata)
        }
    }

    /// Every URL of the raw text in line order: with its span when its paragraph is kept, nil when
    /// its line was removed.
    private func links(lines: [WorkLine], blocks: [ParagraphBuilder.Block], paragraphs: [Paragraph]) -> [Link] {
        var found: [(line: Int, offset: Int, link: Link)] = []
        for (block, paragraph) in zip(blocks, paragraphs) {
            for url in LinkFinder.urls(in: block.text) {
                let span = TextSpan(start: paragraph.span.start + url.range.lowerBound, length: url.range.count)
                found.append((block.lineNumber, url.range.lowerBound, Link(url: url.url, span: span)))
            }
        }
        for line in lines {
            for removed in line.removed {
                for url in LinkFinder.urls(in: removed.text) {
                    found.append((line.number, url.range.lowerBound, Link(url: url.url, span: nil)))
                }
            }
        }
        return found.sorted { ($0.line, $0.offset) < ($1.line, $1.offset) }.map(\.link)
    }

    /// Text compared for repeats: lower-cased letters and digits only.
    private static func comparable(_ text: String) -> String {
        LineShape.lexicalWords(text).joined(separator: " ")
    }
}

/// Metadata gathered while reading the lines. A value found earlier in the file wins.
private struct Metadata {
    var title: String?
    var author: String?
    var publisher: String?
    var published: String?
    var url: String?
    private var authorLine = Int.max
    private var dateLine = Int.max

    mutating func offer(author: String?, line: Int) {
        guard let author, !author.isEmpty, line < authorLine,
            !ChromeVocabulary.genericAccountNames.contains(author.lowercased())
        else { return }
        self.author = author
        authorLine = line
    }

    mutating func offer(date: String?, line: Int) {
        guard let date, line < dateLine else { return }
        published = date
        dateLine = line
    }
}
