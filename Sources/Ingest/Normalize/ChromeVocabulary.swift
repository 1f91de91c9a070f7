import Domain

/// The words site chrome is made of. Rules in `ChromeRules` accept a line only when *all* its words
/// come from one of these sets (plus numbers), so prose that merely mentions "share" or "print" stays.
/// Extend a set when a new site shows a new widget; do not list whole lines of particular sites.
enum ChromeVocabulary {
    /// Comment links: "Comments", "3 comments", "Leave a comment", "Join the discussion".
    static let commentCore = WordLists.builtIn.set(.chromeCommentCore)
    static let commentFiller = WordLists.builtIn.set(.chromeCommentFiller)

    /// Share widgets: "Share this article", "Share on Facebook", "Tweet", "Email".
    static let shareCore = WordLists.builtIn.set(.chromeShareCore)
    static let shareFiller = WordLists.builtIn.set(.chromeShareFiller)

    /// Print widgets: "Print", "Print this article", "Printer-friendly version", "Print Friendly, PDF & Email".
    static let printCore = WordLists.builtIn.set(.chromePrintCore)
    static let printFiller = WordLists.builtIn.set(.chromePrintFiller)

    /// Typo prompts name a typo and tell the reader how to report it.
    static let typoWords = WordLists.builtIn.set(.chromeTypoWords)
    static let typoActions = WordLists.builtIn.set(.chromeTypoActions)

    /// Headings of "related posts" blocks; the short title lines after one belong to the block.
    static let relatedHeadings = WordLists.builtIn.set(.chromeRelatedHeadings)

    /// Poll headings: a short line holding one of these words.
    static let pollWords = WordLists.builtIn.set(.chromePollWords)

    /// Image credit labels ("Source: tamilguardian.com", "Photo: AFP", "Image credit: Reuters").
    static let creditLabels = WordLists.builtIn.set(.chromeCreditLabels)
    /// "Photo by …", "Image courtesy of …": the opening and the space after it.
    static let creditPrefixes = WordLists.builtIn.ordered(.chromeCreditPrefixes).map { $0 + " " }

    /// File extensions of pictures: a line that is only such a file name is a leftover <img>.
    static let imageExtensions: Set<String> = ["jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "tif", "tiff", "avif", "heic"]

    /// View counters: "Views: 740", "740 views", "Просмотров: 740".
    static let viewWords = WordLists.builtIn.set(.chromeViewWords)

    /// Ratings: "Average: 5 (7 votes)", "Rating: 4.5/5", "Rated 4 out of 5".
    /// A rating names itself; "12 votes" alone is a poll count, not a rating.
    static let ratingCore = WordLists.builtIn.set(.chromeRatingCore)
    static let ratingFiller = WordLists.builtIn.set(.chromeRatingFiller)

    /// Navigation and footer menu entries.
    static let navigationItems = WordLists.builtIn.set(.chromeNavigationItems)
    /// Openings of promotion lines ("Subscribe to read", "Skip to main content"), as words.
    static let promotionOpenings = WordLists.builtIn.ordered(.chromePromotionOpenings).map { LineShape.lexicalWords($0) }
    /// Labels that open a taxonomy line ("Tags: Russia, China").
    static let taxonomyLabels = WordLists.builtIn.set(.chromeTaxonomyLabels)

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
    static let publisherWords = WordLists.builtIn.set(.publisherWords)

    /// Site accounts that publish for everyone ("admin", Russian "Админ"): a byline naming one of
    /// them says who pressed the button, not who wrote the text, so it is not an author. The line
    /// is still removed and recorded as metadata.
    static let genericAccountNames = WordLists.builtIn.set(.genericAccountNames)

    /// Alt text of a byline avatar ("Админ's picture"): the picture of the author, not text.
    static let avatarSuffixes = WordLists.builtIn.ordered(.avatarSuffixes)
}

/// A field of a byline widget.
enum BylineField {
    case author, date, views, comments
}
