import Testing

@testable import Ingest

/// Plain-text copies of web pages: the furniture above the headline, promotion lines, glued
/// bylines and dates in other languages (issue 18, item 3). Every line here is written for the test.
@Suite struct WebCopyHeaderTests {
    private func normalize(_ raw: String) -> NormalizedSource {
        Normalizer().normalize(raw, fileName: "page.txt")
    }

    private func removed(_ source: NormalizedSource) -> [String] {
        source.removedLines.map { "\($0.lineNumber) \($0.reason.rawValue): \($0.text)" }
    }

    private let body = """
        The two governments signed a trade memorandum on Tuesday after a week of talks in the capital.

        Officials on both sides said the agreement stops well short of a defence pact.
        """

    @Test func promotionAndDateLinesAboveTheHeadline() {
        let source = normalize(
            """
            Skip to main content
            Subscriber Only
            Get the latest headlines from the harbour every morning

            . Last Updated: 03/14/2019

            Harbour Talks End Without a Pact

            \(body)
            """)
        #expect(source.title == "Harbour Talks End Without a Pact")
        #expect(source.published == "2019-03-14")
        #expect(
            removed(source) == [
                "1 promotion: Skip to main content", "2 promotion: Subscriber Only",
                "3 promotion: Get the latest headlines from the harbour every morning",
                "5 metadata: . Last Updated: 03/14/2019",
            ])
        #expect(source.text.hasPrefix("Harbour Talks End Without a Pact\n\nThe two governments signed"))
    }

    @Test func aDateInAnotherLanguageIsNotTheTitle() {
        let source = normalize("søndag 3. februar 2019\n\nHarbour Talks End Without a Pact\n\n\(body)")
        #expect(source.title == "Harbour Talks End Without a Pact")
        #expect(source.published == "2019-02-03")
        let french = normalize("mardi 12 mars 2019\n\nHarbour Talks End Without a Pact\n\n\(body)")
        #expect(french.title == "Harbour Talks End Without a Pact")
        #expect(french.published == "2019-03-12")
        // A month name alone with a year is no date: "Mars 2020" stays a headline.
        #expect(normalize("Mars 2020 Lands Safely\n\n\(body)").title == "Mars 2020 Lands Safely")
        let german = normalize("Sonntag, 3. Februar 2019\n\nHarbour Talks End Without a Pact\n\n\(body)")
        #expect(german.title == "Harbour Talks End Without a Pact")
        #expect(german.published == "2019-02-03")
        let spanish = normalize("3 de febrero de 2019\n\nHarbour Talks End Without a Pact\n\n\(body)")
        #expect(spanish.title == "Harbour Talks End Without a Pact")
        #expect(spanish.published == "2019-02-03")
    }

    @Test func aQuotedTeaserStandsBeforeTheHeadline() {
        let source = normalize(
            """
            "Learn the tides first. Then sail."
            Harbour Talks End Without a Pact: Both Sides Claim a Win

            \(body)
            """)
        #expect(source.title == "Harbour Talks End Without a Pact: Both Sides Claim a Win")
        // The teaser is not furniture by its shape alone: it stays in the text.
        #expect(source.text.hasPrefix("\"Learn the tides first. Then sail.\""))
    }

    @Test func aLongQuestionOnTheFirstLineIsTheHeadline() {
        let question = "What are the odds that the two harbour cities sign a defence pact, and would either side honour it?"
        let source = normalize("\(question)\n\n\(body)")
        #expect(source.title == question)
        // A question inside the body is never the headline.
        let later = normalize("\(body)\n\n\(question)")
        #expect(later.title == nil)
    }

    @Test func theFirstLineOfAWrappedParagraphIsNoHeadline() {
        let source = normalize(
            """
            Are the two harbour cities headed for
            a pact? It does not look that way. The talks ended on Tuesday
            with a trade memorandum and nothing more.
            """)
        #expect(source.title == nil)
    }

    @Test func aBreadcrumbGivesItsLastCrumbWhenNoHeadlineFollows() {
        let source = normalize("Home / Analysis / Harbour Talks End Without a Pact\n\n\(body)")
        #expect(source.title == "Harbour Talks End Without a Pact")
        #expect(removed(source) == ["1 navigation: Home / Analysis / Harbour Talks End Without a Pact"])
        let both = normalize("Home / Analysis / Harbour Talks\n\nHarbour Talks End Without a Pact\n\n\(body)")
        #expect(both.title == "Harbour Talks End Without a Pact")
    }

    @Test func aBylineGluedToTheFirstParagraph() {
        let source = normalize(
            "Asia, Trade | March 9, 2019 Written by Mara Lindqvist. The two governments signed a trade memorandum on Tuesday.")
        #expect(source.author == "Mara Lindqvist")
        #expect(source.published == "2019-03-09")
        #expect(source.text == "The two governments signed a trade memorandum on Tuesday.")
        #expect(removed(source) == ["1 metadata: Asia, Trade | March 9, 2019 Written by Mara Lindqvist."])
        // Prose that says "by" stays whole.
        let prose = "In the end | the pact was signed by both ministers. Nobody expected it."
        #expect(normalize(prose).text == prose)
        #expect(normalize(prose).author == nil)
    }

    @Test func promotionWordsInsideProseStay() {
        let line = "Readers who subscribe to the idea of a pact will be disappointed by the memorandum."
        #expect(normalize(line).text == line)
        let short = "Newsletters about the talks sold out."
        #expect(normalize(short).removedLines.isEmpty)
    }
}
