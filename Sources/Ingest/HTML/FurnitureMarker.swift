import Domain

/// Marks the elements of a page that are furniture, before the content is scored: scripts and
/// styles, form controls, hidden elements, and what `BoilerplateHints` names (navigation,
/// headers and footers of the site, sidebars, comments, cookie banners, share bars, related
/// links, promotions), plus cookie banners and comment sections that carry no hint but say what
/// they are (`CommentThreads`).
///
/// Only the outermost element of a dropped subtree is marked; what is inside goes with it.
struct FurnitureMarker {
    /// Why an element was dropped.
    enum Mark: Equatable {
        /// Kept in `removed_lines` with this reason.
        case recorded(RemovedLineReason)
        /// Dropped without a trace (an icon, an image, the document head).
        case silent
    }

    /// The mark of each node that roots a dropped subtree; nil for the others.
    private(set) var marks: [Mark?]

    /// Elements that say they hold the article: `<article>`, `<main>`, `role="main"`,
    /// `itemprop="articleBody"`.
    static func isArticleMarker(_ tree: HTMLTree, _ index: Int) -> Bool {
        let node = tree.nodes[index]
        if node.name == "article" || node.name == "main" { return true }
        if tree.attribute("role", of: index)?.lowercased() == "main" { return true }
        return tree.attribute("itemprop", of: index)?.lowercased() == "articlebody"
    }

    init(_ tree: HTMLTree) {
        let count = tree.nodes.count
        marks = Array(repeating: nil, count: count)
        // Scripts, styles, controls and hidden elements first: they never hold the article, and
        // their text (a script's code) must not count when the hints below weigh an element.
        var index = 0
        while index < count {
            let node = tree.nodes[index]
            if !node.isText, let mark = Self.unconditionalMark(tree, index) {
                marks[index] = mark
                index = node.end
                continue
            }
            index += 1
        }
        let statistics = TextStatistics(tree) { self.marks[$0] != nil }
        markHinted(tree, statistics)
        // Comment sections that carry no hint, told by their reply links and headings.
        var inside = Array(repeating: false, count: count)
        for index in tree.nodes.indices {
            let parent = tree.nodes[index].parent
            inside[index] = marks[index] != nil || (parent >= 0 && inside[parent])
        }
        for root in CommentThreads.find(tree, isDropped: { inside[$0] }) { marks[root] = .recorded(.comments) }
    }

    /// Scripts, silent elements, form controls and hidden elements.
    private static func unconditionalMark(_ tree: HTMLTree, _ index: Int) -> Mark? {
        let name = tree.nodes[index].name
        if BoilerplateHints.scriptTags.contains(name) { return .recorded(.script) }
        if BoilerplateHints.silentTags.contains(name) { return .silent }
        if BoilerplateHints.controlTags.contains(name) { return .recorded(.boilerplateBlock) }
        if tree.attribute("hidden", of: index) != nil || tree.attribute("aria-hidden", of: index)?.lowercased() == "true" {
            return .recorded(.boilerplateBlock)
        }
        if let style = tree.attribute("style", of: index)?.lowercased().filter({ $0 != " " }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return .recorded(.boilerplateBlock)
        }
        return nil
    }

    /// The hinted furniture, outermost first. A strong hint drops an element unless it holds an
    /// article marker; a weak one also needs the element to hold less than half the page's text.
    private mutating func markHinted(_ tree: HTMLTree, _ statistics: TextStatistics) {
        let count = tree.nodes.count
        let markers = (0..<count).filter { !tree.nodes[$0].isText && Self.isArticleMarker(tree, $0) }
        func holdsMarker(_ index: Int) -> Bool {
            markers.contains { tree.contains(index, $0) || $0 == index }
        }
        let pageLength = max(1, tree.first("body").map { statistics.length[$0] } ?? statistics.length.first ?? 1)
        var insideArticle = Array(repeating: false, count: count)
        var index = 0
        while index < count {
            let node = tree.nodes[index]
            if node.isText || marks[index] != nil {
                index = node.isText ? index + 1 : node.end
                continue
            }
            let parentInside = node.parent >= 0 && insideArticle[node.parent]
            insideArticle[index] = parentInside || node.name == "article" || node.name == "main"
            let words = BoilerplateHints.words(
                of: (tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? ""))
            var hint = BoilerplateHints.hint(
                tag: node.name, role: tree.attribute("role", of: index), classAndID: words,
                insideArticle: parentInside)
            if hint == nil, Self.isCookieNotice(tree, index, statistics, pageLength: pageLength) {
                hint = BoilerplateHints.Hint(reason: .cookieBanner, strong: true)
            }
            if let hint, node.name != "body", node.name != "html", !holdsMarker(index),
                hint.strong || statistics.length[index] * 2 < pageLength
            {
                marks[index] = .recorded(hint.reason)
                index = node.end
                continue
            }
            index += 1
        }
    }

    /// A short block that speaks of cookies and offers a button or a link: a consent banner
    /// whose class names say nothing ("We use cookies to ... [Accept]").
    private static func isCookieNotice(_ tree: HTMLTree, _ index: Int, _ statistics: TextStatistics, pageLength: Int) -> Bool {
        let node = tree.nodes[index]
        // A banner is a few dozen nodes; the bound keeps deeply nested pages linear.
        guard node.end - index <= 400, ["div", "section", "aside", "dialog", "footer", "header"].contains(node.name),
            statistics.length[index] > 0, statistics.length[index] <= 700, statistics.length[index] * 2 < pageLength
        else { return false }
        let text = tree.text(of: index).lowercased()
        guard text.contains("cookie"),
            ["accept", "consent", "agree", "privacy", "settings", "preferences", "reject"].contains(where: text.contains)
        else { return false }
        return (index..<node.end).contains { ["button", "a", "input"].contains(tree.nodes[$0].name) }
    }
}
