import Domain

/// What the normalizer (or the HTML or PDF reader) makes of one file: clean text, metadata, and
/// what it removed.
public struct NormalizedSource: Sendable, Equatable {
    /// The normalized text that every offset points into (paragraphs joined by "\n\n").
    public var text: String
    public var title: String?
    public var author: String?
    public var publisher: String?
    /// ISO 8601: "2021-02-09" or "2020-12-02T16:43".
    public var published: String?
    /// The article's own URL, when the text states it.
    public var url: String?
    /// Every URL the raw text contained, with its span in `text` when it is still there. For an
    /// HTML page: the links of the article's text, each with the span of its anchor text.
    public var links: [Link]
    /// Lines (or line tails) dropped as site chrome, with the rule that dropped them.
    public var removedLines: [RemovedLine]
    /// The paragraphs of `text`, in order, with their kinds.
    public var paragraphs: [Paragraph]

    public init(
        text: String, title: String? = nil, author: String? = nil, publisher: String? = nil,
        published: String? = nil, url: String? = nil, links: [Link] = [],
        removedLines: [RemovedLine] = [], paragraphs: [Paragraph] = []
    ) {
        self.text = text
        self.title = title
        self.author = author
        self.publisher = publisher
        self.published = published
        self.url = url
        self.links = links
        self.removedLines = removedLines
        self.paragraphs = paragraphs
    }
}

/// A URL found in a source.
public struct Link: Sendable, Equatable {
    public var url: String
    /// Where it stands in the normalized text; nil when its line was removed.
    public var span: TextSpan?

    public init(url: String, span: TextSpan?) {
        self.url = url
        self.span = span
    }
}

/// A line of the raw file that normalization dropped (for HTML, an element; for PDF, a line of a
/// page). `reason` values are those of the `removed_lines.reason` CHECK constraint in schema.sql.
public struct RemovedLine: Sendable, Equatable {
    public typealias Reason = RemovedLineReason

    /// 1-based line number in the raw file.
    public var lineNumber: Int
    /// The removed text, as it was (after decoding).
    public var text: String
    public var reason: Reason

    public init(lineNumber: Int, text: String, reason: Reason) {
        self.lineNumber = lineNumber
        self.text = text
        self.reason = reason
    }
}

/// A paragraph of the normalized text.
public struct Paragraph: Sendable, Equatable {
    public typealias Kind = ParagraphKind

    public var span: TextSpan
    public var kind: Kind
    /// The 1-based page of a PDF the paragraph starts on; nil for text and HTML.
    public var page: Int?

    public init(span: TextSpan, kind: Kind, page: Int? = nil) {
        self.span = span
        self.kind = kind
        self.page = page
    }
}

/// A sentence: its span in the normalized text and the paragraph it belongs to.
public struct Sentence: Sendable, Equatable {
    /// 0-based index into `NormalizedSource.paragraphs`.
    public var paragraphIndex: Int
    public var span: TextSpan

    public init(paragraphIndex: Int, span: TextSpan) {
        self.paragraphIndex = paragraphIndex
        self.span = span
    }
}
