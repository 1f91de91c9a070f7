/// A page's title, author, publisher, date and URL, each from the most trusted source that
/// states it, as trafilatura orders them: JSON-LD (`JSONLDArticle`), then Open Graph and
/// `article:*` properties, then `<meta name="author">` and its kin, then `<time datetime>`, then
/// `<title>` without the site's name, then `<link rel="canonical">`.
///
/// ```swift
/// // <title>Talks stall again | Daily Planet</title><meta property="og:site_name" content="Daily Planet">
/// HTMLMetadata.read(tree).title       // "Talks stall again"
/// HTMLMetadata.read(tree).publisher   // "Daily Planet"
/// ```
struct HTMLMetadata: Equatable {
    var title: String?
    var author: String?
    var publisher: String?
    /// ISO 8601 (see `MetadataDate`).
    var published: String?
    var url: String?
    /// `<base href>`, for links written relative to it.
    var base: String?

    static func read(_ tree: HTMLTree) -> HTMLMetadata {
        var meta: [String: [String]] = [:]
        var scripts: [String] = []
        var titleText: String?
        var canonical: String?
        var base: String?
        for index in tree.nodes.indices where !tree.nodes[index].isText {
            switch tree.nodes[index].name {
            case "meta":
                guard let content = tree.attribute("content", of: index) else { continue }
                for key in ["property", "name", "itemprop"] {
                    if let name = tree.attribute(key, of: index)?.lowercased() { meta[name, default: []].append(content) }
                }
            case "script":
                if tree.attribute("type", of: index)?.lowercased().contains("ld+json") == true {
                    scripts.append(tree.text(of: index))
                }
            case "title" where titleText == nil:
                titleText = tree.text(of: index)
            case "link":
                let rel = tree.attribute("rel", of: index)?.lowercased() ?? ""
                if rel.split(separator: " ").contains("canonical"), canonical == nil {
                    canonical = tree.attribute("href", of: index)
                }
            case "base":
                base = base ?? tree.attribute("href", of: index)
            default:
                continue
            }
        }
        func first(_ keys: String...) -> String? {
            for key in keys {
                if let value = meta[key]?.lazy.map(clean).first(where: { !$0.isEmpty }) { return value }
            }
            return nil
        }
        let article = JSONLDArticle.read(scripts)
        var result = HTMLMetadata()
        result.base = base
        result.publisher = article?.publisher ?? first("og:site_name", "application-name", "publisher", "dc.publisher")
        let rawTitle = article?.headline ?? first("og:title", "twitter:title", "dc.title", "citation_title")
        let stripped = TitleSuffix.strip(rawTitle ?? titleText.map(clean) ?? "", siteNames: [result.publisher].compactMap { $0 })
        result.title = stripped.title.isEmpty ? nil : stripped.title
        if result.publisher == nil { result.publisher = stripped.site }
        var authors = article?.authors ?? []
        if authors.isEmpty { authors = (meta["article:author"] ?? []).map(clean).filter { !$0.isEmpty && !$0.contains("://") } }
        if authors.isEmpty, let author = first("author", "dc.creator", "citation_author", "parsely-author", "sailthru.author") {
            authors = [author]
        }
        result.author = joinNames(authors)
        let dates = [
            article?.published, first("article:published_time", "og:article:published_time", "datepublished"),
            first(
                "date", "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "dcterms.created",
                "citation_publication_date", "sailthru.date", "parsely-pub-date"),
            timeElementDate(tree),
        ]
        result.published = dates.lazy.compactMap { MetadataDate.normalize($0) }.first
        let urls = [article?.url, first("og:url"), canonical.map(clean)]
        result.url = urls.lazy.compactMap { $0 }.first { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        return result
    }

    /// The `datetime` of the `<time>` most likely to be the publication's: one marked `pubdate`
    /// or `itemprop="datePublished"`, else the first inside an `<article>` or `<main>`, else the
    /// first of the page.
    static func timeElementDate(_ tree: HTMLTree) -> String? {
        let times = tree.nodes.indices.filter { tree.nodes[$0].name == "time" && tree.attribute("datetime", of: $0) != nil }
        let marked = times.first {
            tree.attribute("pubdate", of: $0) != nil || tree.attribute("itemprop", of: $0)?.lowercased() == "datepublished"
        }
        let inArticle = times.first { time in
            tree.ancestors(of: time).contains { ["article", "main"].contains(tree.nodes[$0].name) }
        }
        return (marked ?? inArticle ?? times.first).flatMap { tree.attribute("datetime", of: $0) }
    }

    /// "Jane Doe", "Jane Doe and John Roe", "A, B and C".
    static func joinNames(_ names: [String]) -> String? {
        guard let last = names.last else { return nil }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }

    private static func clean(_ text: String) -> String {
        var collapser = TextCollapser()
        collapser.append(CharacterReferences.decode(text))
        return collapser.text
    }
}

/// A page title without the site's name around it: "Talks stall again | Daily Planet" gives
/// "Talks stall again" (and the site "Daily Planet"); "Daily Planet — Talks stall again" too.
enum TitleSuffix {
    static let separators = [" | ", " — ", " – ", " - ", " :: ", " · ", " • ", " « ", " » "]

    static func strip(_ title: String, siteNames: [String]) -> (title: String, site: String?) {
        let known = Set(siteNames.map { $0.lowercased() })
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            guard let first = parts.first, let last = parts.last else { continue }
            if known.contains(last.lowercased()) { return (parts.dropLast().joined(separator: separator), last) }
            if known.contains(first.lowercased()) { return (parts.dropFirst().joined(separator: separator), first) }
        }
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            guard let first = parts.first, let last = parts.last else { continue }
            let head = parts.dropLast().joined(separator: separator)
            if looksLikeSiteName(last, after: separator), wordCount(head) >= 3 { return (head, last) }
            let tail = parts.dropFirst().joined(separator: separator)
            if looksLikeSiteName(first, after: separator), wordCount(tail) >= 4 { return (tail, first) }
        }
        return (title, nil)
    }

    /// Up to four words, capitalized (every word when the separator is a hyphen or dash, which
    /// headlines also use), or a domain name.
    private static func looksLikeSiteName(_ text: String, after separator: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...4).contains(words.count), let first = words.first?.first,
            first.isUppercase || first.isNumber || text.contains(".")
        else { return false }
        if separator == " | " || separator == " :: " || separator == " · " || separator == " • " { return true }
        if text.contains("."), !text.contains(" ") { return true }
        return words.allSatisfy { word in word.first.map { $0.isUppercase || $0.isNumber } ?? false }
    }

    private static func wordCount(_ text: String) -> Int { text.split(separator: " ").count }
}
