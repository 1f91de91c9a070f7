import Domain

/// What an element's tag, role, class and id say about it: page furniture to drop (and why), or
/// nothing. Read as Mozilla Readability's "unlikely candidates" and trafilatura's cleaning lists
/// do, but on whole words of the class and id ("comments-area" is comments, "commentary" is not).
///
/// ```swift
/// BoilerplateHints.words(of: "js-cookieBanner site_footer")   // ["js", "cookie", "banner", "site", "footer"]
/// ```
///
/// A hint is *strong* when the furniture it names is never the article (comments, cookie
/// banners, share bars, related links, promotions), *weak* when a careless template may wrap the
/// article in it (`<div id="main" class="has-sidebar">`, ASP.NET's page-wide `<form>`): the
/// reader drops a weakly hinted element only when it holds no article marker and little of the
/// page's text.
enum BoilerplateHints {
    struct Hint: Equatable {
        var reason: RemovedLineReason
        var strong: Bool
    }

    /// Elements whose content is never text to read.
    static let scriptTags: Set<String> = ["script", "style", "noscript", "template"]
    /// Elements dropped without a trace: no text of their own (an `<svg>`'s title is an icon's name).
    static let silentTags: Set<String> = [
        "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio", "picture", "img", "map", "head",
        "link", "meta", "source", "track",
    ]
    /// Form controls: their text is a button's label or a choice's.
    static let controlTags: Set<String> = ["button", "select", "option", "textarea", "input", "label", "dialog"]

    /// The hint of an element, or nil. `insideArticle`: an `<article>` or `<main>` encloses it.
    static func hint(tag: String, role: String?, classAndID: [String], insideArticle: Bool) -> Hint? {
        // A strong word is more precise than the tag: `<aside class="related">` is related links.
        let words = wordHint(classAndID)
        if let words, words.strong { return words }
        switch tag {
        case "nav": return Hint(reason: .navigation, strong: true)
        case "aside": return Hint(reason: .boilerplateBlock, strong: false)
        case "form": return Hint(reason: .boilerplateBlock, strong: false)
        case "footer": return Hint(reason: .boilerplateBlock, strong: insideArticle)
        case "header" where !insideArticle: return Hint(reason: .boilerplateBlock, strong: false)
        default: break
        }
        if controlTags.contains(tag) { return Hint(reason: .boilerplateBlock, strong: true) }
        if let role, let hint = roleHint(role.lowercased()) { return hint }
        return words
    }

    /// ARIA landmark roles of furniture.
    static func roleHint(_ role: String) -> Hint? {
        switch role {
        case "navigation", "menu", "menubar": return Hint(reason: .navigation, strong: false)
        case "banner", "contentinfo", "complementary", "search", "toolbar": return Hint(reason: .boilerplateBlock, strong: false)
        case "dialog", "alertdialog": return Hint(reason: .boilerplateBlock, strong: true)
        default: return nil
        }
    }

    /// The hint of the class and id words, the strongest reason first.
    static func wordHint(_ words: [String]) -> Hint? {
        guard !words.isEmpty else { return nil }
        let set = Set(words)
        let joined = words.joined(separator: "-")
        if !set.isDisjoint(with: cookieWords) { return Hint(reason: .cookieBanner, strong: true) }
        if !set.isDisjoint(with: commentWords) || words.contains(where: { $0.hasPrefix("disqus") }) {
            return Hint(reason: .comments, strong: true)
        }
        if !set.isDisjoint(with: shareWords) { return Hint(reason: .shareWidget, strong: true) }
        if !set.isDisjoint(with: relatedWords) || relatedPhrases.contains(where: joined.contains) {
            return Hint(reason: .relatedPosts, strong: true)
        }
        if !set.isDisjoint(with: promotionWords) { return Hint(reason: .boilerplateBlock, strong: true) }
        // A weak hint on an element that also calls itself the content is the content's.
        if !set.isDisjoint(with: contentWords) { return nil }
        if !set.isDisjoint(with: navigationWords) { return Hint(reason: .navigation, strong: false) }
        if !set.isDisjoint(with: furnitureWords) { return Hint(reason: .boilerplateBlock, strong: false) }
        return nil
    }

    static let cookieWords: Set<String> = [
        "cookie", "cookies", "consent", "gdpr", "ccpa", "cmp", "onetrust", "cookiebot", "cookielaw",
    ]
    static let commentWords: Set<String> = ["comment", "comments", "commentlist", "replies", "respond", "discourse", "talkback"]
    static let shareWords: Set<String> = [
        "share", "sharing", "shares", "sharebar", "sharethis", "addthis", "social", "socials", "sociallinks",
    ]
    static let relatedWords: Set<String> = [
        "related", "recommended", "recommendations", "recirculation", "outbrain", "taboola", "trending", "popular",
    ]
    static let relatedPhrases = ["read-next", "more-stories", "also-read", "you-may-like", "more-from", "read-more", "most-read"]
    static let promotionWords: Set<String> = [
        "promo", "promotion", "newsletter", "subscribe", "subscription", "signup", "sponsor", "sponsored", "advert",
        "advertisement", "ad", "ads", "adslot", "adunit", "popup", "modal", "paywall", "donate", "banner",
    ]
    static let contentWords: Set<String> = ["article", "content", "main", "body", "story", "entry", "post", "text"]
    static let navigationWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip",
    ]
    static let furnitureWords: Set<String> = [
        "sidebar", "widget", "widgets", "footer", "header", "masthead", "topbar", "toolbar", "rail", "tags", "tagcloud",
        "copyright", "legal",
    ]

    /// Class and id words that mark a byline, a date or the article's details: metadata, not text.
    static let metadataWords: Set<String> = [
        "byline", "author", "authors", "dateline", "date", "time", "timestamp", "published", "posted", "meta",
        "postmeta", "entrymeta", "updated", "pubdate",
    ]

    /// The words of class and id values: split at anything but letters and digits and at
    /// lower-to-upper case changes, lower-cased.
    static func words(of value: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousLower = false
        for character in value {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current.lowercased()) }
                current = ""
                previousLower = false
                continue
            }
            if character.isUppercase, previousLower, !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
            current.append(character)
            previousLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }
}
