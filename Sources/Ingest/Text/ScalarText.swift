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
        self.scalars = Self.decode(string)
    }

    /// The scalars of a string, decoded from its UTF-8 (valid, as every String's is):
    /// `Array(string.unicodeScalars)` went through the view's iterator, 32 instructions a scalar
    /// (callgrind). Counted first (every byte but continuation bytes starts a scalar), so the
    /// array has the exact size however much of the text is outside ASCII.
    private static func decode(_ string: String) -> [Unicode.Scalar] {
        var string = string
        return string.withUTF8 { bytes in
            let scalarCount = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { buffer, count in
                var i = 0
                count = 0
                while i < bytes.count, count < scalarCount {
                    let lead = UInt32(bytes[i])
                    var value: UInt32
                    var length: Int
                    switch lead {
                    case ..<0x80: value = lead; length = 1
                    case ..<0xE0: value = lead & 0x1F; length = 2
                    case ..<0xF0: value = lead & 0x0F; length = 3
                    default: value = lead & 0x07; length = 4
                    }
                    for k in 1..<max(1, length) where i + k < bytes.count {
                        value = value << 6 | UInt32(bytes[i + k] & 0x3F)
                    }
                    buffer[count] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    count += 1
                    i += length
                }
            }
        }
    }

    /// The number of scalars (SQLite's `length(text)`).
    public var count: Int { scalars.count }

    /// The whole text as one span.
    public var fullSpan: TextSpan { TextSpan(start: 0, length: scalars.count) }

    /// The text of a span. The span must lie inside the text.
    public subscript(span: TextSpan) -> String {
        // Encoded straight into the string's storage: appending scalars to a UnicodeScalarView one
        // by one was a tenth of the extraction time (one call per token).
        // The exact UTF-8 length first: with a capacity of 15 bytes or less the string is stored
        // inline (a small string: no allocation, no reference counting), which most tokens are; a
        // capacity of 4 bytes per scalar put every word of four letters or more on the heap.
        let slice = scalars[span.range]
        var byteCount = 0
        for scalar in slice {
            let value = scalar.value
            byteCount += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var count = 0
            for scalar in slice {
                let value = scalar.value
                if value < 0x80 {
                    buffer[count] = UInt8(truncatingIfNeeded: value)
                    count += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[count] = byte
                        count += 1
                    }
                }
            }
            return count
        }
    }

    /// The span with leading and trailing white space removed.
    public func trimmed(_ span: TextSpan) -> TextSpan {
        var start = span.start
        var end = span.end
        while start < end, Tokenizer.isWhitespace(scalars[start]) { start += 1 }
        while end > start, Tokenizer.isWhitespace(scalars[end - 1]) { end -= 1 }
        return TextSpan(start: start, end: end)
    }
}
