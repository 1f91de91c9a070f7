/// An HTML document as a flat array of nodes in document order (pre-order), made by `HTMLParser`
/// from libxml2's tree, so that nothing past the parser touches C.
///
/// Every node's subtree is the contiguous range `index..<end`, so "is this inside that" is a
/// comparison and a walk over a subtree is a loop, never a recursion (a page of a million nested
/// `<div>`s must not overflow a thread's stack).
///
/// ```swift
/// let tree = try HTMLParser.parse(Array("<p>Hello <b>world</b></p>".utf8), encoding: "UTF-8")
/// tree.nodes.map(\.name)   // ["html", "body", "p", "", "b", ""]
/// ```
struct HTMLTree {
    /// An element or a run of text.
    struct Node {
        /// Lower-case tag name; empty for text.
        var name: String
        /// The text of a text node; empty for an element.
        var text: String = ""
        /// The element's attributes, names lower-cased, in document order.
        var attributes: [(name: String, value: String)] = []
        /// Index of the parent element; -1 for a top-level node.
        var parent: Int
        /// One past the last index of the subtree.
        var end: Int = 0
        /// 1-based line of the HTML source where the node starts (0 when unknown).
        var line: Int

        var isText: Bool { name.isEmpty }
    }

    var nodes: [Node] = []

    /// The value of an attribute of node `index`, or nil.
    func attribute(_ name: String, of index: Int) -> String? {
        nodes[index].attributes.first { $0.name == name }?.value
    }

    /// The children of node `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            result.append(child)
            child = nodes[child].end
        }
        return result
    }

    /// True when `inner` lies in the subtree of `outer` (itself excluded).
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        inner > outer && inner < nodes[outer].end
    }

    /// The first element named `name` (in document order), or nil.
    func first(_ name: String, in range: Range<Int>? = nil) -> Int? {
        (range ?? nodes.indices).first { nodes[$0].name == name }
    }

    /// The text of a subtree, white space collapsed to single spaces and trimmed, a space where
    /// an element other than an inline one starts ("World" and "Politics" in two list items do
    /// not run together); the code of scripts and styles inside it left out (the subtree's own,
    /// when it is one, is its text).
    func text(of index: Int) -> String {
        var collector = TextCollapser()
        var i = index
        while i < nodes[index].end {
            if nodes[i].isText {
                collector.append(nodes[i].text)
            } else if i != index, BoilerplateHints.scriptTags.contains(nodes[i].name) {
                i = nodes[i].end
                continue
            } else if !Self.inlineTags.contains(nodes[i].name) {
                collector.space()
            }
            i += 1
        }
        return collector.text
    }

    /// Elements that run within a line of text (phrasing content).
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "nobr",
    ]

    /// The ancestors of `index`, nearest first.
    func ancestors(of index: Int) -> [Int] {
        var result: [Int] = []
        var parent = nodes[index].parent
        while parent >= 0 {
            result.append(parent)
            parent = nodes[parent].parent
        }
        return result
    }
}

/// Collapses white space the way a browser renders text: runs of spaces, tabs, line ends and
/// no-break spaces become one space, invisible characters (soft hyphens, zero-width spaces, BOMs)
/// go, and the edges are trimmed.
struct TextCollapser {
    private(set) var scalars = String.UnicodeScalarView()
    /// The number of scalars in `scalars` (a view's count is not O(1)).
    private(set) var count = 0
    private var pendingSpace = false

    var text: String { String(scalars) }
    var isEmpty: Bool { count == 0 }

    /// Where the first scalar that is not white space of the last `append` went, when it had one.
    private(set) var lastAppendStart: Int?

    /// Appends text; white space at its edges becomes at most one space between words.
    mutating func append(_ text: String) {
        lastAppendStart = nil
        for scalar in text.unicodeScalars {
            if Self.isInvisible(scalar) { continue }
            if Self.isSpace(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace, count > 0 {
                scalars.append(" ")
                count += 1
            }
            pendingSpace = false
            if lastAppendStart == nil { lastAppendStart = count }
            scalars.append(scalar)
            count += 1
        }
    }

    /// A break the next text must not be glued to (a `<br>`, a cell boundary).
    mutating func space() {
        pendingSpace = true
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0E...0x1F, 0x7F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return true
        default: return false
        }
    }
}
