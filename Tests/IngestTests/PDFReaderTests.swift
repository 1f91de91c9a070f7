import Foundation
import Store
import Testing

@testable import Ingest

/// PDFs read through poppler's pdftotext (poppler-utils must be installed: `make deps`): a
/// two-column report of my own with running headers, page numbers, footnotes and hyphenated
/// lines, made by hand in `TestPDF`.
@Suite struct PDFReaderTests {
    /// Two pages, two columns, a header and a page number on each, a footnote on each, words
    /// hyphenated at line ends (within a column, and across the page break), a compound that
    /// keeps its hyphen, a raised footnote marker and one printed at the body's size.
    static func report() -> TestPDF {
        let header = [
            TestPDF.Line(x: 56, y: 757, "Eurasia Outlook Report 2024", size: 9),
            TestPDF.Line(x: 430, y: 757, "Working Paper 7", size: 9),
        ]
        func column(_ x: Double, from y: Double, _ lines: [String?]) -> [TestPDF.Line] {
            var result: [TestPDF.Line] = []
            var top = y
            for line in lines {
                if let line { result.append(TestPDF.Line(x: x, y: top, line)) }
                top -= 12
            }
            return result
        }
        var page1 = header
        page1.append(TestPDF.Line(x: 56, y: 700, "Alliances in a Cold Climate", size: 16))
        page1 += column(
            56, from: 672,
            [
                "By Jane Doe", nil,
                "The partnership between the two states has", "grown over the last decade, but it stops",
                "short of a formal military alliance.", nil,
                "Officials in both capitals describe the rela-", "tionship as strategic and say it will last.", nil,
                "Background",
            ])
        page1 += column(
            316, from: 672,
            [
                "Trade between the two grew by a third in", "the five years to 2023, according to the",
            ])
        page1.append(
            TestPDF.Line(
                x: 316, y: 648,
                segments: [
                    TestPDF.Segment(text: "ministry of trade", size: 10), TestPDF.Segment(text: "1", size: 6, rise: 4),
                    TestPDF.Segment(text: ". Energy accounts for most of", size: 10),
                ]))
        page1 += column(
            316, from: 636,
            [
                "that growth, and the pipeline deals signed", "in 2019 remain the core of it.", nil,
                "Analysts disagree on what comes next. Some", "expect closer coordination, while others",
                "argue that deep mistrust will keep the two", "apart for the fore-",
            ])
        page1.append(TestPDF.Line(x: 56, y: 96, "1 Ministry of Trade, annual report on foreign", size: 8))
        page1.append(TestPDF.Line(x: 56, y: 86, "trade, 2023.", size: 8))
        page1.append(TestPDF.Line(x: 290, y: 40, "Page 1 of 2", size: 9))
        var page2 = header
        page2 += column(
            56, from: 700,
            [
                "seeable future. A formal treaty remains", "unlikely in the view of most observers.", nil,
                "Military exercises have become more fre-", "quent, yet they remain limited in scope",
                "and symbolic in purpose. A well-known", "scholar of the region wrote that the",
            ])
        page2 += column(
            316, from: 700,
            [
                "partnership is a marriage of convenience2", "rather than an alliance. Another well-",
                "known voice disagrees with that view.",
            ])
        page2.append(TestPDF.Line(x: 56, y: 96, "2 Interview with the author, March 2024.", size: 8))
        page2.append(TestPDF.Line(x: 290, y: 40, "Page 2 of 2", size: 9))
        var pdf = TestPDF()
        pdf.pages = [page1, page2]
        pdf.info = [
            "Title": "Alliances in a Cold Climate (draft)", "Author": "J. Doe", "CreationDate": "D:20240312101500+01'00'",
        ]
        return pdf
    }

    static let reportText = """
        Alliances in a Cold Climate

        The partnership between the two states has grown over the last decade, but it stops short of a formal military alliance.

        Officials in both capitals describe the relationship as strategic and say it will last.

        Background

        Trade between the two grew by a third in the five years to 2023, according to the ministry of trade. Energy accounts for most of that growth, and the pipeline deals signed in 2019 remain the core of it.

        Analysts disagree on what comes next. Some expect closer coordination, while others argue that deep mistrust will keep the two apart for the foreseeable future. A formal treaty remains unlikely in the view of most observers.

        Military exercises have become more frequent, yet they remain limited in scope and symbolic in purpose. A well-known scholar of the region wrote that the partnership is a marriage of convenience rather than an alliance. Another well-known voice disagrees with that view.

        1 Ministry of Trade, annual report on foreign trade, 2023.

        2 Interview with the author, March 2024.
        """

    @Test func aTwoColumnReportReadsInOrderWithoutItsFurniture() throws {
        let source = try PDFReader().read(Self.report().data(), path: "report.pdf")
        #expect(source.text == Self.reportText)
        #expect(source.paragraphs.map(\.kind) == [.title, .body, .body, .heading, .body, .body, .body, .body, .body])
        #expect(source.paragraphs.map(\.page) == [1, 1, 1, 1, 1, 1, 2, 1, 2])
        #expect(source.title == "Alliances in a Cold Climate")
        #expect(source.author == "Jane Doe")  // the byline wins over the document information
        #expect(source.published == "2024-03-12T10:15")
        let removed = source.removedLines.map { "\($0.reason.rawValue): \($0.text)" }
        #expect(
            removed == [
                "running_header: Eurasia Outlook Report 2024", "running_header: Working Paper 7", "metadata: By Jane Doe",
                "page_number: Page 1 of 2", "running_header: Eurasia Outlook Report 2024", "running_header: Working Paper 7",
                "page_number: Page 2 of 2",
            ])
    }

    @Test func offsetsHoldOnEverySentenceOfAStoredPDF() throws {
        let workspace = try IngestWorkspace(copySeeds: false)
        try Self.report().data().write(to: workspace.sources.appendingPathComponent("report.pdf"))
        let summary = try workspace.ingest()
        #expect(summary.stored == 1 && summary.refusals.isEmpty, "\(summary.refusals)")
        let wrong = try workspace.db.scalar(
            """
            SELECT count(*) FROM sentences AS st JOIN sources AS s ON s.id = st.source_id
            WHERE substr(s.text, st.start + 1, st.length) <> st.text
            """)
        #expect(wrong == .integer(0))
        #expect(try workspace.count("sentences") > 8)
        let pages = try workspace.db.rows("SELECT page FROM paragraphs ORDER BY ordinal").map { $0.int("page") ?? 0 }
        #expect(pages == [1, 1, 1, 1, 1, 1, 2, 1, 2])
        #expect(try workspace.count("removed_lines") == 7)
    }

    @Test func theDocumentInformationGivesWhatTheTextDoesNot() throws {
        var pdf = TestPDF()
        pdf.pages = [
            [
                TestPDF.Line(x: 56, y: 700, "The first sentence of a short note is here, and it says little of interest."),
                TestPDF.Line(x: 56, y: 688, "A second sentence follows it on the next line of the same page."),
            ]
        ]
        pdf.info = ["Title": "A Short Note", "Author": "Jane Doe", "CreationDate": "D:20230102030405Z"]
        let source = try PDFReader().read(pdf.data(), path: "note.pdf")
        #expect(source.title == "A Short Note")
        #expect(source.author == "Jane Doe")
        #expect(source.published == "2023-01-02T03:04")
        #expect(
            source.text == """
                A Short Note

                The first sentence of a short note is here, and it says little of interest. A second sentence follows it on the next line of the same page.
                """)
        #expect(source.paragraphs.map(\.kind) == [.title, .body])
        #expect(source.paragraphs.map(\.page) == [nil, 1])
    }

    @Test func aWordProcessorsPlaceholderTitleIsNotATitle() {
        #expect(PDFInfo.plausibleTitle("Microsoft Word - draft3.docx") == nil)
        #expect(PDFInfo.plausibleTitle("untitled") == nil)
        #expect(PDFInfo.plausibleTitle("report.pdf") == nil)
        #expect(PDFInfo.plausibleTitle("Alliances in a Cold Climate") == "Alliances in a Cold Climate")
    }

    @Test(arguments: [
        ("7", true), ("Page 7", true), ("7 of 12", true), ("- 7 -", true), ("vii", true), ("2023", false),
        ("Working Paper 7", false), ("7 ways to win", false),
    ])
    func pageNumbers(_ text: String, _ isPage: Bool) {
        #expect(RunningLines.isPageNumber(text) == isPage)
    }

    @Test func markersAtTheBodysSizeLeaveOnlyWhenTheirFootnoteIsThere() {
        #expect(TrailingMarkers.strip("a marriage of convenience2 rather", numbers: ["2"]) == "a marriage of convenience rather")
        #expect(TrailingMarkers.strip("an alliance.3 The talks", numbers: ["3"]) == "an alliance. The talks")
        #expect(TrailingMarkers.strip("the G20 and the F-16 jets", numbers: ["20", "16"]) == "the G20 and the F-16 jets")
        #expect(TrailingMarkers.strip("a convenience2 rather", numbers: []) == "a convenience2 rather")
    }

    @Test func hyphenatedWordsAreJoinedAndCompoundsKeepTheirHyphen() {
        let compounds: Set<String> = ["well-known"]
        #expect(PDFParagraphs.join("the rela-", "tionship", compounds: compounds) == "the relationship")
        #expect(PDFParagraphs.join("a well-", "known voice", compounds: compounds) == "a well-known voice")
        #expect(PDFParagraphs.join("the China-", "Russia talks", compounds: compounds) == "the China-Russia talks")
        #expect(PDFParagraphs.join("the year", "ended", compounds: compounds) == "the year ended")
        #expect(PDFParagraphs.compounds(in: ["a well-known scholar wrote", "the end-"]) == ["well-known"])
    }
}
