import Testing

@testable import Ingest

@Suite struct DateParserTests {
    @Test(arguments: [
        // The seeds' forms.
        ("2 December 2020, 16:43", "2020-12-02T16:43"),
        ("09 Feb 2021", "2021-02-09"),
        ("December 17, 2021", "2021-12-17"),
        ("9 2 2021", "2021-02-09"),
        // ISO 8601.
        ("2021-02-09", "2021-02-09"),
        ("2021-02-09T16:43", "2021-02-09T16:43"),
        ("2021-02-09 16:43:05+03:00", "2021-02-09T16:43"),
        ("2021-02-09T16:43:05Z", "2021-02-09T16:43"),
        // Month names, abbreviations, ordinals, weekdays, times.
        ("Feb 9, 2021", "2021-02-09"),
        ("Feb. 9, 2021", "2021-02-09"),
        ("Sept. 11, 2001", "2001-09-11"),
        ("February 4th, 2021", "2021-02-04"),
        ("22nd October 2020", "2020-10-22"),
        ("Thursday, December 17, 2021", "2021-12-17"),
        ("Thu, 17 Dec 2021 09:05 GMT", "2021-12-17T09:05"),
        ("December 2, 2020 at 4:43 pm", "2020-12-02T16:43"),
        ("16:43, 2 December 2020", "2020-12-02T16:43"),
        ("2021 Feb 9", "2021-02-09"),
        ("9 февраля 2021", "2021-02-09"),
        // Numeric: day first; month first only when day first is impossible.
        ("9/2/2021", "2021-02-09"),
        ("09.02.2021", "2021-02-09"),
        ("09.02.2021 16:43", "2021-02-09T16:43"),
        ("12/25/2021", "2021-12-25"),
        ("2021/02/09", "2021-02-09"),
        ("29 February 2020", "2020-02-29"),
    ])
    func readsDates(_ text: String, _ iso: String) {
        #expect(DateParser.parse(text) == iso)
    }

    @Test(arguments: [
        "", "2021", "February 2021", "9 2", "Comments", "Average: 5 (7 votes)", "1,000", "2.5%", "10-15",
        "print 9 2 2021",  // the label is the normalizer's business, not the parser's
        "31 February 2021", "29 February 2021", "13/13/2021", "9/2/21", "2021-13-01", "32 Dec 2021",
        "2 December 2020, 25:00", "On February 4th, 2021, a call took place", "9/2-2021", "June 1850",
    ])
    func refusesNonDates(_ text: String) {
        #expect(DateParser.parse(text) == nil)
    }
}
