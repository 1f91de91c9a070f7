/// The words site chrome is made of. Rules in `ChromeRules` accept a line only when *all* its words
/// come from one of these sets (plus numbers), so prose that merely mentions "share" or "print" stays.
/// Extend a set when a new site shows a new widget; do not list whole lines of particular sites.
enum ChromeVocabulary {
    /// Comment links: "Comments", "3 comments", "Leave a comment", "Join the discussion".
    static let commentCore: Set<String> = [
        "comment", "comments", "replies", "комментарии", "комментарий", "комментариев", "комментария",
    ]
    static let commentFiller: Set<String> = [
        "leave", "a", "add", "post", "view", "show", "hide", "all", "your", "write", "reply", "join", "the",
        "load", "more", "no", "yet", "be", "first", "to", "open", "close",
    ]

    /// Share widgets: "Share this article", "Share on Facebook", "Tweet", "Email".
    static let shareCore: Set<String> = [
        "share", "shares", "tweet", "facebook", "twitter", "linkedin", "whatsapp", "telegram", "reddit",
        "pinterest", "vk", "vkontakte", "viber", "messenger", "odnoklassniki", "email", "mail", "поделиться",
    ]
    static let shareFiller: Set<String> = [
        "this", "article", "post", "story", "page", "on", "via", "with", "friends", "the", "it", "by", "link",
        "copy", "send", "to", "your", "a", "us", "e", "x", "and",
    ]

    /// Print widgets: "Print", "Print this article", "Printer-friendly version", "Print Friendly, PDF & Email".
    static let printCore: Set<String> = ["print", "printer", "printable", "печать", "распечатать"]
    static let printFiller: Set<String> = [
        "this", "article", "page", "version", "friendly", "pdf", "email", "story", "post", "save", "as",
    ]

    /// Typo prompts name a typo and tell the reader how to report it.
    static let typoWords: Set<String> = ["typo", "typos", "misprint", "mistake", "опечатку", "ошибку"]
    static let typoActions: Set<String> = ["ctrl", "select", "highlight", "report", "press", "выделите", "нажмите"]

    /// Headings of "related posts" blocks; the short title lines after one belong to the block.
    static let relatedHeadings: Set<String> = [
        "related posts", "related articles", "related stories", "related news", "related", "read more",
        "read also", "also read", "see also", "more on this topic", "you may also like", "you might also like",
        "recommended", "recommended for you", "more stories", "more from this author", "latest posts",
        "recent posts", "popular posts", "most read", "most popular", "читайте также", "похожие статьи",
    ]

    /// Poll headings: a short line holding one of these words.
    static let pollWords: Set<String> = ["poll", "polls", "survey", "опрос"]

    /// Image credit labels ("Source: tamilguardian.com", "Photo: AFP", "Image credit: Reuters").
    static let creditLabels: Set<String> = [
        "source", "photo", "photos", "image", "images", "picture", "pic", "credit", "credits", "illustration",
        "photograph", "cover", "featured", "foto", "фото", "источник", "courtesy",
    ]
    /// "Photo by …", "Image courtesy of …".
    static let creditPrefixes: [String] = ["photo by ", "image by ", "photograph by ", "illustration by ",
                                           "image courtesy of ", "photo courtesy of ", "courtesy of "]

    /// File extensions of pictures: a line that is only such a file name is a leftover <img>.
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "heic"]

    /// View counters: "Views: 740", "740 views", "Просмотров: 740".
    static let viewWords: Set<String> = ["views", "view", "hits", "reads", "read", "times", "просмотров", "просмотры", "просмотр"]

    /// Ratings: "Average: 5 (7 votes)", "Rating: 4.5/5", "Rated 4 out of 5".
    /// A rating names itself; "12 votes" alone is a poll count, not a rating.
    static let ratingCore: Set<String> = ["average", "rating", "rated", "ratings", "stars", "score", "оценка"]
    static let ratingFiller: Set<String> = ["votes", "vote", "out", "of", "star", "total", "user", "reader", "средняя", "голосов", "голоса"]

    /// Navigation and footer menu entries.
    static let navigationItems: Set<String> = [
        "home", "about", "about us", "contact", "contact us", "contacts", "privacy", "privacy policy", "terms",
        "terms of use", "terms of service", "terms and conditions", "cookie policy", "cookies", "subscribe",
        "newsletter", "log in", "login", "sign in", "sign up", "register", "menu", "search", "skip to content",
        "back to top", "advertise", "advertising", "careers", "sitemap", "site map", "rss", "archive", "faq",
        "donate", "support us", "next", "previous", "next post", "previous post", "continue reading",
    ]
    /// Labels that open a taxonomy line ("Tags: Russia, China").
    static let taxonomyLabels: Set<String> = ["tags", "tagged", "topics", "categories", "category", "filed under", "рубрика", "теги"]

    /// Material Icons ligature names: the icon font prints the name as text when CSS is stripped, so a
    /// byline widget reads "account_circleАдминaccess_time09 Feb 2021remove_red_eye740".
    static let iconFields: [(name: String, field: BylineField)] = [
        ("account_circle", .author), ("person_outline", .author), ("person", .author),
        ("access_time", .date), ("calendar_today", .date), ("date_range", .date), ("schedule", .date),
        ("event", .date), ("today", .date),
        ("remove_red_eye", .views), ("visibility", .views),
        ("chat_bubble_outline", .comments), ("chat_bubble", .comments), ("comment", .comments),
    ]

    /// Last words of a site or blog name line ("Valerio Fabbri's Blog", "Eurasia Review").
    static let publisherWords: Set<String> = [
        "blog", "news", "times", "post", "journal", "magazine", "review", "daily", "herald", "tribune",
        "gazette", "weekly", "digest", "monitor", "observer", "insider", "online", "media", "network",
        "chronicle", "dispatch", "report", "press", "today", "wire",
    ]

    /// Site accounts that publish for everyone ("admin", Russian "Админ"): a byline naming one of
    /// them says who pressed the button, not who wrote the text, so it is not an author. The line
    /// is still removed and recorded as metadata.
    static let genericAccountNames: Set<String> = [
        "admin", "administrator", "админ", "администратор", "editor", "editors", "редакция", "staff", "guest",
        "webmaster", "user", "anonymous", "аноним",
    ]

    /// Alt text of a byline avatar ("Админ's picture"): the picture of the author, not text.
    static let avatarSuffixes: [String] = ["'s picture", "’s picture", "'s avatar", "’s avatar", "'s photo", "’s photo"]
}

/// A field of a byline widget.
enum BylineField {
    case author, date, views, comments
}
