import Foundation

/// An article's metadata as the page states it in JSON-LD (schema.org), the most trusted
/// source: `<script type="application/ld+json">` blocks, each an object, an array, or an object
/// with an `@graph`, whose first `NewsArticle`, `Article`, `BlogPosting` (or another article
/// type) gives the headline, the authors' names, the publication date, the publisher's name and
/// the URL. Authors and publishers given as `{"@id": ...}` are looked up among the other nodes.
///
/// ```swift
/// let article = JSONLDArticle.read([#"{"@type": "NewsArticle", "headline": "H", "author": {"name": "Jane Doe"}}"#])
/// article?.authors   // ["Jane Doe"]
/// ```
struct JSONLDArticle: Equatable {
    var headline: String?
    var authors: [String] = []
    /// As written: normalized by the caller.
    var published: String?
    var publisher: String?
    var url: String?

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "ScholarlyArticle", "TechArticle", "Report", "LiveBlogPosting",
        "SocialMediaPosting", "Posting",
    ]

    /// The first article of the blocks, or nil when none parses or none is an article.
    static func read(_ blocks: [String]) -> JSONLDArticle? {
        var nodes: [[String: Any]] = []
        for block in blocks {
            guard let value = parse(block) else { continue }
            collect(value, into: &nodes)
        }
        var byID: [String: [String: Any]] = [:]
        for node in nodes {
            if let id = node["@id"] as? String, byID[id] == nil { byID[id] = node }
        }
        guard let node = nodes.first(where: { !types(of: $0).isDisjoint(with: articleTypes) }) else { return nil }
        var article = JSONLDArticle()
        article.headline = string(node["headline"]) ?? string(node["name"])
        article.authors = names(node["author"], byID: byID).filter { !$0.contains("://") }
        article.published = string(node["datePublished"]) ?? string(node["dateCreated"])
        article.publisher = names(node["publisher"], byID: byID).first
        article.url =
            string(node["url"]) ?? string(node["mainEntityOfPage"])
            ?? (node["mainEntityOfPage"] as? [String: Any]).flatMap { string($0["@id"]) ?? string($0["url"]) }
        return article
    }

    /// The JSON value of a block, tolerating a CDATA wrapper; nil when it does not parse.
    private static func parse(_ block: String) -> Any? {
        var text = block.trimmingCharacters(in: .whitespacesAndNewlines)
        for wrapper in ["//<![CDATA[", "<![CDATA["] where text.hasPrefix(wrapper) { text.removeFirst(wrapper.count) }
        for wrapper in ["//]]>", "]]>"] where text.hasSuffix(wrapper) { text.removeLast(wrapper.count) }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// Every object of a value: arrays flattened, `@graph` members added after their holder.
    private static func collect(_ value: Any, into nodes: inout [[String: Any]]) {
        if let array = value as? [Any] {
            for element in array { collect(element, into: &nodes) }
        } else if let object = value as? [String: Any] {
            nodes.append(object)
            if let graph = object["@graph"] { collect(graph, into: &nodes) }
        }
    }

    private static func types(of node: [String: Any]) -> Set<String> {
        if let type = node["@type"] as? String { return [type] }
        return Set((node["@type"] as? [Any] ?? []).compactMap { $0 as? String })
    }

    /// A text value, entities decoded and white space collapsed; nil when empty or not text.
    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        var collapser = TextCollapser()
        collapser.append(CharacterReferences.decode(text))
        return collapser.isEmpty ? nil : collapser.text
    }

    /// The names of a person or organization value: a string, an object with a `name` (or an
    /// `@id` naming another node), or an array of them.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> [String] {
        if let text = string(value) { return [text] }
        if let array = value as? [Any] {
            var result: [String] = []
            for element in array {
                for name in names(element, byID: byID) where !result.contains(name) { result.append(name) }
            }
            return result
        }
        guard let object = value as? [String: Any] else { return [] }
        if let name = string(object["name"]) { return [name] }
        if let id = object["@id"] as? String, let target = byID[id], let name = string(target["name"]) { return [name] }
        return []
    }
}
