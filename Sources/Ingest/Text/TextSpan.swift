/// A range of a text in Unicode code points (scalars): `start` is 0-based, `length` counts scalars.
///
/// Code points are what SQLite's `substr()` counts on TEXT, so a span stored as `start, length`
/// satisfies `substr(text, start + 1, length) == text[span]`.
public struct TextSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var start: Int
    public var length: Int

    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }

    public init(start: Int, end: Int) {
        self.start = start
        self.length = end - start
    }

    /// One past the last scalar.
    public var end: Int { start + length }
    public var range: Range<Int> { start..<end }
    public var isEmpty: Bool { length <= 0 }

    /// True when `other` lies entirely inside this span.
    public func contains(_ other: TextSpan) -> Bool { other.start >= start && other.end <= end }
    /// True when the two spans share at least one scalar.
    public func overlaps(_ other: TextSpan) -> Bool { other.start < end && start < other.end }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.length) < (rhs.start, rhs.length)
    }

    public var description: String { "[\(start)+\(length)]" }
}
