import Domain

/// Decides which blocks inside the article's container are furniture after all, as Readability's
/// `_cleanConditionally` does: lists and boxes that are mostly links, forms, galleries, embeds,
/// elements whose class says furniture; plus bylines and date lines (metadata), figure captions,
/// and short paragraphs that are nothing but a link ("Subscribe to our newsletter").
struct ConditionalCleaner {
    let tree: HTMLTree
    let statistics: TextStatistics
    let scorer: ContentScorer
    /// Counts of elements in each subtree (dropped subtrees left out).
    private var paragraphs, items, images, inputs, embeds: [Int]

    init(tree: HTMLTree, statistics: TextStatistics, scorer: ContentScorer, isDropped: (Int) -> Bool) {
        self.tree = tree
        self.statistics = statistics
        self.scorer = scorer
        let count = tree.nodes.count
        paragraphs = Array(repeating: 0, count: count)
        items = paragraphs
        images = paragraphs
        inputs = paragraphs
        embeds = paragraphs
        for index in tree.nodes.indices.reversed() {
            let node = tree.nodes[index]
            guard !node.isText, !isDropped(index) else { continue }
            switch node.name {
            case "p": paragraphs[index] += 1
            case "li": items[index] += 1
            case "img", "picture": images[index] += 1
            case "input", "select", "textarea", "button": inputs[index] += 1
            case "embed", "object", "iframe", "video": embeds[index] += 1
            default: break
            }
            let parent = node.parent
            guard parent >= 0 else { continue }
            paragraphs[parent] += paragraphs[index]
            items[parent] += items[index]
            images[parent] += images[index]
            inputs[parent] += inputs[index]
            embeds[parent] += embeds[index]
        }
    }

    /// Tags weighed as boxes that may be furniture.
    static let boxTags: Set<String> = [
        "div", "section", "aside", "form", "fieldset", "table", "ul", "ol", "dl", "header", "footer",
    ]
    /// Tags that carry a byline or a date when their class says so.
    static let metadataTags: Set<String> = [
        "div", "p", "span", "section", "header", "ul", "li", "dl", "address", "time", "small",
    ]

    /// Why the element inside the container is dropped, or nil to keep it.
    func reason(_ index: Int) -> RemovedLineReason? {
        let name = scorer.isParagraphDiv(index) ? "p" : tree.nodes[index].name
        let length = statistics.length[index]
        if name == "figcaption" { return .imageCredit }
        if name == "address", length <= 300 { return .metadata }
        if Self.metadataTags.contains(name), length <= 200, isMetadata(index), !isInlineInProse(index) { return .metadata }
        // "Subscribe to our newsletter", "Read more: Earlier talks": a short line that is mostly a link.
        if ["p", "li", "h2", "h3", "h4", "h5", "h6", "dd", "dt"].contains(name), length > 0, length < 100 {
            let density = statistics.linkDensity(index)
            if density >= 0.9 || (density >= 0.5 && !tree.text(of: index).hasSuffix(".")) { return .boilerplateBlock }
        }
        guard Self.boxTags.contains(name) else { return nil }
        let weight = scorer.classWeight(index)
        if weight < 0 { return .boilerplateBlock }
        if statistics.commas[index] >= 10 { return nil }
        let isList = name == "ul" || name == "ol" || name == "dl"
        let density = statistics.linkDensity(index)
        let p = paragraphs[index]
        if images[index] > 1, Double(p) / Double(images[index]) < 0.5, !isInsideFigure(index) { return .boilerplateBlock }
        if !isList, items[index] - 100 > p { return .boilerplateBlock }
        if inputs[index] > p / 3 { return .boilerplateBlock }
        if !isList, weight < 25, density > 0.2 { return .boilerplateBlock }
        if weight >= 25, density > 0.5 { return .boilerplateBlock }
        if isList, density > 0.5 { return .boilerplateBlock }
        if (embeds[index] == 1 && length < 75) || embeds[index] > 1 { return .boilerplateBlock }
        return nil
    }

    /// A byline, a date, the article's details: by class, id, `itemprop` or `rel`.
    private func isMetadata(_ index: Int) -> Bool {
        if let itemprop = tree.attribute("itemprop", of: index)?.lowercased(),
            ["author", "datepublished", "datemodified", "datecreated"].contains(itemprop)
        {
            return true
        }
        if tree.attribute("rel", of: index)?.lowercased() == "author" { return true }
        let words = BoilerplateHints.words(
            of: (tree.attribute("class", of: index) ?? "") + " " + (tree.attribute("id", of: index) ?? ""))
        return !BoilerplateHints.metadataWords.isDisjoint(with: words)
    }

    /// A `<span>`, `<small>` or `<time>` inside a paragraph that says more than it: a word of
    /// the sentence ("on <span class="date">Monday</span> the talks"), not a date line.
    private func isInlineInProse(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        guard ["span", "small", "time"].contains(node.name), node.parent >= 0 else { return false }
        return statistics.length[node.parent] > statistics.length[index] + 40
    }

    private func isInsideFigure(_ index: Int) -> Bool {
        tree.ancestors(of: index).contains { tree.nodes[$0].name == "figure" }
    }
}
