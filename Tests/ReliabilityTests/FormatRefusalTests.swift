import Foundation
import Store
import Testing

/// HTML and PDF files that cannot be read, end to end on the binary: each refused by name with its
/// reason, the rest of the run stored, nothing of the refused file written, the other sources as
/// they were. Pages and PDFs of my own (`TestPDF` is IngestTests' PDF maker, linked here).
@Suite struct FormatRefusalTests {
    static let page = """
        <html><head><title>Harbour fees rise | Harbour Review</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><p>The harbour fees will rise in May, the port authority said, and ship owners are unhappy about it.</p>
        <p>An alliance of the owners says a strike is unlikely, though not impossible.</p></article>
        <footer>Harbour Review, all rights reserved.</footer></body></html>
        """

    static func goodPDF() -> Data {
        var pdf = TestPDF()
        pdf.pages = [
            [
                TestPDF.Line(x: 56, y: 700, "Rail line delayed", size: 16),
                TestPDF.Line(x: 56, y: 670, "The new rail line will open a year late, the transport office said."),
                TestPDF.Line(x: 56, y: 658, "A military alliance of the suppliers is improbable, it added."),
            ]
        ]
        return pdf.data()
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let reason: String
        let message: String
        var testDescription: String { name }
    }

    static let bad: [Bad] = {
        let good = [UInt8](goodPDF())
        var encrypted = TestPDF()
        encrypted.pages = [[TestPDF.Line(x: 56, y: 700, "A secret sentence that nobody may read here.")]]
        encrypted.encrypted = true
        return [
            Bad(name: "empty.html", bytes: [], reason: "empty", message: "is empty"),
            Bad(name: "blank.htm", bytes: Array(" \n\t\n".utf8), reason: "empty", message: "holds only white space"),
            Bad(
                name: "image.html", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], reason: "binary",
                message: "is binary (PNG image), not HTML"),
            Bad(
                name: "nul.xhtml", bytes: Array("<p>text\u{0}with a NUL</p>".utf8), reason: "binary",
                message: "is binary (contains NUL bytes), not HTML"),
            Bad(
                name: "furniture.html",
                bytes: Array("<nav><a href='/'>Home</a> <a href='/b'>Blog</a></nav><script>go()</script>".utf8),
                reason: "empty", message: "has no article text (only markup, scripts or page furniture)"),
            Bad(
                name: "encrypted.pdf", bytes: [UInt8](encrypted.data()), reason: "encrypted",
                message: "is an encrypted PDF that needs a password"),
            Bad(
                name: "scan.pdf", bytes: [UInt8](TestPDF.scan().data()), reason: "no_text",
                message: "has no text layer (a scanned document?)"),
            Bad(
                name: "truncated.pdf", bytes: Array(good.prefix(good.count / 2)), reason: "damaged", message: "is a truncated PDF"
            ),
            Bad(
                name: "broken.pdf", bytes: Array("%PDF-1.4\nnothing here but noise\n%%EOF\n".utf8), reason: "damaged",
                message: "cannot be read as a PDF (pdfinfo failed"),
            Bad(
                name: "webpage.pdf", bytes: Array("<!DOCTYPE html><html><body>Not found</body></html>".utf8),
                reason: "wrong_format",
                message: "is named .pdf but is not a PDF (no %PDF- header; it looks like a web page (HTML))"),
        ]
    }()

    @Test(arguments: bad)
    func aBadPageOrPDFIsRefusedByNameAndTheRestIsStored(_ bad: Bad) throws {
        let base = try BadInputMatrixTests.Baseline()
        defer { base.runner.remove() }
        let path = try base.runner.write("in/\(bad.name)", Data(bad.bytes))
        try base.runner.write("in/fine.txt", Data("A fine file\n\nAn alliance is doubtful.\n".utf8))
        try base.runner.write("in/fine.html", Data(Self.page.utf8))
        try base.runner.write("in/fine.pdf", Self.goodPDF())
        let result = try base.runner.run(["ingest", base.runner.path("in")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(path): \(bad.message)"), "\(result.stderr)")
        #expect(result.stderr.contains("4 files, 3 stored, 0 unchanged, 1 refused"), "\(result.stderr)")
        #expect(try base.lastErrors() == "\(bad.reason)\r\n")
        try base.expectIntact("after \(bad.name)")
        let stored = try base.runner.run(["sql", "SELECT path FROM sources ORDER BY path", "--csv", "--no-headers"]).stdout
        #expect(!stored.contains(bad.name))
        #expect(["fine.txt", "fine.html", "fine.pdf"].allSatisfy(stored.contains), "\(stored)")
    }

    @Test func aFolderOfTextHTMLAndPDFIsIngestedAndReingestedUnchanged() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write(
            "mixed/a.txt", Data("A text\n\nAn alliance between Russia and China is unlikely, the author writes.\n".utf8))
        try runner.write("mixed/b.html", Data(Self.page.utf8))
        try runner.write("mixed/c.pdf", Self.goodPDF())
        try runner.write("mixed/notes.docx", Data("not an article".utf8))
        let first = try runner.run(["ingest", runner.path("mixed")])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("3 files, 3 stored"), "\(first.stderr)")
        let rows = try runner.run([
            "sql",
            """
            SELECT s.title, substr(s.text, 1, 30) AS head, group_concat(coalesce(p.page, '-'), ',') AS pages
            FROM sources AS s JOIN paragraphs AS p ON p.source_id = s.id GROUP BY s.id ORDER BY s.path
            """, "--json",
        ]).stdout
        let decoded = try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [[String: String]]
        #expect(
            decoded == [
                ["title": "A text", "head": "A text\n\nAn alliance between Ru", "pages": "-,-"],
                ["title": "Harbour fees rise", "head": "Harbour fees rise\n\nThe harbour", "pages": "-,-,-"],
                ["title": "Rail line delayed", "head": "Rail line delayed\n\nThe new rai", "pages": "1,1"],
            ], "\(rows)")
        let again = try runner.run(["ingest", runner.path("mixed")])
        #expect(again.stderr.contains("3 files, 0 stored, 3 unchanged"), "\(again.stderr)")
    }

    @Test func withoutPdftotextAPDFIsRefusedWithWhatToInstall() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let pdf = try runner.write("in/c.pdf", Self.goodPDF())
        try runner.write("in/b.html", Data(Self.page.utf8))
        let result = try runner.run(["ingest", runner.path("in")], environment: ["PATH": runner.path("no-tools")])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("refused: \(pdf): needs pdftotext, which is not installed: install poppler-utils"),
            "\(result.stderr)")
        #expect(result.stderr.contains("2 files, 1 stored, 0 unchanged, 1 refused"))
        let reason = try runner.run(["sql", "SELECT reason FROM ingest_errors", "--csv", "--no-headers"]).stdout
        #expect(reason == "missing_tool\r\n")
        // Installed again (the PATH back): the next run reads it.
        let next = try runner.run(["ingest", runner.path("in")])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stderr.contains("2 files, 1 stored, 1 unchanged"), "\(next.stderr)")
    }
}
