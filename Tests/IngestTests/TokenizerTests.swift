import Testing

@testable import Ingest

@Suite struct TokenizerTests {
    private func tokens(_ string: String) -> [String] {
        Tokenizer.tokenize(ScalarText(string)).map(\.text)
    }

    @Test(arguments: [
        ("China’s troops", ["China", "’s", "troops"]),
        ("Beijing's move", ["Beijing", "'s", "move"]),
        ("the two countries’ views", ["the", "two", "countries", "’", "views"]),
        ("don't stop", ["don't", "stop"]),
        ("the U.S. and e.g. NATO", ["the", "U.S.", "and", "e.g.", "NATO"]),
        ("Sino-Russian bloc", ["Sino", "-", "Russian", "bloc"]),
        ("rose 2.5% to 1,000 in 2019, 2020", ["rose", "2.5", "%", "to", "1,000", "in", "2019", ",", "2020"]),
        ("“Yes,” he said…", ["“", "Yes", ",", "”", "he", "said", "…"]),
        ("Russia & China.", ["Russia", "&", "China", "."]),
    ])
    func splitsWords(_ input: String, _ expected: [String]) {
        #expect(tokens(input) == expected)
    }

    /// ScalarText decodes UTF-8 itself: every width of scalar, at the start, middle and end.
    @Test(arguments: [
        "", "a", "plain ASCII text.", "é at the start", "Kremlin’s “red line”", "ends in é",
        "Ελλάδα and 中国 and 🇷🇺🇨🇳 flags", "𝔘nicode 𝔪ath", "mixed\u{0301} marks\r\n\ttabs",
    ])
    func scalarTextHasTheStringsScalars(_ string: String) {
        let text = ScalarText(string)
        #expect(text.scalars == Array(string.unicodeScalars))
        #expect(text.count == string.unicodeScalars.count)
        #expect(text[text.fullSpan] == string)
    }

    /// A token's folded form: lower case ASCII as it is, other ASCII lowered, the rest by Unicode
    /// with typographic apostrophes made plain; its key is the FNV-1a of the folded bytes.
    @Test(arguments: [
        ("russia", "russia"), ("Russia", "russia"), ("NATO", "nato"), ("U.S.", "u.s."),
        ("Kremlin’s", "kremlin's"), ("don’t", "don't"), ("Élysée", "élysée"), ("ΕΛΛΆΔΑ", "ελλάδα"),
        ("2019", "2019"), ("-", "-"),
    ])
    func tokensAreFolded(_ text: String, _ folded: String) {
        let token = Token(kind: .word, span: TextSpan(start: 0, length: text.unicodeScalars.count), text: text)
        #expect(token.folded == folded)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in folded.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        #expect(token.key == hash)
    }

    @Test func spansGiveBackTheToken() {
        let text = ScalarText("Moscow’s “red lines” — U.S. 2.5%")
        for token in Tokenizer.tokenize(text) {
            #expect(text[token.span] == token.text)
        }
    }

    @Test func kindsAreAssigned() {
        let kinds = Tokenizer.tokenize(ScalarText("China’s 2019 plan.")).map(\.kind)
        #expect(kinds == [.word, .possessive, .number, .word, .punctuation])
    }
}
