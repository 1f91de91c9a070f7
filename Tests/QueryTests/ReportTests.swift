import Foundation
import Store
import Testing

@testable import Query

/// `argkb report` on the seeds: the verdicts with evidence, the timeline, the map, claims, relations,
/// contradictions and curation, in Markdown and self-contained HTML.
@Suite struct ReportTests {
    static let proposition = "ru-cn-military-alliance"
    static let skepticConclusion = "To sum up, any sort of military alliance between the two is highly improbable."

    /// A writable copy of the seed database. VACUUM INTO runs on a writable connection: from a
    /// read-only one, SQLite 3.40 copies the generated columns' values too, and fails ("table
    /// vacuum_db.mentions has 6 columns but 7 values were supplied").
    private func copyOfSeeds() throws -> (Database, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("copy.db").path
        try Database(path: SeedDatabase.path, mode: .readWrite(create: false)).execute("VACUUM INTO '\(path)'")
        return (try Database(path: path), folder)
    }

    private func html(_ db: Database, graphviz: Graphviz? = Graphviz.find()) throws -> (ReportData, String) {
        let data = try ReportData.load(db, proposition: Self.proposition)
        return (data, ReportBuilder.build(data, format: .html, map: ReportMap.draw(data.graph, graphviz: graphviz)).text)
    }

    @Test func theDataHoldTheVerdictsWithTheirEvidence() throws {
        let db = try SeedDatabase.open()
        let data = try ReportData.load(db, proposition: Self.proposition)
        #expect(
            data.verdicts.count
                == (try db.scalar(
                    "SELECT count(*) FROM source_verdicts WHERE proposition_id = ?",
                    [Self.proposition])?.int))
        let skeptic = try #require(data.verdicts.first { $0.slug == "sino-russian-military-alliance" })
        #expect(skeptic.verdictText == "very unlikely (0.05-0.20)")
        #expect(skeptic.polarity == "against")
        let evidence = try #require(skeptic.evidence.first)
        #expect(evidence.sentence == Self.skepticConclusion)
        // The location gives the sentence back.
        let parts = evidence.location.split(separator: " @")[1].split(separator: "+").compactMap { Int($0) }
        let quoted = try db.scalar(
            "SELECT substr(text, ? + 1, ?) FROM sources WHERE slug = 'sino-russian-military-alliance'",
            [parts[0], parts[1]])?.string
        #expect(quoted == Self.skepticConclusion)
        // The fifth seed reports others' views and has no verdict of its own.
        #expect(data.sourcesWithoutVerdict.map(\.slug) == ["between-partnership-and-competition"])
        // Verdicts in publication order, undated last.
        #expect(data.verdicts.map(\.slug).last == "sino-russian-military-alliance")
        // The likely verdict is opposed to the three skeptical ones.
        #expect(data.opposedVerdicts.count == 3)
        #expect(
            data.contradictions.rows.count
                == (try db.scalar(
                    """
                    SELECT count(*) FROM argument_links WHERE link_type = 'attacks' AND scope = 'across_sources'
                    """)?.int))
        #expect(data.claimsFor.rows.count >= 1 && data.claimsAgainst.rows.count >= 3)
        #expect(data.relations.rows.count == min(ReportData.relationLimit, data.relationTotal))
        #expect(data.curated.rows.isEmpty)
    }

    @Test func htmlIsSelfContainedAndHoldsEverySourceTheTimelineAndTheMap() throws {
        let db = try SeedDatabase.open()
        let (data, page) = try html(db)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        for title in try db.rows("SELECT title FROM sources").compactMap({ $0.string("title") }) {
            #expect(page.contains(Markup.escape(title)), "missing source title \(title)")
        }
        #expect(page.contains(Markup.escape(Self.skepticConclusion)))
        #expect(page.contains("sino-russian-military-alliance @"))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\""))
        // A bar per verdict with a band.
        #expect(page.components(separatedBy: "<g class=\"verdict\">").count - 1 == data.verdicts.filter { $0.pLow != nil }.count)
        // No external asset, no script.
        for forbidden in ["<script", "<link", "src=\"http", "href=\"http", "@import", "url("] {
            #expect(!page.contains(forbidden), "found \(forbidden)")
        }
        for heading in [
            "Verdicts", "Verdict timeline", "Argument map", "Main claims for", "Main claims against",
            "Actors and their relations", "Contradictions between sources", "What was curated",
        ] {
            #expect(page.contains("<h2>\(heading)</h2>"))
        }
        if Graphviz.find() != nil {
            #expect(page.contains("<div class=\"map\"><svg"))
            #expect(!page.contains("<?xml"))
            #expect(page.components(separatedBy: "class=\"node\"").count - 1 == data.graph.claims.count)
        }
    }

    @Test func withoutGraphvizTheMapIsDOTWithANote() throws {
        let (data, page) = try html(try SeedDatabase.open(), graphviz: nil)
        #expect(page.contains("Graphviz `dot` is not installed"))
        #expect(page.contains("<pre class=\"dot\">digraph argkb {"))
        #expect(!page.contains("<div class=\"map\">"))
        // The DOT is escaped inside <pre>: its quotes are entities.
        #expect(page.contains("label=&quot;argkb argument map: proposition ru-cn-military-alliance&quot;"))
        #expect(data.graph.claims.count > 0)
    }

    @Test func theTimelinePlacesBarsByDateAndBand() throws {
        let data = try ReportData.load(try SeedDatabase.open(), proposition: Self.proposition)
        let svg = VerdictTimeline.svg(data.verdicts)
        // Circle centres in drawing order: the dated verdicts (by date), then the undated one.
        let circles = svg.split(separator: "\n").filter { $0.hasPrefix("<circle cx=") && $0.contains("r=\"6\"") }
        let points = circles.map { line -> (Double, Double) in
            func attribute(_ name: String) -> Double {
                let start = line.range(of: name + "=\"")!.upperBound
                return Double(line[start...].prefix { $0 != "\"" })!
            }
            return (attribute("cx"), attribute("cy"))
        }
        #expect(points.count == 4)
        #expect(points.map(\.0) == points.map(\.0).sorted())  // later date, further right; undated at the far right
        // 2021-02-09 "likely" stands higher (smaller y) than 2020-12-02 "unlikely"; the undated "very unlikely" lowest.
        #expect(points[1].1 < points[0].1)
        #expect(points[3].1 > points[0].1)
        #expect(points[0].1 == points[2].1)  // both unlikely
        #expect(svg.contains(">undated</text>"))
        #expect(svg.contains("fill=\"#2e7d32\"") && svg.contains("fill=\"#c62828\""))
        #expect(VerdictTimeline.day("2021-02-09") == 18_667)
        #expect(VerdictTimeline.civil(18_667) == (2021, 2))
        #expect(VerdictTimeline.ticks(18_600, 19_000).map(\.label).first == "2021-01")
    }

    @Test func markdownHoldsTheSectionsAndWritesPicturesBesideAFile() throws {
        let db = try SeedDatabase.open()
        let data = try ReportData.load(db, proposition: nil)
        let map = ReportMap.draw(data.graph, graphviz: Graphviz.find())
        let document = ReportBuilder.build(data, format: .markdown, map: map, attachmentStem: "report")
        let text = document.text
        #expect(text.hasPrefix("# argkb report: Russia and China form a military alliance"))
        #expect(text.contains("### SinoRussian Military Alliance (undated)"))
        #expect(text.contains("> " + Self.skepticConclusion))
        #expect(text.contains("![Verdict timeline](report.timeline.svg)"))
        #expect(document.attachments.map(\.name).contains("report.timeline.svg"))
        #expect(document.attachments.first?.contents.hasPrefix("<svg") == true)
        if map.svg != nil {
            #expect(text.contains("![Argument map](report.map.svg)"))
        } else {
            #expect(text.contains("```dot\ndigraph argkb {"))
        }
        // On standard output: no attachments, the map as DOT.
        let inline = ReportBuilder.build(data, format: .markdown, map: map)
        #expect(inline.attachments.isEmpty)
        #expect(inline.text.contains("```dot\ndigraph argkb {"))
        #expect(
            inline.text.contains(
                "| 2021-02-09 | Military alliance between Russia and China: foundations, prospects and consequences | likely (0.55-0.80) | for |"
            ))
        #expect(text.contains("Nothing: every row is as argkb extracted it"))
    }

    @Test func curatedRowsAreShownAndHostileTextIsEscaped() throws {
        let (db, folder) = try copyOfSeeds()
        defer { try? FileManager.default.removeItem(at: folder) }
        try db.execute(
            "UPDATE sources SET title = 'Alliance <script>alert(\"x\")</script> & \"friends\" | 100%' WHERE slug = 'sino-russian-military-alliance'"
        )
        try db.execute(
            """
            INSERT INTO verdicts (source_id, proposition_id, likelihood_term, p_low, p_high, polarity, method, note)
            SELECT id, 'ru-cn-military-alliance', 'unlikely', 0.20, 0.45, 'against', 'curated', 'analyst: "highly" is rhetorical'
            FROM sources WHERE slug = 'sino-russian-military-alliance'
            """)
        let (data, page) = try html(db)
        #expect(!page.contains("<script>"))
        #expect(page.contains("Alliance &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot; | 100%"))
        let curatedVerdict = try #require(data.verdicts.first { $0.slug == "sino-russian-military-alliance" })
        #expect(curatedVerdict.method == "curated")
        #expect(curatedVerdict.ruleTerm == "very unlikely")
        #expect(curatedVerdict.evidence.first?.sentence == Self.skepticConclusion)  // the rule verdict's evidence
        #expect(page.contains("<span class=\"badge curated\">curated</span>"))
        #expect(page.contains("automatic verdict: very unlikely"))
        #expect(data.curated.rows.count == 1)
        #expect(page.contains("<td>unlikely against (rule: very unlikely)</td>"))
        #expect(page.contains("analyst: &quot;highly&quot; is rhetorical"))
        // The timeline's label is escaped too.
        #expect(VerdictTimeline.svg(data.verdicts).contains("Alliance &lt;script&gt;"))
        let markdown = ReportBuilder.build(data, format: .markdown, map: ReportMap.draw(data.graph, graphviz: nil)).text
        #expect(markdown.contains(#"### Alliance \<script\>alert("x")\</script\> & "friends" \| 100% (undated)"#))
    }

    @Test func anUnknownPropositionIsRefused() throws {
        #expect(throws: QueryError.self) { try ReportData.load(try SeedDatabase.open(), proposition: "nope") }
    }
}
