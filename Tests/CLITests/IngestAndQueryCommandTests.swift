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
        try runner.write(
            "in/good.txt", Data("Russia and China\n\nAn alliance between Russia and China is unlikely, the author writes.\n".utf8)
        )
        try runner.write("in/empty.txt", Data())
        try runner.write("in/photo.txt", Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]))
        try runner.write("in/latin 1 ‘quoted’.txt", Data([0x43, 0x61, 0x66, 0xE9]))
        let result = try runner.run(["ingest", runner.folder.appendingPathComponent("in").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(runner.folder.path)/in/empty.txt: is empty"))
        #expect(result.stderr.contains("latin 1 ‘quoted’.txt: is not valid UTF-8 (first bad byte 0xE9 at offset 3)"))
        #expect(result.stderr.contains("photo.txt: is binary (JPEG image), not text"))
        #expect(result.stderr.contains("4 files, 1 stored, 0 unchanged, 3 refused"))
        let stored = try runner.run(["sql", "SELECT slug FROM sources", "--csv", "--no-headers"])
        #expect(stored.stdout == "good\r\n")
        let errors = try runner.run(["sql", "SELECT reason FROM ingest_errors ORDER BY reason", "--tsv", "--no-headers"])
        #expect(errors.stdout == "binary\r\nempty\r\ninvalid_utf8\r\n")
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
        let verdicts = Dictionary(
            uniqueKeysWithValues: answers.map { ($0["source"] as? String ?? "", $0["verdict"] as? String ?? "") })
        #expect(
            verdicts == [
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
        let check = try runner.run([
            "sql", "SELECT substr(text, ? + 1, ?) FROM sources WHERE slug = ?",
            "--param", String(parts[0]), "--param", String(parts[1]),
            "--param", "sino-russian-military-alliance", "--tsv", "--no-headers",
        ])
        #expect(check.stdout == "To sum up, any sort of military alliance between the two is highly improbable.\r\n")
    }

    @Test func claimsFiltersAndShowClaimHighlightTheCue() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let skeptical = try runner.run([
            "claims", "--proposition", "ru-cn-military-alliance", "--author-only", "--max-p", "0.45",
            "--csv", "--no-headers",
        ])
        #expect(skeptical.status == 0)
        let rows = skeptical.stdout.split(separator: "\r\n")
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.contains(",author,") && $0.contains(",against,") })
        #expect(rows.contains { $0.contains(",very unlikely,0.05,0.2,highly improbable,") })
        let putin = try runner.run(["claims", "--speaker", "Putin", "--tsv"])
        #expect(putin.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.split(separator: "\t")[2] == "Vladimir Putin" })
        #expect(putin.stdout.contains("not going to rule it out"))
        let id = String(rows.first { $0.contains("highly improbable") }?.split(separator: ",").first ?? "0")
        let shown = try runner.run(["show", "claim", id])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("To sum up, any sort of military alliance between the two is [highly improbable]."))
        #expect(shown.stdout.contains("supports  from"))
    }

    @Test func verdictsListEachSourceOnce() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let result = try runner.run(["verdicts", "--tsv", "--no-headers"])
        let verdicts = result.stdout.split(separator: "\r\n").map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            verdicts.map { $0[1] } == [
                "why-russia-needs-military-alliance-with-china", "military-alliance-foundations-prospects",
                "undercurrents-russia-china-bonhomie", "sino-russian-military-alliance",
            ])
        #expect(verdicts.map { $0[6] } == ["unlikely", "likely", "unlikely", "very unlikely"])
    }

    @Test func relationsFilterByActorAliasTypeAndRegion() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let arms = try runner.run(["relations", "--actor", "Moscow", "--type", "sells_arms_to", "--tsv", "--no-headers"])
        let objects = arms.stdout.split(separator: "\r\n").map { $0.split(separator: "\t")[3] }
        #expect(objects == ["India", "Vietnam"])
        let region = try runner.run(["relations", "--region", "Central Asia", "--type", "competes_with", "--tsv", "--no-headers"])
        #expect(region.stdout.split(separator: "\r\n").count == 1)
        let bad = try runner.run(["relations", "--type", "likes"])
        #expect(bad.status == 64)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func explainOutputRunsInTheSqliteShellWithTheSameAnswer() throws {
        let runner = try ingestedSeeds()
        defer { runner.remove() }
        let question = "which sources published in 2021 call an alliance unlikely"
        let answer = try runner.run(["ask", question, "--tsv", "--no-headers"])
        let explained = try runner.run(["ask", question, "--explain", "--tsv", "--no-headers"])
        let block = try #require(explained.stderr.components(separatedBy: "-- read as:").last)
        let script = ".mode tabs\n-- read as:" + block
        try runner.write("explain.sql", Data(script.utf8))
        let shell = try runner.run(
            [
                "-init", runner.folder.appendingPathComponent("explain.sql").path,
                runner.databasePath, ".quit",
            ],
            executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        #expect(
            shell.stdout.replacingOccurrences(of: "\r\n", with: "\n")
                == answer.stdout.replacingOccurrences(of: "\r\n", with: "\n"))
        #expect(
            answer.stdout.hasPrefix("Undercurrents in Russia-China Bonhomie\t\t2021-12-17\tunlikely\t0.20-0.45\tagainst\trule\t"))
    }
}
