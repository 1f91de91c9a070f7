/// Readers' comments whose class and id say nothing (generated class names), told by what
/// every comment section shows its readers: a "Reply" link under each comment, or a heading
/// such as "12 comments", "Responses" or "Leave a reply".
///
/// ```swift
/// // <div class="x1"><h1>…</h1><p>…</p></div>
/// // <div class="x9"><h2>14 comments</h2><div><p>…</p><a>Reply</a></div><div><p>…</p><a>Reply</a></div></div>
/// CommentThreads.find(tree, isDropped: { _ in false })   // [the index of div.x9]
/// ```
///
/// A section found either way is dropped only when it holds no `h1` and no article marker: the
/// article's own page is never taken for its comments.
enum CommentThreads {
    /// The words of a reply link (English and the languages of the corpus's sites).
    static let replyWords: Set<String> = [
        "reply", "reply ↓", "reply to this comment", "antworten", "répondre", "responder", "ответить",
    ]

    /// The roots of comment sections, outermost first.
    static func find(_ tree: HTMLTree, isDropped: (Int) -> Bool) -> [Int] {
        var roots: [Int] = []
        if let thread = replyThread(tree, isDropped: isDropped) { roots.append(thread) }
        for index in tree.nodes.indices
        where isHeadedThread(tree, index) && !roots.contains(where: { $0 == index || tree.contains($0, index) }) {
            roots.append(index)
        }
        return roots.filter { root in
            !isDropped(root)
                && !(root..<tree.nodes[root].end).contains {
                    tree.nodes[$0].name == "h1" || FurnitureMarker.isArticleMarker(tree, $0)
                }
        }
    }

    /// The smallest element holding every reply link of the page, when there are two or more.
    static func replyThread(_ tree: HTMLTree, isDropped: (Int) -> Bool) -> Int? {
        let links = tree.nodes.indices.filter { index in
            let name = tree.nodes[index].name
            return (name == "a" || name == "button") && tree.nodes[index].end - index <= 4
                && replyWords.contains(tree.text(of: index).lowercased())
        }
        guard links.count >= 2 else { return nil }
        var common = tree.nodes[links[0]].parent
        for link in links.dropFirst() {
            while common >= 0, !tree.contains(common, link) { common = tree.nodes[common].parent }
        }
        guard common >= 0, !["body", "html"].contains(tree.nodes[common].name) else { return nil }
        return common
    }

    /// A box whose first element is a heading that names comments: "Comments", "12 comments",
    /// "Responses (3)", "3 thoughts on “…”", "Leave a reply".
    static func isHeadedThread(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard ["div", "section", "aside", "ol", "ul"].contains(tree.nodes[index].name),
            let first = tree.children(of: index).first(where: { !tree.nodes[$0].isText }),
            ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tree.nodes[first].name)
        else { return false }
        let words = tree.text(of: first).lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty, words.count <= 8 else { return false }
        let rest = words.drop { $0.allSatisfy(\.isNumber) }
        guard let noun = rest.first else { return false }
        if ["comments", "comment", "responses", "response", "replies", "reactions"].contains(noun), rest.count == 1 {
            return true
        }
        if noun == "thoughts", rest.dropFirst().first == "on" { return true }
        return words.starts(with: ["leave", "a", "reply"]) || words.starts(with: ["leave", "a", "comment"])
    }
}
