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
    case `internal`

    public static let schemaColumns = ["ingest_errors.reason"]
}

/// Why a line of a file is not part of the article (page furniture of a saved web page).
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

    public static let schemaColumns = ["removed_lines.reason"]
}
