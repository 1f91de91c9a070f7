import Foundation
import Testing

/// ingest, sources, search, show, actors, verdicts and ask on the built binary with the seeds.
@Suite struct IngestAndQueryCommandTests {
    /// A runner whose database holds the five seeds.
    private func ingestedSeeds() throws -> BinaryRunner {
        let runner = try BinaryRunner()
        let result = try runner.run(["ingest", BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path])
        #expect(result.status == 0, "ingest failed: \(result.stderr)")
        return runner
    }

    @Test func ingestReportsBadFilesByNameAndExitsWith1() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        try runner.write("in/good.txt", Data("Russia and China\n\nAn alliance between Russia and China is unlikely, the author writes.\n".utf8))
        try runner.write("in/empty.txt", Data())
        try runner.write("in/latin 1 ‘quoted’.txt", Data([0x43, 0x61, 0x66, 0xE9]))
        let result = try runner.run(["ingest", runner.folder.appendingPathComponent("in").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(runner.folder.path)/in/empty.txt: is empty"))
        #expect(result.stderr.contains("latin 1 ‘quoted’.txt: is not valid UTF-8 (first bad byte 0xE9 at offset 3)"))
        #expect(result.stderr.contains("3 files, 1 stored, 0 unchanged, 2 refused"))
        let stored = try runner.run(["sql", "SELECT slug FROM sources", "--csv", "--no-headers"])
        #expect(stored.stdout == "good\r\n")
        let errors = try runner.run(["sql", "SELECT reason FROM ingest_errors ORDER BY reason", "--tsv", "--no-headers"])
        #expect(errors.stdout == "empty\r\ninvalid_utf8\r\n")
    }

    @Test func sourcesListTheSeedsWithTheirMetadata() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["sources", "--nl"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].contains("\"slug\": \"why-russia-needs-military-alliance-with-china\""))
        #expect(lines[0].contains("\"published\": \"2020-12-02T16:43\""))
        #expect(result.stdout.contains("\"author\": \"Perizat RISBEK KIZI\""))
        #expect(result.stdout.contains("\"publisher\": \"Valerio Fabbri's Blog\""))
    }

    @Test func ingestingAgainIsANoOp() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let again = try runner.run(["ingest", BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path])
        #expect(again.status == 0)
        #expect(again.stderr.contains("5 files, 0 stored, 5 unchanged, 0 refused"))
    }

    @Test func searchRanksAndHighlightsAndSurvivesBadSyntax() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["search", "\"highly improbable\"", "--csv"])
        #expect(result.stdout.contains("any sort of military alliance between the two is [highly improbable]."))
        let broken = try runner.run(["search", "\"unbalanced NEAR(", "--json"])
        #expect(broken.status == 0)
        #expect(broken.stdout.hasPrefix("["))
        let empty = try runner.run(["search", "  "])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the search query is empty"))
    }

    @Test func showSourceGivesMetadataRemovedLinesAndSentences() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["show", "source", "why-russia-needs-military-alliance-with-china"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Found a typo in the text? Select it and press ctrl + enter"))
        #expect(result.stdout.contains("typo_prompt"))
        #expect(result.stdout.contains("repeated_title"))
        let missing = try runner.run(["show", "source", "nope"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no source with id or slug 'nope'"))
    }

    @Test func showActorAcceptsAnAlias() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["show", "actor", "Moscow"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("id "))
        #expect(result.stdout.contains("Russia"))
        #expect(result.stdout.contains("Kremlin"))
        #expect(result.stdout.contains("Most often in the same sentences:\nactor "))
        let lines = result.stdout.components(separatedBy: "Most often in the same sentences:\n")[1].split(separator: "\n")
        #expect(lines[2].hasPrefix("China "))
        let unknown = try runner.run(["show", "actor", "Atlantis"])
        #expect(unknown.status == 1)
    }

    @Test func actorsListsCountsAndCandidates() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let top = try runner.run(["actors", "--csv"])
        let rows = top.stdout.split(separator: "\r\n")
        #expect(rows[0] == "actor,kind,country,mentions,sources")
        #expect(rows[1] == "China,state,CHN,158,5")
        #expect(rows[2] == "Russia,state,RUS,137,5")
        let candidates = try runner.run(["actors", "--candidates", "--csv"])
        #expect(candidates.stdout.contains("Alexander Gabuyev,person,1,1,head,"))
        #expect(candidates.stdout.contains("Kadri Liik,person,"))
    }

    @Test func theHeadlineQuestionNamesTheSkepticalSourcesWithEvidence() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["ask", "which sources call an alliance improbable", "--json"])
        #expect(result.status == 0)
        let data = Data(result.stdout.utf8)
        let answers = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let verdicts = Dictionary(uniqueKeysWithValues: answers.map { ($0["source"] as? String ?? "", $0["verdict"] as? String ?? "") })
        #expect(verdicts == [
            "SinoRussian Military Alliance": "very unlikely",
            "Question of the day: why does Russia need a military alliance with China?": "unlikely",
            "Undercurrents in Russia-China Bonhomie": "unlikely",
        ])
        let sino = try #require(answers.first { ($0["source"] as? String) == "SinoRussian Military Alliance" })
        #expect(sino["evidence"] as? String == "To sum up, any sort of military alliance between the two is highly improbable.")
        #expect(sino["band"] as? String == "0.05-0.20")
        // The location's offsets give the evidence back from the source text.
        let location = try #require(sino["location"] as? String)
        let parts = location.split(separator: "@")[1].split(separator: "+")
        let check = try runner.run(["sql", "SELECT substr(text, ? + 1, ?) FROM sources WHERE slug = ?",
                                    "--param", String(parts[0]), "--param", String(parts[1]),
                                    "--param", "sino-russian-military-alliance", "--tsv", "--no-headers"])
        #expect(check.stdout == "To sum up, any sort of military alliance between the two is highly improbable.\r\n")
    }
}
