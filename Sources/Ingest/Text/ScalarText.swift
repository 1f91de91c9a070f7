/// A text held as an array of Unicode scalars, so that offsets are array indices and agree with
/// SQLite's character offsets.
///
/// ```swift
/// let text = ScalarText("Moscow’s view")
/// text[TextSpan(start: 0, length: 6)]   // "Moscow"
/// ```
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// The number of scalars (SQLite's `length(text)`).
    public var count: Int { scalars.count }

    /// The whole text as one span.
    public var fullSpan: TextSpan { TextSpan(start: 0, length: scalars.count) }

    /// The text of a span. The span must lie inside the text.
    public subscript(span: TextSpan) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.range])
        return String(view)
    }

    /// The span with leading and trailing white space removed.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return TextSpan(start: start, end: end)
    }
}
