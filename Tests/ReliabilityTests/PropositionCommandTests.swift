import Foundation
import Testing

/// argkb away from its repository (built-in lexicons), and a user's own question added to a
/// corpus already stored, without reading its files again (issue 15).
@Suite struct PropositionCommandTests {
    /// Articles of my own on a question argkb does not ship.
    static let articles: [String: String] = [
        "hawk.txt": """
        Iran and the bomb

        Iran will build a nuclear weapon within five years. Its leaders have decided, and the sanctions have failed.
        """,
        "dove.txt": """
        Why Tehran stops short

        I don't think Iran will build a nuclear weapon. The regime gains more from staying a threshold state.
        """,
        "reporter.txt": """
        Talks resume in Vienna

        Officials said Iran is unlikely to build a nuclear weapon this year. The talks resume on Monday.
        """,
        "other.txt": """
        Grain prices

        Wheat prices rose in Egypt this month. Traders expect a good harvest in Kazakhstan.
        """,
    ]

    /// A runner whose runs see no lexicon folder of the repository: the built-in lexicons alone.
    private func runner() throws -> ArgkbProcess {
        let runner = try ArgkbProcess()
        for (name, text) in Self.articles { try runner.write("corpus/\(name)", Data(text.utf8)) }
        return runner
    }

    private static let away = ["ARGKB_LEXICONS": "", "ARGKB_ANNOTATIONS": "/nonexistent"]

    private func verdicts(_ runner: ArgkbProcess, _ db: String) throws -> String {
        try runner.run(
            [
                "sql", "--db", db,
                """
                SELECT s.slug, v.proposition_id, v.likelihood_term, v.polarity, v.note FROM verdicts AS v
                JOIN sources AS s ON s.id = v.source_id ORDER BY 1, 2
                """, "--csv", "--no-headers",
            ], environment: Self.away
        ).stdout
    }

    @Test func theBinaryWorksAwayFromItsRepositoryWithTheBuiltInLexicons() throws {
        let runner = try runner()
        defer { runner.remove() }
        let seeds = ArkbSeeds.folder
        let ingested = try runner.run(["ingest", "--db", runner.path("seeds.db"), seeds], environment: Self.away)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(!ingested.stderr.contains("lexicon"), "\(ingested.stderr)")
        let verdicts = try runner.run(
            ["sql", "--db", runner.path("seeds.db"), "SELECT count(*) FROM verdicts", "--csv", "--no-headers"],
            environment: Self.away)
        #expect(verdicts.stdout == "4\r\n")
        let lexicons = try runner.run(["lexicons", "--csv", "--no-headers"], environment: Self.away)
        #expect(lexicons.stdout.contains("propositions.tsv,built-in,1,1,0"), "\(lexicons.stdout)")
    }

    @Test func aPropositionAddedLaterGivesTheVerdictsOfAFreshIngestWithoutReadingFiles() throws {
        let runner = try runner()
        defer { runner.remove() }
        let stored = runner.path("stored.db")
        #expect(try runner.run(["ingest", "--db", stored, runner.path("corpus")], environment: Self.away).status == 0)
        #expect(try verdicts(runner, stored).isEmpty)
        // The files go: what follows can only read the database.
        try FileManager.default.moveItem(atPath: runner.path("corpus"), toPath: runner.path("elsewhere"))
        let added = try runner.run(
            [
                "propositions", "add", "--db", stored, "ir-bomb", "Iran builds a nuclear weapon",
                "--terms", "nuclear weapon|bomb", "--actors", "Iran",
            ], environment: Self.away)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("3 sources read again from the database (no file read)"), "\(added.stderr)")
        let file = try String(contentsOfFile: runner.path("argkb-lexicons/propositions.tsv"), encoding: .utf8)
        #expect(file.contains("ir-bomb\tIran builds a nuclear weapon\tnuclear weapon|bomb\tIran"))
        // A fresh ingest of the same files with the same lexicons gives the same verdicts, notes and all.
        try FileManager.default.moveItem(atPath: runner.path("elsewhere"), toPath: runner.path("corpus"))
        let fresh = runner.path("fresh.db")
        #expect(try runner.run(["ingest", "--db", fresh, runner.path("corpus")], environment: Self.away).status == 0)
        let afterAdd = try verdicts(runner, stored)
        #expect(afterAdd == (try verdicts(runner, fresh)))
        #expect(afterAdd.contains("dove,ir-bomb,unlikely,against"), "\(afterAdd)")
        #expect(afterAdd.contains("hawk,ir-bomb,very likely,for"), "\(afterAdd)")
        #expect(!afterAdd.contains("reporter"))  // the officials' view, not the reporter's
        // The next ingest finds every source current: nothing is read again.
        let again = try runner.run(["ingest", "--db", stored, runner.path("corpus")], environment: Self.away)
        #expect(again.stderr.contains("4 unchanged"), "\(again.stderr)")
        // Listed with its claims and verdicts, from the user folder.
        let listed = try runner.run(["propositions", "--db", stored, "--csv", "--no-headers"], environment: Self.away)
        #expect(
            listed.stdout.contains(
                "ir-bomb,Iran builds a nuclear weapon,nuclear weapon|bomb,Iran,\(runner.path("argkb-lexicons"))"),
            "\(listed.stdout)")
        // Removed: its verdicts go, and the database equals a fresh ingest without it.
        let removed = try runner.run(["propositions", "remove", "--db", stored, "ir-bomb"], environment: Self.away)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(try verdicts(runner, stored).isEmpty)
        #expect(
            try runner.run(["propositions", "remove", "--db", stored, "ru-cn-military-alliance"], environment: Self.away)
                .stderr.contains("is a built-in proposition"))
    }

    /// A corpus that argues about several propositions: verdicts, the report (a section and a
    /// timeline for each) and the map handle them side by side.
    @Test func severalPropositionsSideBySide() throws {
        let runner = try runner()
        defer { runner.remove() }
        #expect(try runner.run(["ingest", runner.path("corpus"), ArkbSeeds.folder], environment: Self.away).status == 0)
        #expect(
            try runner.run(
                [
                    "propositions", "add", "ir-bomb", "Iran builds a nuclear weapon", "--terms", "nuclear weapon",
                    "--actors", "Iran",
                ], environment: Self.away
            ).status == 0)
        let verdicts = try runner.run(["verdicts", "--csv"], environment: Self.away).stdout
        #expect(verdicts.contains(",ir-bomb,") && verdicts.contains(",ru-cn-military-alliance,"), "\(verdicts)")
        let report = try runner.run(["report", "--format", "html", "-o", runner.path("r.html")], environment: Self.away)
        #expect(report.status == 0, "\(report.stderr)")
        let html = try String(contentsOfFile: runner.path("r.html"), encoding: .utf8)
        #expect(
            html.components(separatedBy: "<h3 class=\"proposition\">Iran builds a nuclear weapon <code>ir-bomb</code></h3>").count
                == 3)
        #expect(html.components(separatedBy: "<h3 class=\"proposition\">Russia and China form a military alliance").count == 3)
        #expect(html.components(separatedBy: "<figure class=\"chart\">").count == 3)
        let markdown = try runner.run(["report", "--format", "markdown", "-o", runner.path("r.md")], environment: Self.away)
        #expect(
            markdown.stderr.contains("r.timeline-ir-bomb.svg")
                && markdown.stderr.contains("r.timeline-ru-cn-military-alliance.svg"),
            "\(markdown.stderr)")
        let map = try runner.run(["map", "--proposition", "ir-bomb", "--format", "json"], environment: Self.away)
        #expect(map.status == 0 && map.stdout.contains("ir-bomb"))
    }

    @Test func aBadPropositionIsRefusedAndNothingIsWritten() throws {
        let runner = try runner()
        defer { runner.remove() }
        let stored = runner.path("stored.db")
        #expect(try runner.run(["ingest", "--db", stored, runner.path("corpus")], environment: Self.away).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: stored))
        let bad = try runner.run(
            [
                "propositions", "add", "--db", stored, "x", "Atlantis rises", "--terms", "rise",
                "--actors", "Atlantis",
            ], environment: Self.away)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("names the actor 'Atlantis', which is no canonical actor"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("argkb-lexicons/propositions.tsv")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: stored)) == before)
    }
}

/// The repository's seed articles.
enum ArkbSeeds {
    static let folder = ArgkbProcess.repositoryRoot.appendingPathComponent("data/sources").path
}

/// Questions about propositions not on record, answered from the stored claims (issue 15).
@Suite struct AdHocQuestionTests {
    static let articles: [String: String] = [
        "taiwan-hawk.txt": "Storm over the strait\n\nA Chinese invasion of Taiwan is likely before 2030, the author writes.\n",
        "taiwan-dove.txt": "Calm over the strait\n\nAn invasion of Taiwan by China remains highly improbable.\n",
        "iran.txt": "Tehran's choice\n\nIran is unlikely to build a nuclear weapon while the inspectors stay.\n",
        "nato.txt": "Kyiv's hopes\n\nUkraine will probably join NATO within a decade.\n",
        "kyiv.txt": "Kyiv waits\n\nIt is doubtful that Ukraine joins NATO soon.\n",
        // The verb of the question's noun: found through the close derivations (invasion / invade).
        "taiwan-verb.txt": "Across the water\n\nChina will probably not invade Taiwan in this decade.\n",
    ]

    @Test func aQuestionAboutAMatterNotOnRecordIsReadFromItsActorsAndWords() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        for (name, text) in Self.articles { try runner.write("corpus/\(name)", Data(text.utf8)) }
        let away = ["ARGKB_LEXICONS": "", "ARGKB_ANNOTATIONS": "/nonexistent"]
        #expect(try runner.run(["ingest", runner.path("corpus")], environment: away).status == 0)

        let unlikely = try runner.run(
            ["ask", "which sources consider a Chinese invasion of Taiwan unlikely", "--json"], environment: away)
        #expect(unlikely.status == 0, "\(unlikely.stderr)")
        #expect(unlikely.stdout.contains("\"verdict\": \"very unlikely\""), "\(unlikely.stdout)")
        #expect(unlikely.stdout.contains("taiwan-dove") && !unlikely.stdout.contains("taiwan-hawk"), "\(unlikely.stdout)")
        #expect(unlikely.stdout.contains("taiwan-verb"), "\(unlikely.stdout)")
        #expect(unlikely.stderr.contains("Read as a proposition not on record: China, Taiwan: invasion"), "\(unlikely.stderr)")
        #expect(unlikely.stderr.contains("argkb propositions add china-taiwan-invasion"), "\(unlikely.stderr)")

        let iran = try runner.run(["ask", "is Iran likely to build a nuclear weapon", "--json"], environment: away)
        #expect(iran.stdout.contains("\"verdict\": \"unlikely\"") && iran.stdout.contains("iran @"), "\(iran.stdout)")
        #expect(iran.stderr.contains("Iran: build nuclear weapon"), "\(iran.stderr)")

        let nato = try runner.run(["ask", "which sources consider Ukraine joining NATO likely", "--json"], environment: away)
        #expect(nato.stdout.contains("kyiv @") == false && nato.stdout.contains("nato @"), "\(nato.stdout)")
        let explained = try runner.run(
            ["ask", "which sources consider Ukraine joining NATO likely", "--explain"], environment: away)
        #expect(
            explained.stdout.contains(
                "-- read as: sources whose author estimates the matter read from the question (Ukraine, NATO: joining)"),
            "\(explained.stdout)")
    }
}
