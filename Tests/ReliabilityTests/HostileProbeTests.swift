import Foundation
import Store
import Testing

/// The crash, hang, quadratic-time and clarity defects a hostile probe found (issue 13), end to
/// end on the binary. The slow sizes run in `make stress` (ARGKB_STRESS=1).
@Suite struct HostileProbeTests {
    private func seeded(_ runner: ArgkbProcess) throws -> String {
        let result = try runner.run(["ingest", ArgkbProcess.repositoryRoot.appendingPathComponent("data/sources").path])
        #expect(result.status == 0, "\(result.stderr)")
        return runner.databasePath
    }

    /// Runs a shell script with the binary as $A and the database as $DB.
    private func shell(_ runner: ArgkbProcess, _ script: String) throws -> ArgkbProcess.Result {
        try runner.run([], prefix: ["/bin/bash", "-c", script, ArgkbProcess.binary.path, runner.databasePath])
    }

    @Test func aFailedWriteToStandardOutputIsAnErrorNotACrash() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        _ = try seeded(runner)
        try FileManager.default.createDirectory(atPath: runner.path("out"), withIntermediateDirectories: true)
        for command in ["sources", "map", "report", "export --format csv out", "ask 'which sources call an alliance improbable'"]
        {
            let result = try shell(runner, "A=$0; DB=$1; \"$A\" \(command) --db \"$DB\" > /dev/full")
            #expect(result.status == 1, "\(command): status \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("write error: No space left on device"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(command): \(result.stderr)")
        }
        // A closed pipe with SIGPIPE ignored: EPIPE, said once, exit 1 (a megabyte of output, so the
        // pipe fills whatever the timing).
        let piped = try shell(
            runner,
            """
            A=$0; DB=$1; trap '' PIPE
            "$A" sql --db "$DB" "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 200000) SELECT x FROM n" | true
            exit ${PIPESTATUS[0]}
            """)
        #expect(piped.status == 1, "\(piped.stderr)")
        #expect(piped.stderr.contains("write error: Broken pipe"), "\(piped.stderr)")
    }

    @Test func aFIFONamedLikeAnArticleIsRefusedAndTheRunGoesOn() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write("corpus/a.txt", Data("A pact\n\nAn alliance between Russia and China is unlikely.\n".utf8))
        #expect(mkfifo(runner.path("corpus/x.txt"), 0o644) == 0)
        // `timeout` turns the old behaviour (waiting forever for a writer) into a failed test.
        let result = try runner.run(["ingest", runner.path("corpus")], prefix: ["/usr/bin/timeout", "60"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.contains("refused: \(runner.path("corpus/x.txt")): is a FIFO (named pipe), not a regular file"),
            "\(result.stderr)")
        let stored = try runner.run(["sql", "SELECT count(*) FROM sources", "--csv", "--no-headers"])
        #expect(stored.stdout == "1\r\n")
    }

    /// A line without sentence punctuation naming a country every few words, and a long comma
    /// list of countries: relations and candidates were quadratic in the mentions of a sentence.
    @Test func manyActorsInOneSentenceTakeLinearTime() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let countries = ["Russia", "China", "India", "Pakistan", "Iran", "Turkey", "Japan", "Vietnam"]
        let verbs = ["cooperates with", "competes with", "and", "sells arms to", "may ally with", "distrusts"]
        let target = ArgkbProcess.stress ? 1_000_000 : 150_000
        var line = ""
        var index = 0
        while line.utf8.count < target {
            line += countries[index % countries.count] + " " + verbs[(index / 3) % verbs.count] + " "
            index += 1
        }
        let list = (0..<(target / 8)).map { countries[$0 % countries.count] }.joined(separator: ", ")
        let long = try runner.write("long.txt", Data(("One line\n\n" + line + "\n").utf8))
        let comma = try runner.write("list.txt", Data(("A list\n\n" + list + " and Russia cooperate.\n").utf8))
        let started = Date()
        let result = try runner.run(["ingest", long, comma])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        // A generous bound that only a quadratic pass breaks (it took 158 s for 1 MB, 17 s for the list).
        #expect(seconds < (ArgkbProcess.stress ? 60 : 30), "took \(seconds) s")
        let mentions = try runner.run(["sql", "SELECT count(*) > 10000 FROM mentions", "--csv", "--no-headers"])
        #expect(mentions.stdout == "1\r\n")
        let relations = try runner.run(["sql", "SELECT count(*) > 0 FROM relations", "--csv", "--no-headers"])
        #expect(relations.stdout == "1\r\n")
    }

    /// Several first `init`s and `ingest`s of a new database at once: the schema is created once,
    /// under the write lock, and every run succeeds.
    @Test func firstRunsOnANewDatabaseDoNotRaceOnTheSchema() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write("a/one.txt", Data("A pact\n\nAn alliance between Russia and China is unlikely.\n".utf8))
        try runner.write("b/two.txt", Data("Another pact\n\nA pact between Russia and China is likely.\n".utf8))
        for round in 0..<3 {
            let path = runner.path("race\(round).db")
            let inits = try (0..<4).map {
                try runner.start(["init", "--db", path], stderr: runner.path("init\(round)-\($0).err"))
            }
            let ingests = try ["a", "b"].map {
                try runner.start(["ingest", "--db", path, runner.path($0)], stderr: runner.path("ingest\(round)-\($0).err"))
            }
            for process in inits + ingests { process.waitUntilExit() }
            let errors = try FileManager.default.contentsOfDirectory(atPath: runner.folder.path).filter { $0.hasSuffix(".err") }
                .map { try String(contentsOfFile: runner.path($0), encoding: .utf8) }.filter { $0.contains("Error") }
            #expect((inits + ingests).map(\.terminationStatus) == [0, 0, 0, 0, 0, 0], "round \(round): \(errors)")
            let stored = try runner.run(["sql", "SELECT count(*) FROM sources", "--db", path, "--csv", "--no-headers"])
            #expect(stored.stdout == "2\r\n", "round \(round): \(stored.stdout)")
        }
    }

    /// A report of a corpus whose map is too big for Graphviz is drawn from its main claims, in
    /// time (the SVG clean-up was quadratic), with a one-line note and never dot's whole stderr.
    @Test func aReportOfALargeCorpusFinishesWithAPicture() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: ArgkbProcess.stress ? 1_000 : 150)
        #expect(try runner.run(["ingest", corpus]).status == 0)
        let started = Date()
        let result = try runner.run(["report", "--format", "html", "-o", runner.path("report.html")])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < (ArgkbProcess.stress ? 120 : 60), "took \(seconds) s")
        let html = try String(contentsOfFile: runner.path("report.html"), encoding: .utf8)
        #expect(html.contains("<div class=\"map\"><svg"), "no picture")
        // The meta line says how many claims the map has; above the drawable number it is summarized.
        let meta = try #require(html.range(of: #"(\d+) claims and (\d+) argument links in the map"#, options: .regularExpression))
        let claims = Int(html[meta].split(separator: " ")[0]) ?? 0
        #expect(html.contains("The map is too large to draw") == (claims > 250), "\(claims) claims")
        if ArgkbProcess.stress { #expect(claims > 250) }
        #expect(result.stderr.split(separator: "\n").count <= 2, "\(result.stderr.prefix(2000))")
        // Markdown on standard output has nowhere to put a picture: Graphviz is not run at all.
        let markdown = try runner.run(["report"], environment: ["PATH": "/nonexistent"])
        #expect(markdown.status == 0)
        #expect(!markdown.stderr.contains("Graphviz `dot` is not installed"), "\(markdown.stderr)")
        #expect(markdown.stdout.contains("```dot"))
    }

    /// Every table of an export comes from one snapshot, even while an ingest writes.
    @Test func anExportDuringAnIngestIsOneSnapshot() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: 80)
        #expect(try runner.run(["init"]).status == 0)
        let ingest = try runner.start(["ingest", "--batch-size", "4", corpus])
        var exports = 0
        while ingest.isRunning || exports < 2 {
            let folder = runner.path("export\(exports)")
            let result = try runner.run(["export", "--format", "json", folder])
            #expect(result.status == 0, "\(result.stderr)")
            let paragraphs = try Self.ids(in: folder + "/paragraphs.json", key: "id")
            let sentenceParagraphs = try Self.ids(in: folder + "/sentences.json", key: "paragraph_id")
            #expect(sentenceParagraphs.isSubset(of: paragraphs), "export \(exports): sentences point at missing paragraphs")
            let sources = try Self.ids(in: folder + "/sources.json", key: "id")
            #expect(try Self.ids(in: folder + "/claims.json", key: "source_id").isSubset(of: sources))
            exports += 1
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
    }

    private static func ids(in file: String, key: String) throws -> Set<Int> {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let rows = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] ?? []
        return Set(rows.compactMap { $0[key] as? Int })
    }

    @Test func csvExportsNeutralizeFormulasAndKeepNumbersExact() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write(
            "in/formula.txt", Data("=HYPERLINK(\"http://x\")\n\nAn alliance between Russia and China is unlikely.\n".utf8))
        #expect(try runner.run(["ingest", runner.path("in")]).status == 0)
        #expect(try runner.run(["export", "--format", "csv", runner.path("csv")]).status == 0)
        let sources = try String(contentsOfFile: runner.path("csv/sources.csv"), encoding: .utf8)
        #expect(sources.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "\(sources.prefix(400))")
        #expect(try runner.run(["export", "--format", "csv", "--raw-csv", runner.path("raw")]).status == 0)
        let raw = try String(contentsOfFile: runner.path("raw/sources.csv"), encoding: .utf8)
        #expect(raw.contains(",\"=HYPERLINK(\"\"http://x\"\")\","), "\(raw.prefix(400))")
        // A listing's --csv neutralizes the same way; numbers stay numbers, floats keep every digit.
        let listing = try runner.run(["sql", "SELECT '-1+2' AS t, -1 AS n, 0.1 + 0.2 AS f", "--csv"])
        #expect(listing.stdout == "t,n,f\r\n'-1+2,-1,0.30000000000000004\r\n", "\(listing.stdout)")
    }

    @Test func askSaysSoWhenTheYearAsksForNothing() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        _ = try seeded(runner)
        let old = try runner.run(["ask", "which sources published in 1850 call an alliance unlikely", "--json"])
        #expect(old.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(old.stdout)")
        let explained = try runner.run(["ask", "which sources published in 1850 call an alliance unlikely", "--explain"])
        #expect(explained.stdout.contains("published from 1850 to before 1851"), "\(explained.stdout)")
        #expect(explained.stdout.contains("-- paste into: sqlite3 \(runner.databasePath)"), "\(explained.stdout)")
    }

    @Test func clearMessagesForTheLowCases() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        _ = try seeded(runner)
        let empty = try runner.run(["sql", ""])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("no SQL statement (the text is empty or only comments)"), "\(empty.stderr)")
        #expect(!empty.stderr.contains("not an error"))
        let tokenizer = try runner.run(["sql", "SELECT fts3_tokenizer('simple')"])
        #expect(tokenizer.status == 1, "\(tokenizer.stdout)")
        #expect(tokenizer.stderr.contains("not authorized"), "\(tokenizer.stderr)")
        let slow = try runner.run([
            "sql", "--timeout", "0.5",
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n",
        ])
        #expect(slow.status == 1)
        #expect(slow.stderr.contains("ran longer than 0.5 s and was stopped (--timeout)"), "\(slow.stderr)")
        let jobs = try runner.run(["ingest", "--jobs", "100000", runner.path("none")])
        #expect(jobs.status == 64)
        #expect(jobs.stderr.contains("--jobs must be from 1 to 64"), "\(jobs.stderr)")
        let nothing = try runner.run(["ingest", ""])
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("refused: : an empty path"), "\(nothing.stderr)")
        let proposition = try runner.run(["verdicts", "--proposition", "nope"])
        #expect(proposition.status == 1)
        #expect(proposition.stderr.contains("no proposition 'nope' (known: ru-cn-military-alliance)"), "\(proposition.stderr)")
    }

    @Test func terminalEscapesInNamesArePrintedVisibly() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let name = "in/evil\u{1B}[2Jname.txt"
        try runner.write(name, Data())
        let result = try runner.run(["ingest", runner.path("in")])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"), "raw escape printed")
        #expect(result.stderr.contains("evil\\x1B[2Jname.txt: is empty"), "\(result.stderr)")
    }

    @Test func theSameTextUnderTwoNamesIsStoredOnce() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let text = Data("A pact\n\nAn alliance between Russia and China is unlikely.\n".utf8)
        try runner.write("in/a.txt", text)
        try runner.write("in/copy-of-a.txt", text)
        let result = try runner.run(["ingest", runner.path("in")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("skipped: \(runner.path("in/copy-of-a.txt")): the same text as \(runner.path("in/a.txt"))"),
            "\(result.stderr)")
        let verdicts = try runner.run(["sql", "SELECT count(*) FROM verdicts", "--csv", "--no-headers"])
        #expect(verdicts.stdout == "1\r\n")
    }

    @Test func ingestRefusesToWriteIntoADamagedDatabase() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let path = try seeded(runner)
        try BadInputMatrixTests.sqlite(path, "PRAGMA wal_checkpoint(TRUNCATE);")
        // Damage a page of an index the next ingest does not write (the candidates' by name): the
        // first cell's offset points outside the page. Only a check finds it.
        let root = try runner.run([
            "sql", "SELECT rootpage FROM sqlite_master WHERE name = 'entity_candidates_by_name'",
            "--csv", "--no-headers",
        ])
        let page = try #require(Int(root.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.seek(toOffset: UInt64((page - 1) * 4096 + 8))
        handle.write(Data([0xFF, 0xFF]))
        try handle.close()
        #expect((try? DatabaseChecks.integrity(path)) != "ok")
        try runner.write("more/new.txt", Data("A new pact\n\nA treaty between Russia and China is possible.\n".utf8))
        let result = try runner.run(["ingest", runner.path("more")])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("is damaged (SQLite's quick check:"), "\(result.stderr)")
        let stored = try runner.run(["sql", "SELECT count(*) FROM sources WHERE path LIKE '%new.txt'", "--csv", "--no-headers"])
        #expect(stored.stdout == "0\r\n")
    }
}
