/// For every node of a tree: how much text its subtree holds, how much of it is link text, and
/// how many commas, leaving out the subtrees already dropped. What Readability measures with
/// `innerText`, `_getLinkDensity` and its comma count, computed in one backward pass (children
/// come after their parent, so a parent gets its children's sums when it is reached).
struct TextStatistics {
    /// Scalars of text, white space runs counted as one.
    private(set) var length: [Int]
    /// Scalars of text inside `<a>` elements.
    private(set) var linkLength: [Int]
    private(set) var commas: [Int]

    /// - Parameter skipped: true for the roots of subtrees that do not count.
    init(_ tree: HTMLTree, skipped: (Int) -> Bool) {
        let count = tree.nodes.count
        length = Array(repeating: 0, count: count)
        linkLength = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        var index = count - 1
        while index >= 0 {
            defer { index -= 1 }
            let node = tree.nodes[index]
            if skipped(index) {
                length[index] = 0
                linkLength[index] = 0
                commas[index] = 0
                continue
            }
            if node.isText {
                let (scalars, commaCount) = Self.measure(node.text)
                length[index] = scalars
                commas[index] = commaCount
            } else if node.name == "a" {
                linkLength[index] = length[index]
            }
            let parent = node.parent
            if parent >= 0 {
                length[parent] += length[index]
                linkLength[parent] += linkLength[index]
                commas[parent] += commas[index]
            }
        }
    }

    /// Link text over all text (0 when there is no text).
    func linkDensity(_ index: Int) -> Double {
        length[index] == 0 ? 0 : Double(linkLength[index]) / Double(length[index])
    }

    /// Scalars that are not white space, plus one for each run of white space between them (an
    /// upper bound of the collapsed length, off by the edges), and the commas.
    static func measure(_ text: String) -> (length: Int, commas: Int) {
        var length = 0
        var commas = 0
        var inSpace = true
        for scalar in text.unicodeScalars {
            if TextCollapser.isSpace(scalar) {
                if !inSpace { length += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            length += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{060C}" { commas += 1 }
        }
        return (length, commas)
    }
}
