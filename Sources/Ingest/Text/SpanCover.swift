/// Which tokens lie under which spans, found without asking every span about every token.
///
/// Asking every mention about every token of its sentence was quadratic in the actors of one
/// sentence: a 1 MB line without sentence punctuation that names a country every few words took
/// minutes. Both functions here are linear (or n log n) in tokens plus spans.
enum SpanCover {
    /// The tokens that lie whole inside `span` (contiguous, since tokens do not overlap), found
    /// by binary search over tokens in text order.
    static func tokens(inside span: TextSpan, of tokens: [Token]) -> Range<Int> {
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].span.start < span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < tokens.count, tokens[end].span.end <= span.end { end += 1 }
        return low..<end
    }

    /// For each token, whether some span shares a scalar with it: one sweep over the tokens and
    /// the spans sorted by start.
    static func overlapped(_ tokens: [Token], by spans: [TextSpan]) -> [Bool] {
        let sorted = spans.sorted()
        var result = [Bool](repeating: false, count: tokens.count)
        var first = 0
        for (index, token) in tokens.enumerated() {
            // A span that ends before this token ends before every later one too.
            while first < sorted.count, sorted[first].end <= token.span.start { first += 1 }
            var candidate = first
            while candidate < sorted.count, sorted[candidate].start < token.span.end {
                if sorted[candidate].overlaps(token.span) {
                    result[index] = true
                    break
                }
                candidate += 1
            }
        }
        return result
    }
}
