import ArgumentParser
import Foundation
import Testing

@testable import argkb

/// `argkb map`, `report` and `export`: parsing in-process, then the built binary on the seeds.
@Suite struct MapReportExportCommandTests {
    @Test(arguments: [
        ["map", "--source", "a", "--proposition", "b"],
        ["map", "--format", "pdf"],
        ["report", "--format", "pdf"],
        ["export", "--format", "xml", "out"],
        ["export"],
    ])
    func usageErrorsExitWith64(_ arguments: [String]) {
        do {
            _ = try Argkb.parseAsRoot(arguments)
            Issue.record("\(arguments) parsed")
        } catch {
            #expect(Argkb.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func defaultsAreDotMarkdownAndCSV() throws {
        #expect(try #require(try Argkb.parseAsRoot(["map"]) as? MapCommand).format == .dot)
        #expect(try #require(try Argkb.parseAsRoot(["report"]) as? ReportCommand).format == .markdown)
        let export = try #require(try Argkb.parseAsRoot(["export", "out"]) as? ExportCommand)
        #expect(export.format == .csv && export.folder == "out" && !export.views)
    }

    private func count(_ runner: BinaryRunner, _ sql: String) throws -> Int {
        Int(try runner.run(["sql", sql, "--csv", "--no-headers"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    @Test func mapReportAndExportOnTheSeeds() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let ingest = try runner.run(["ingest", BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path])
        #expect(ingest.status == 0, "ingest failed: \(ingest.stderr)")
        let claims = try count(runner, "SELECT count(*) FROM claims")
        let links = try count(runner, "SELECT count(*) FROM argument_links")
        let attacks = try count(runner, "SELECT count(*) FROM argument_links WHERE link_type = 'attacks'")

        // map: AIF to a file, nothing on stdout, the counts of the database.
        let aif = try runner.run(["map", "--format", "aif", "-o", "map.json"])
        #expect(aif.status == 0, "\(aif.stderr)")
        #expect(aif.stdout.isEmpty)
        #expect(aif.stderr.contains("wrote map.json: \(claims) claims, \(links) links (aif)"))
        let object = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: runner.folder.appendingPathComponent("map.json"))) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.filter { $0["type"] as? String == "I" }.count == claims)
        #expect(nodes.filter { $0["type"] as? String == "CA" }.count == attacks)

        // map: DOT on stdout, one node line per claim of the source.
        let dot = try runner.run(["map", "--source", "sino-russian-military-alliance"])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph argkb {"))
        let own = try count(
            runner,
            """
            SELECT count(*) FROM claims JOIN sources ON sources.id = claims.source_id
            WHERE slug = 'sino-russian-military-alliance'
            """)
        let clusterStart = try #require(dot.stdout.range(of: "label=\"SinoRussian Military Alliance (undated)\";"))
        let cluster = dot.stdout[clusterStart.upperBound...].prefix { $0 != "}" }
        #expect(cluster.components(separatedBy: "\n    c").count - 1 == own)

        // map: Argdown for a proposition; an unknown source is refused.
        let argdown = try runner.run(["map", "--proposition", "ru-cn-military-alliance", "--format", "argdown"])
        #expect(argdown.stdout.contains("[c") && argdown.stdout.contains("  -> [c"))
        let unknown = try runner.run(["map", "--source", "no-such-source"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no source with id or slug 'no-such-source'"))

        // map --format svg: a clear error without Graphviz, an SVG with it.
        let missing = try runner.run(["map", "--format", "svg"], environment: ["PATH": "/nonexistent"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Graphviz `dot` is not installed"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") {
            let svg = try runner.run(["map", "--format", "svg", "--proposition", "ru-cn-military-alliance"])
            #expect(svg.status == 0, "\(svg.stderr)")
            #expect(svg.stdout.contains("<svg"))
        }

        // report: HTML with every source title; Markdown with its pictures beside it.
        let html = try runner.run(["report", "--format", "html", "-o", "report.html"])
        #expect(html.status == 0, "\(html.stderr)")
        let page = try String(contentsOf: runner.folder.appendingPathComponent("report.html"), encoding: .utf8)
        let titles = try runner.run(["sql", "SELECT title FROM sources WHERE title IS NOT NULL", "--csv", "--no-headers"])
            .stdout.split(separator: "\r\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(titles.count == 5)
        for title in titles { #expect(page.contains(title), "missing \(title)") }
        #expect(page.contains("class=\"timeline\""))
        let markdown = try runner.run(["report", "-o", "report.md"])
        #expect(markdown.status == 0)
        #expect(FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("report.timeline.svg").path))
        let text = try String(contentsOf: runner.folder.appendingPathComponent("report.md"), encoding: .utf8)
        #expect(text.contains("> To sum up, any sort of military alliance between the two is highly improbable."))
        let unknownProposition = try runner.run(["report", "--proposition", "nope"])
        #expect(unknownProposition.status == 1)
        #expect(unknownProposition.stderr.contains("no proposition 'nope'"))

        // export: a file per table with every row; a folder that cannot be made is refused.
        let export = try runner.run(["export", "--format", "csv", "out/tables"])
        #expect(export.status == 0, "\(export.stderr)")
        let sources = try String(contentsOf: runner.folder.appendingPathComponent("out/tables/sources.csv"), encoding: .utf8)
        #expect(sources.hasPrefix("id,slug,path,title,author,publisher,published,url,text,char_count,content_hash,"))
        #expect(export.stdout.contains("claims.csv"))
        #expect(export.stdout.split(separator: "\n").contains { $0.hasPrefix("claims ") && $0.hasSuffix(" \(claims)") })
        try runner.write("plain-file", Data("x".utf8))
        let refused = try runner.run(["export", "--format", "json", "plain-file/sub"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot create the folder"))
    }
}
