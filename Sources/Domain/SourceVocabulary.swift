/// What a paragraph of a source is.
public enum ParagraphKind: String, ClosedSet {
    case title
    case heading
    case body
    case listItem = "list_item"

    public static let schemaColumns = ["paragraphs.kind"]
}

/// How an ingest run ended.
public enum RunStatus: String, ClosedSet {
    case running
    case completed
    case completedWithErrors = "completed_with_errors"
    case failed

    public static let schemaColumns = ["ingest_runs.status"]
}

/// Why a file was not stored.
public enum FileRefusal: String, ClosedSet {
    case notFound = "not_found"
    case unreadable
    case notAFile = "not_a_file"
    case empty
    case binary
    case invalidUTF8 = "invalid_utf8"
    case unsupportedEncoding = "unsupported_encoding"
    case tooLarge = "too_large"
    case changedWhileReading = "changed_while_reading"
    /// A file whose content is not the format its name says (a `.pdf` that is a web page).
    case wrongFormat = "wrong_format"
    /// A PDF that needs a password to open.
    case encrypted
    /// A PDF with no text layer (a scan): it needs OCR first.
    case noText = "no_text"
    /// A PDF that is truncated or too damaged to read.
    case damaged
    /// A program argkb needs for the format is not installed (`pdftotext`: poppler-utils).
    case missingTool = "missing_tool"
    case `internal`

    public static let schemaColumns = ["ingest_errors.reason"]
}

/// Why a line of a file is not part of the article (page furniture of a saved web page, of an
/// HTML page, or of a PDF's pages).
public enum RemovedLineReason: String, ClosedSet {
    case repeatedTitle = "repeated_title"
    case metadata
    case commentsLink = "comments_link"
    case typoPrompt = "typo_prompt"
    case relatedPosts = "related_posts"
    case poll
    case shareWidget = "share_widget"
    case printWidget = "print_widget"
    case imageFile = "image_file"
    case imageCredit = "image_credit"
    case viewCounter = "view_counter"
    case rating
    case navigation
    case blankGlyphs = "blank_glyphs"
    case siteName = "site_name"
    /// A subscription, paywall, newsletter, notification or skip-link prompt ("Subscriber Only",
    /// "Skip to main content", "Sign up for our newsletter").
    case promotion
    /// HTML: a block of page furniture (header, footer, sidebar, form, promotion, text outside the
    /// article's container).
    case boilerplateBlock = "boilerplate_block"
    /// HTML: a cookie or consent banner.
    case cookieBanner = "cookie_banner"
    /// HTML: readers' comments.
    case comments
    /// HTML: a script, style sheet, template or noscript block.
    case script
    /// PDF: a line repeated at the top or bottom of most pages.
    case runningHeader = "running_header"
    /// PDF: a page number.
    case pageNumber = "page_number"

    public static let schemaColumns = ["removed_lines.reason"]
}
