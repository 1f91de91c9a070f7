/// Finds the element that holds the article, as Mozilla Readability's `_grabArticle` does, on a
/// page whose furniture is marked already.
///
/// Every paragraph-like element (`p`, `pre`, `td`, `h2`–`h6`, a `div` of inline content) of 25
/// characters or more scores `1 + commas + 1 + min(length / 100, 3)`, given whole to its parent,
/// half to its grandparent and a third of its level to ancestors up to five levels. An ancestor
/// starts from its tag (`div` +5, lists −3, headings −5) and its class and id (+25 for words of
/// content, −25 for words of furniture); its score is then scaled by `1 − link density`. The
/// best becomes the container, moved up when three near-equal candidates share an ancestor, when
/// its parent scores higher, or when it is an only child; siblings that score close to it (or
/// paragraphs of prose beside it) join it.
struct ContentScorer {
    let tree: HTMLTree
    let statistics: TextStatistics
    let isDropped: (Int) -> Bool
    /// The node or one of its ancestors is dropped.
    private let insideDropped: [Bool]
    /// Some element of the subtree (itself excluded) starts a block.
    private let holdsBlock: [Bool]

    /// Each array in one pass: `insideDropped` forward (a parent comes before its children),
    /// `holdsBlock` backward, so a page of deeply nested elements costs no more than a flat one.
    init(tree: HTMLTree, statistics: TextStatistics, isDropped: @escaping (Int) -> Bool) {
        self.tree = tree
        self.statistics = statistics
        self.isDropped = isDropped
        var inside = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            inside[index] = isDropped(index) || (parent >= 0 && inside[parent])
        }
        var holds = Array(repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices.reversed() {
            let parent = tree.nodes[index].parent
            if parent >= 0, holds[index] || Self.blockTags.contains(tree.nodes[index].name) { holds[parent] = true }
        }
        insideDropped = inside
        holdsBlock = holds
    }

    /// Tags scored as paragraphs.
    static let paragraphTags: Set<String> = ["p", "pre", "td", "h2", "h3", "h4", "h5", "h6"]
    /// Tags that start a block: a `div` holding none of them is a paragraph.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "br",
    ]

    /// The roots of the article's content, in document order (the best candidate and the
    /// siblings that join it), or the body when nothing scores.
    func containers() -> [Int] {
        var scores: [Int: Double] = [:]
        for index in tree.nodes.indices where isScored(index) {
            let length = statistics.length[index]
            guard length >= 25 else { continue }
            let score = 1.0 + Double(statistics.commas[index] + 1) + Double(min(length / 100, 3))
            var ancestor = tree.nodes[index].parent
            var level = 0
            while ancestor >= 0, level < 5 {
                guard tree.nodes[ancestor].name != "html" else { break }
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        for (candidate, score) in scores { scores[candidate] = score * (1 - statistics.linkDensity(candidate)) }
        let ranked = scores.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, tree.nodes[best.key].name != "body" else {
            return [tree.first("body") ?? 0]
        }
        let top = climb(from: best.key, ranked: Array(ranked.prefix(5)), scores: scores)
        return withSiblings(top, scores: scores)
    }

    /// A `div` of inline content only: a paragraph written as a `div` (Readability turns them
    /// into `p`s before it weighs anything).
    func isParagraphDiv(_ index: Int) -> Bool {
        tree.nodes[index].name == "div" && !holdsBlock[index]
    }

    /// Paragraph-like elements: the scored tags, and `div`s of inline content only.
    private func isScored(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        guard !node.isText, !insideDropped[index] else { return false }
        if Self.paragraphTags.contains(node.name) { return true }
        return node.name == "div" && !holdsBlock[index]
    }

    /// A candidate's score before its paragraphs: its tag and its class and id.
    private func initialScore(_ index: Int) -> Double {
        var score: Double
        switch tree.nodes[index].name {
        case "div": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        return score + classWeight(index)
    }

    /// +25 for each of class and id that names content, −25 for each that names furniture
    /// (Readability's `positive` and `negative` patterns, matched inside the value as it does).
    func classWeight(_ index: Int) -> Double {
        var weight = 0.0
        for attribute in ["class", "id"] {
            guard let value = tree.attribute(attribute, of: index)?.lowercased(), !value.isEmpty else { continue }
            if Self.negativeParts.contains(where: value.contains) { weight -= 25 }
            if Self.positiveParts.contains(where: value.contains) { weight += 25 }
        }
        return weight
    }

    static let positiveParts = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
    ]
    static let negativeParts = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping",
        "tags", "widget",
    ]

    /// Moves the best candidate up: to an ancestor shared by three near-equal candidates, to a
    /// parent that scores higher, and past ancestors of which it is the only child.
    private func climb(from best: Int, ranked: [(key: Int, value: Double)], scores: [Int: Double]) -> Int {
        var top = best
        let bestScore = ranked.first?.value ?? 0
        let alternatives = ranked.dropFirst().filter { bestScore > 0 && $0.value / bestScore >= 0.75 }.map(\.key)
        if alternatives.count >= 3 {
            var parent = tree.nodes[top].parent
            while parent >= 0, tree.nodes[parent].name != "body" {
                if alternatives.filter({ tree.contains(parent, $0) }).count >= 3 {
                    top = parent
                    break
                }
                parent = tree.nodes[parent].parent
            }
        }
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = tree.nodes[top].parent
        while parent >= 0, tree.nodes[parent].name != "body" {
            if let parentScore = scores[parent] {
                if parentScore < threshold { break }
                if parentScore > lastScore {
                    top = parent
                    break
                }
                lastScore = parentScore
            }
            parent = tree.nodes[parent].parent
        }
        parent = tree.nodes[top].parent
        while parent >= 0, tree.nodes[parent].name != "body", elementChildren(of: parent).count == 1 {
            top = parent
            parent = tree.nodes[top].parent
        }
        return top
    }

    /// The container and the siblings that join it, in document order.
    private func withSiblings(_ top: Int, scores: [Int: Double]) -> [Int] {
        let parent = tree.nodes[top].parent
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute("class", of: top) ?? ""
        var joined: [Int] = []
        for sibling in elementChildren(of: parent) where !isDropped(sibling) {
            if sibling == top {
                joined.append(sibling)
                continue
            }
            let bonus = !topClass.isEmpty && tree.attribute("class", of: sibling) == topClass ? topScore * 0.2 : 0
            if let score = scores[sibling], score + bonus >= threshold {
                joined.append(sibling)
            } else if tree.nodes[sibling].name == "p" {
                let length = statistics.length[sibling]
                let density = statistics.linkDensity(sibling)
                if length > 80, density < 0.25 {
                    joined.append(sibling)
                } else if length > 0, length <= 80, density == 0, Self.hasSentenceEnd(tree.text(of: sibling)) {
                    joined.append(sibling)
                }
            }
        }
        return joined
    }

    /// The element children of a node.
    private func elementChildren(of index: Int) -> [Int] {
        tree.children(of: index).filter { !tree.nodes[$0].isText }
    }

    /// A period followed by a space or ending the text (Readability's `/\.( |$)/`).
    private static func hasSentenceEnd(_ text: String) -> Bool {
        text.hasSuffix(".") || text.contains(". ")
    }
}
