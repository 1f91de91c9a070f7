import Testing

@testable import Ingest

@Suite struct SpanCoverTests {
    private let text = ScalarText("South Ossetia and Russia’s Far East, not Crimea.")
    private var tokens: [Token] { Tokenizer.tokenize(text) }

    @Test func tokensInsideASpanAreFoundByBinarySearch() {
        // "South Ossetia" = scalars 0..<13; "Russia’s" = 18..<26 (word and possessive).
        #expect(SpanCover.tokens(inside: TextSpan(start: 0, length: 13), of: tokens) == 0..<2)
        #expect(tokens[SpanCover.tokens(inside: TextSpan(start: 18, end: 26), of: tokens)].map(\.text) == ["Russia", "’s"])
        #expect(SpanCover.tokens(inside: TextSpan(start: 1, length: 3), of: tokens).isEmpty)  // inside a word only
    }

    @Test func overlappedMarksEveryTokenASpanTouchesInOneSweep() {
        let spans = [TextSpan(start: 41, length: 6), TextSpan(start: 2, length: 2), TextSpan(start: 18, length: 1)]
        let marked = zip(tokens, SpanCover.overlapped(tokens, by: spans)).filter(\.1).map(\.0.text)
        #expect(marked == ["South", "Russia", "Crimea"])
    }
}
