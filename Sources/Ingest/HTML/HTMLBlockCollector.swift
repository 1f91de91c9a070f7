import Domain
import Foundation

/// A paragraph of an HTML page's article: its text (white space collapsed), its kind, the line
/// of the source it starts on, and the links of its text.
struct HTMLBlock: Equatable {
    var text: String
    var kind: ParagraphKind
    var line: Int
    /// Each link's URL and the scalar range of its anchor text in `text`.
    var links: [HTMLLink] = []
}

/// A link of a block: its URL and where its anchor text stands in the block.
struct HTMLLink: Equatable {
    var url: String
    var start: Int
    var length: Int
}

/// Walks the article's containers in document order and makes their paragraphs: `h1`–`h6`
/// become headings, `li`, `dt` and `dd` list items, everything else body paragraphs; inline
/// elements join the text around them, `<br><br>` and block elements end a paragraph, each line
/// of a `<pre>` is one. Furniture met on the way (marked, or dropped by `ConditionalCleaner`)
/// becomes removed lines; footnote markers (`<sup>1</sup>`) are left out of the text.
///
/// The walk is a loop over the flat tree with a stack of open elements, never a recursion.
struct HTMLBlockCollector {
    let tree: HTMLTree
    let marks: [FurnitureMarker.Mark?]
    let cleaner: ConditionalCleaner
    /// Where relative links point from (`<base href>` or the page's URL), when known.
    let base: URL?

    private(set) var blocks: [HTMLBlock] = []
    /// Removed elements with their tree index (to order them with those outside the containers).
    private(set) var removed: [(index: Int, line: RemovedLine)] = []

    private var buffer = TextCollapser()
    private var bufferLine = 0
    private var bufferLinks: [HTMLLink] = []
    /// The links open: URL (nil for one not stored) and where its anchor text starts, once it has some.
    private var openLinks: [(url: String?, start: Int?)] = []
    private var preDepth = 0
    /// Only white space since the last `<br>`: a second one ends the paragraph.
    private var afterBreak = false
    /// The open elements: tree index and one past the end of its subtree.
    private var open: [(index: Int, end: Int)] = []

    init(tree: HTMLTree, marks: [FurnitureMarker.Mark?], cleaner: ConditionalCleaner, base: URL?) {
        self.tree = tree
        self.marks = marks
        self.cleaner = cleaner
        self.base = base
    }

    /// Collects the paragraphs of each container, in order.
    mutating func collect(_ containers: [Int]) {
        for container in containers { walk(container) }
    }

    private mutating func walk(_ root: Int) {
        var index = root
        let end = tree.nodes[root].end
        while index < end {
            while let last = open.last, last.end <= index {
                leave(last.index)
                open.removeLast()
            }
            let node = tree.nodes[index]
            if node.isText {
                appendText(node.text, line: node.line)
                index += 1
                continue
            }
            if let mark = marks[index] {
                if case .recorded(let reason) = mark { record(index, reason) }
                index = node.end
                continue
            }
            if index != root, let reason = cleaner.reason(index) {
                record(index, reason)
                index = node.end
                continue
            }
            if node.name == "sup", Self.isFootnoteMarker(tree.text(of: index)) {
                index = node.end
                continue
            }
            enter(index)
            open.append((index, node.end))
            index += 1
        }
        while let last = open.popLast() { leave(last.index) }
        flush()
    }

    // MARK: Elements

    private mutating func enter(_ index: Int) {
        let name = tree.nodes[index].name
        if name == "br" {
            if afterBreak { flush() } else { buffer.space() }
            afterBreak = true
            return
        }
        if ContentScorer.blockTags.contains(name) {
            flush()
        } else if name == "td" || name == "th" {
            buffer.space()
        }
        if name == "pre" { preDepth += 1 }
        if name == "a" {
            openLinks.append((tree.attribute("href", of: index).flatMap(resolve), nil))
        }
    }

    private mutating func leave(_ index: Int) {
        let name = tree.nodes[index].name
        if name == "a", let link = openLinks.popLast(), let url = link.url, let start = link.start, buffer.count > start {
            bufferLinks.append(HTMLLink(url: url, start: start, length: buffer.count - start))
        }
        if name == "pre" { preDepth -= 1 }
        if ContentScorer.blockTags.contains(name), name != "br" { flush() }
    }

    private mutating func appendText(_ text: String, line: Int) {
        guard preDepth > 0 else {
            add(text, line: line)
            return
        }
        var first = true
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !first { flush() }
            first = false
            add(String(piece), line: line)
        }
    }

    private mutating func add(_ text: String, line: Int) {
        let before = buffer.count
        buffer.append(text)
        guard let start = buffer.lastAppendStart else { return }
        if before == 0 { bufferLine = line }
        afterBreak = false
        for i in openLinks.indices where openLinks[i].start == nil { openLinks[i].start = start }
    }

    /// Ends the paragraph being read, if it has text.
    private mutating func flush() {
        defer {
            buffer = TextCollapser()
            bufferLinks = []
            afterBreak = false
            for i in openLinks.indices { openLinks[i].start = nil }
        }
        guard !buffer.isEmpty else { return }
        blocks.append(HTMLBlock(text: buffer.text, kind: currentKind(), line: bufferLine, links: bufferLinks))
    }

    /// The kind given by the innermost open heading or list item.
    private func currentKind() -> ParagraphKind {
        for (index, _) in open.reversed() {
            switch tree.nodes[index].name {
            case "h1", "h2", "h3", "h4", "h5", "h6": return .heading
            case "li", "dt", "dd": return .listItem
            default: continue
            }
        }
        return .body
    }

    // MARK: Removed elements and links

    private mutating func record(_ index: Int, _ reason: RemovedLineReason) {
        guard let line = Self.removedLine(tree, index, reason) else { return }
        removed.append((index, line))
    }

    /// The removed line for a dropped element: its text (a script's cut to 200 characters), or
    /// nil when it has none.
    static func removedLine(_ tree: HTMLTree, _ index: Int, _ reason: RemovedLineReason) -> RemovedLine? {
        var text = tree.text(of: index)
        guard !text.isEmpty else { return nil }
        if reason == .script, text.unicodeScalars.count > 200 {
            text = String(String.UnicodeScalarView(text.unicodeScalars.prefix(200))) + "…"
        }
        return RemovedLine(lineNumber: max(1, tree.nodes[index].line), text: text, reason: reason)
    }

    /// "1", "12", "[3]", "*", "†": a footnote's marker, not a word of the sentence.
    static func isFootnoteMarker(_ text: String) -> Bool {
        let core = text.filter { $0 != "[" && $0 != "]" && $0 != "(" && $0 != ")" }
        guard !core.isEmpty, core.count <= 3 else { return false }
        return core.allSatisfy { $0.isNumber || "*†‡§¶".contains($0) }
    }

    /// An absolute URL for an `href`, or nil for one that leads nowhere to store (a fragment,
    /// `javascript:`).
    private func resolve(_ href: String) -> String? {
        let trimmed = href.trimmingSpaces
        let lower = trimmed.lowercased()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !lower.hasPrefix("javascript:") else { return nil }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("mailto:") { return trimmed }
        guard let base, let url = URL(string: trimmed, relativeTo: base) else { return trimmed }
        return url.absoluteString
    }
}
