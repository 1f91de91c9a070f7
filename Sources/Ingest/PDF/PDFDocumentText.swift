import Domain

/// The text of a PDF's pages made into a normalized source (the steps of `PDFReader`).
struct PDFDocumentText {
    let pages: [PDFPage]
    let info: PDFInfo

    func source() -> NormalizedSource {
        let running = RunningLines.find(pages)
        let bodyHeight = Self.bodyHeight(pages, skipping: running)
        var lines: [PDFTextLine] = []
        var footnotes: [PDFFootnote] = []
        for (pageIndex, page) in pages.enumerated() {
            let skipped = Set(page.lines.indices.filter { running[PDFLinePosition(page: pageIndex, line: $0)] != nil })
            let notes = Footnotes.find(in: page, skipping: skipped, bodyHeight: bodyHeight)
            footnotes += notes.notes
            let body = page.lines.indices.filter { !skipped.contains($0) && !notes.lines.contains($0) }
            lines += Self.textLines(page, ReadingOrder.order(page, lines: body), footnoteNumbers: Set(notes.notes.map(\.number)))
        }
        var paragraphs = PDFParagraphs.build(
            lines, bodyHeight: bodyHeight, compounds: PDFParagraphs.compounds(in: lines.map(\.text)))
        var removed = running.map { position, reason in
            let line = pages[position.page].lines[position.line]
            return RemovedLine(lineNumber: line.number, text: line.plainText, reason: reason)
        }
        let head = Self.readHead(&paragraphs)
        removed += head.removed
        var title = head.title
        var blocks = paragraphs.map { (text: $0.text, kind: $0.kind, page: Optional($0.page), line: $0.line) }
        if title == nil, let infoTitle = info.title {
            title = infoTitle
            blocks.insert((infoTitle, .title, nil, 0), at: 0)
        }
        blocks += footnotes.map { (text: $0.text, kind: ParagraphKind.body, page: Optional($0.page), line: 0) }
        var (text, assembled) = ParagraphBuilder.assemble(
            blocks.map {
                ParagraphBuilder.Block(text: $0.text, kind: $0.kind, lineNumber: $0.line)
            })
        for index in assembled.indices { assembled[index].page = blocks[index].page }
        var links: [Link] = []
        for (block, paragraph) in zip(blocks, assembled) {
            for url in LinkFinder.urls(in: block.text) {
                links.append(
                    Link(
                        url: url.url, span: TextSpan(start: paragraph.span.start + url.range.lowerBound, length: url.range.count))
                )
            }
        }
        return NormalizedSource(
            text: text, title: title, author: head.author ?? info.author, publisher: nil,
            published: head.published ?? info.created,
            url: nil, links: links, removedLines: removed.sorted { $0.lineNumber < $1.lineNumber }, paragraphs: assembled)
    }

    /// The head of the first page: a headline (short, not a sentence) becomes the title; the
    /// bylines and date lines before the first paragraph of prose are removed as metadata.
    static func readHead(_ paragraphs: inout [PDFParagraph]) -> (
        title: String?, author: String?, published: String?, removed: [RemovedLine]
    ) {
        var head: (title: String?, author: String?, published: String?, removed: [RemovedLine]) = (nil, nil, nil, [])
        if let first = paragraphs.first, first.page == 1, first.kind != .listItem, first.text.split(separator: " ").count <= 25,
            !PDFParagraphs.endsSentence(first.text), first.text.first?.isUppercase ?? false
        {
            head.title = first.text
            paragraphs[0].kind = .title
        }
        var index = head.title == nil ? 0 : 1
        while index < paragraphs.count, paragraphs[index].page == 1 {
            let paragraph = paragraphs[index]
            if paragraph.kind == .body, paragraph.text.split(separator: " ").count >= 12 { break }  // the prose starts
            if let byline = HeaderLines.byline(paragraph.text) {
                head.author = head.author ?? byline.author
                head.published = head.published ?? byline.date
            } else if let date = HeaderLines.dateLine(paragraph.text) {
                head.published = head.published ?? date
            } else {
                index += 1
                continue
            }
            head.removed.append(RemovedLine(lineNumber: paragraph.line, text: paragraph.text, reason: .metadata))
            paragraphs.remove(at: index)
        }
        return head
    }

    /// The body's type size: the median line height, each line counted once per word.
    static func bodyHeight(_ pages: [PDFPage], skipping running: [PDFLinePosition: RemovedLineReason]) -> Double {
        var heights: [Double] = []
        for (pageIndex, page) in pages.enumerated() {
            for (lineIndex, line) in page.lines.enumerated()
            where running[PDFLinePosition(page: pageIndex, line: lineIndex)] == nil {
                heights += Array(repeating: line.height, count: line.words.count)
            }
        }
        heights.sort()
        return heights.isEmpty ? 10 : heights[heights.count / 2]
    }

    /// The page's body lines in reading order, with their text (markers out) and the edges of
    /// their columns.
    static func textLines(_ page: PDFPage, _ order: [OrderedLine], footnoteNumbers: Set<String>) -> [PDFTextLine] {
        var edges: [Int: (left: Double, right: Double)] = [:]
        for item in order {
            let line = page.lines[item.index]
            let edge = edges[item.column] ?? (line.xMin, line.xMax)
            edges[item.column] = (min(edge.left, line.xMin), max(edge.right, line.xMax))
        }
        return order.map { item in
            let line = page.lines[item.index]
            let text = TrailingMarkers.strip(Ligatures.expand(PDFLineText.read(line).text), numbers: footnoteNumbers)
            let edge = edges[item.column] ?? (line.xMin, line.xMax)
            return PDFTextLine(
                text: text, page: page.number, number: line.number, xMin: line.xMin, xMax: line.xMax,
                yMin: line.yMin, yMax: line.yMax, height: line.height, column: item.column, band: item.band,
                left: edge.left, right: edge.right)
        }
    }
}
