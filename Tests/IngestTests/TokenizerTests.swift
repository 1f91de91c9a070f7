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
