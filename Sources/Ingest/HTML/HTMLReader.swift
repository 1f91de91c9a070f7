import Domain
import Foundation

/// Reads an HTML page into a `NormalizedSource`: the article's text and nothing else, its
/// metadata, and every block of furniture it left out, with the reason.
///
/// ```swift
/// let source = try HTMLReader().read(Array(html.utf8), path: "page.html").source
/// source.text         // "Talks stall again\n\nThe talks between ..."
/// source.paragraphs   // [title, body, ...]
/// source.removedLines // [navigation, cookie_banner, comments, ...]
/// ```
///
/// The stages: libxml2 parses the bytes (`HTMLParser`, in the encoding `HTMLEncoding` decides);
/// `HTMLMetadata` reads the head; `FurnitureMarker` marks scripts, navigation, comments, cookie
/// banners and the like; `ContentScorer` picks the article's container as Readability does;
/// `HTMLBlockCollector` makes its paragraphs, with `ConditionalCleaner` dropping the furniture
/// inside it; `ArticleHeader` takes the headline, byline and date lines off its head. The title
/// is the text's first paragraph (kind `title`), as for text files. The text normalizer's line
/// rules are not run: an HTML page says in its markup what text files say in their line shapes.
public struct HTMLReader: Sendable {
    public init() {}

    /// Reads one page.
    /// - Returns: the source, and how the bytes were decoded when not plain UTF-8.
    /// - Throws: `IngestRefusal` `.empty` when the page has no article text.
    public func read(_ bytes: [UInt8], path: String) throws -> (source: NormalizedSource, note: String?) {
        let (encoding, note) = HTMLEncoding.detect(bytes)
        guard let tree = HTMLParser.parse(bytes, encoding: encoding) ?? HTMLParser.parse(bytes, encoding: "windows-1252"),
            !tree.nodes.isEmpty
        else {
            throw IngestRefusal(path: path, reason: .empty, message: "has no HTML content to read")
        }
        let metadata = HTMLMetadata.read(tree)
        let furniture = FurnitureMarker(tree)
        let marks = furniture.marks
        let isDropped: (Int) -> Bool = { marks[$0] != nil }
        let statistics = TextStatistics(tree, skipped: isDropped)
        let scorer = ContentScorer(tree: tree, statistics: statistics, isDropped: isDropped)
        let containers = scorer.containers()
        let cleaner = ConditionalCleaner(tree: tree, statistics: statistics, scorer: scorer, isDropped: isDropped)
        let base = (metadata.base ?? metadata.url).flatMap { URL(string: $0) }
        var collector = HTMLBlockCollector(tree: tree, marks: marks, cleaner: cleaner, base: base)
        collector.collect(containers)

        let pageTitle = metadata.title ?? firstHeading(tree, marks: marks)
        let header = ArticleHeader.read(collector.blocks, title: pageTitle)
        guard !header.blocks.isEmpty else {
            throw IngestRefusal(
                path: path, reason: .empty,
                message: "has no article text (only markup, scripts or page furniture)")
        }
        var removed = (collector.removed + Self.outside(tree, containers, marks, statistics, title: pageTitle))
            .sorted { $0.index < $1.index }.map(\.line)
        removed = (removed + header.removed).enumerated()
            .sorted { ($0.element.lineNumber, $0.offset) < ($1.element.lineNumber, $1.offset) }.map(\.element)

        var blocks = header.blocks
        var title = pageTitle
        if title == nil, blocks.count > 1, blocks[0].kind == .heading {
            title = blocks.removeFirst().text
        }
        if let title {
            blocks.insert(HTMLBlock(text: title, kind: .title, line: blocks.first?.line ?? 1), at: 0)
        }
        let (text, paragraphs) = ParagraphBuilder.assemble(
            blocks.map {
                ParagraphBuilder.Block(text: $0.text, kind: $0.kind, lineNumber: $0.line)
            })
        var links: [Link] = []
        for (block, paragraph) in zip(blocks, paragraphs) {
            for link in block.links {
                links.append(Link(url: link.url, span: TextSpan(start: paragraph.span.start + link.start, length: link.length)))
            }
        }
        let source = NormalizedSource(
            text: text, title: title, author: metadata.author ?? header.author, publisher: metadata.publisher,
            published: metadata.published ?? header.published, url: metadata.url, links: links,
            removedLines: removed, paragraphs: paragraphs)
        return (source, note)
    }

    /// The text of the page's first `<h1>` that is not furniture, when the head gave no title.
    private func firstHeading(_ tree: HTMLTree, marks: [FurnitureMarker.Mark?]) -> String? {
        var index = 0
        while index < tree.nodes.count {
            if marks[index] != nil {
                index = tree.nodes[index].end
                continue
            }
            if tree.nodes[index].name == "h1" {
                let text = tree.text(of: index)
                if !text.isEmpty { return text }
            }
            index += 1
        }
        return nil
    }

    /// True when an element has a child element that starts a block.
    private static func holdsBlocks(_ tree: HTMLTree, _ index: Int) -> Bool {
        !tree.nodes[index].isText && tree.children(of: index).contains { ContentScorer.blockTags.contains(tree.nodes[$0].name) }
    }

    /// The text outside the containers, as removed lines: the furniture marked there with its
    /// reason, the headline as `repeated_title`, bylines and dates as `metadata`, the rest as
    /// `boilerplate_block`. One line per block (an element holding no block, or a marked one).
    static func outside(
        _ tree: HTMLTree, _ containers: [Int], _ marks: [FurnitureMarker.Mark?],
        _ statistics: TextStatistics, title: String?
    ) -> [(index: Int, line: RemovedLine)] {
        var result: [(index: Int, line: RemovedLine)] = []
        let titleKey = title.map(HeaderLines.comparable)
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            if containers.contains(index) {
                index = node.end
                continue
            }
            if let mark = marks[index] {
                if case .recorded(let reason) = mark, let line = HTMLBlockCollector.removedLine(tree, index, reason) {
                    result.append((index, line))
                }
                index = node.isText ? index + 1 : node.end
                continue
            }
            // An ancestor of the content, or a box of several blocks: each of its blocks on its own line.
            if containers.contains(where: { tree.contains(index, $0) }) || holdsBlocks(tree, index) {
                index += 1
                continue
            }
            let text = node.isText ? tree.text(of: index) : (statistics.length[index] > 0 ? tree.text(of: index) : "")
            if !text.isEmpty {
                var reason = RemovedLineReason.boilerplateBlock
                if let titleKey, HeaderLines.comparable(text) == titleKey {
                    reason = .repeatedTitle
                } else if node.name == "figcaption" {
                    reason = .imageCredit
                } else if HeaderLines.byline(text) != nil || HeaderLines.dateLine(text) != nil {
                    reason = .metadata
                }
                result.append((index, RemovedLine(lineNumber: max(1, node.line), text: text, reason: reason)))
            }
            index = node.isText ? index + 1 : node.end
        }
        return result
    }
}
