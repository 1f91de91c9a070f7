import Domain

/// The head of an article's paragraphs, before its prose: the headline again (the page's title
/// is already the text's first paragraph), the byline and the date lines. They are removed as
/// `repeated_title` and `metadata`, and give the author and date when the page's metadata did not.
///
/// ```swift
/// // blocks: "Talks stall again" (heading), "By Jane Doe", "12 March 2024", "The talks ..." (body)
/// let head = ArticleHeader.read(blocks, title: "Talks stall again")
/// head.blocks.count   // 1
/// head.author         // "Jane Doe"
/// head.published      // "2024-03-12"
/// ```
struct ArticleHeader {
    var blocks: [HTMLBlock] = []
    var removed: [RemovedLine] = []
    var author: String?
    var published: String?

    /// Blocks before the first paragraph of prose (twelve words or more) are the header.
    static func read(_ blocks: [HTMLBlock], title: String?) -> ArticleHeader {
        var header = ArticleHeader()
        let titleKey = title.map(HeaderLines.comparable)
        var inHeader = true
        for block in blocks {
            if inHeader, block.kind == .body, block.text.split(separator: " ").count >= 12 { inHeader = false }
            guard inHeader else {
                header.blocks.append(block)
                continue
            }
            if let titleKey, HeaderLines.comparable(block.text) == titleKey {
                header.removed.append(RemovedLine(lineNumber: block.line, text: block.text, reason: .repeatedTitle))
            } else if let byline = HeaderLines.byline(block.text) {
                header.author = header.author ?? byline.author
                header.published = header.published ?? byline.date
                header.removed.append(RemovedLine(lineNumber: block.line, text: block.text, reason: .metadata))
            } else if let date = HeaderLines.dateLine(block.text) {
                header.published = header.published ?? date
                header.removed.append(RemovedLine(lineNumber: block.line, text: block.text, reason: .metadata))
            } else {
                header.blocks.append(block)
            }
        }
        return header
    }
}
