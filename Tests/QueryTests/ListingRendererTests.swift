import Testing

@testable import Query

@Suite struct ListingRendererTests {
    let listing = Listing(
        columns: ["id", "title", "p"],
        rows: [
            [.int(1), .text("Russia, China and \"the West\""), .double(0.05)],
            [.int(22), .null, .double(0.8)],
        ])

    @Test func tableAlignsColumnsUnderAHeader() {
        #expect(
            ListingRenderer.render(listing, as: .table) == """
                id  title                         p
                --  ----------------------------  ----
                1   Russia, China and "the West"  0.05
                22                                0.8

                """)
    }

    @Test func jsonIsAnArrayOfObjectsWithTypedValues() {
        #expect(
            ListingRenderer.render(listing, as: .json) == """
                [
                 {"id": 1, "title": "Russia, China and \\"the West\\"", "p": 0.05},
                 {"id": 22, "title": null, "p": 0.8}
                ]

                """)
    }

    @Test func newlineDelimitedJSONHasOneObjectPerLine() {
        #expect(
            ListingRenderer.render(listing, as: .nl) == """
                {"id": 1, "title": "Russia, China and \\"the West\\"", "p": 0.05}
                {"id": 22, "title": null, "p": 0.8}

                """)
    }

    @Test func csvQuotesAsRFC4180() {
        #expect(
            ListingRenderer.render(listing, as: .csv)
                == "id,title,p\r\n1,\"Russia, China and \"\"the West\"\"\",0.05\r\n22,,0.8\r\n")
    }

    @Test func tsvQuotesOnlyWhatNeedsIt() {
        #expect(
            ListingRenderer.render(listing, as: .tsv)
                == "id\ttitle\tp\r\n1\t\"Russia, China and \"\"the West\"\"\"\t0.05\r\n22\t\t0.8\r\n")
    }

    @Test func noHeadersDropsTheHeaderRow() {
        #expect(ListingRenderer.render(listing, as: .csv, headers: false).hasPrefix("1,"))
    }

    @Test func emptyListingsStillShowTheirColumns() {
        let empty = Listing(columns: ["a", "b"], rows: [])
        #expect(ListingRenderer.render(empty, as: .table) == "a  b\n-  -\n")
        #expect(ListingRenderer.render(empty, as: .json) == "[]\n")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(JSONText.string("a\tb\nc\u{1}\u{2028}") == "\"a\\tb\\nc\\u0001\\u2028\"")
    }

    @Test func tableCellsStayOnOneLine() {
        let multi = Listing(columns: ["t"], rows: [[.text("two\nlines")]])
        #expect(ListingRenderer.render(multi, as: .table) == "t\n---------\ntwo lines\n")
    }

    @Test func csvNeutralizesFormulaCellsWhenAskedAndNeverNumbers() {
        let risky = Listing(
            columns: ["cell", "n", "p"],
            rows: [
                [.text("=1+1"), .int(-3), .double(-0.25)], [.text("+cmd"), .int(1), .double(1.0 / 3.0)],
                [.text("-x"), .null, .null], [.text("@SUM(A1)"), .int(0), .double(0.1)], [.text("plain"), .int(2), .double(2)],
            ])
        #expect(
            ListingRenderer.render(risky, as: .csv, neutralizeFormulas: true) == """
                cell,n,p\r
                '=1+1,-3,-0.25\r
                '+cmd,1,0.3333333333333333\r
                '-x,,\r
                '@SUM(A1),0,0.1\r
                plain,2,2.0\r

                """)
        #expect(ListingRenderer.render(risky, as: .csv).hasPrefix("cell,n,p\r\n=1+1,-3,-0.25\r\n"))
    }

    @Test func tablesShowControlCharactersInsteadOfSendingThemToTheTerminal() {
        let hostile = Listing(columns: ["name"], rows: [[.text("a\u{1B}[2Jb\u{7}c\u{9B}d")]])
        #expect(ListingRenderer.render(hostile, as: .table) == "name\n-------------------\na\\x1B[2Jb\\x07c\\x9Bd\n")
        #expect(TerminalText.visible("tab\tand\nline") == "tab\tand\nline")
    }
}
