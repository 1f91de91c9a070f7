import Foundation
import Store
import Testing

/// Hostile input to every command that reads: SQL injection, FTS5 syntax, huge and odd text. Each
/// gives a clear error or a correct answer, never a crash, and nothing ever changes the database.
@Suite(.serialized) struct HostileQueryTests {
    /// One database of the five seeds for the whole suite (read-only use only).
    static let seeded: ArgkbProcess = {
        // One fixed folder, emptied first, so that runs do not leave a folder each behind.
        do {
            let runner = try ArgkbProcess(named: "argkb-reliability-hostile-queries")
            let result = try runner.run(["ingest", ArgkbProcess.repositoryRoot.appendingPathComponent("data/sources").path])
            precondition(result.status == 0, result.stderr)
            return runner
        } catch {
            preconditionFailure("cannot ingest the seeds for the hostile queries: \(error)")
        }
    }()

    static let hostile: [String] = [
        "'; DROP TABLE sources; --",
        "\" OR 1=1 --",
        "x' UNION SELECT sql, 1, 1, 1, 1 FROM sqlite_master --",
        "1; DELETE FROM claims",
        "\"unbalanced",
        "NEAR(",
        "NEAR(alliance",
        "*",
        "alliance*",
        "AND OR NOT",
        "sentences_fts:alliance",
        "{text}: alliance",
        "^",
        "\u{0}\u{1}\u{7}\u{1B}[31mred\u{1B}[0m",
        "\u{202E}ecnaillA\u{202C} \u{200F}\u{200E}\u{2066}Russia\u{2069}",
        "\u{FEFF}\u{200B}China\u{200D}",
        "🇷🇺🇨🇳 alliance ᴀʟʟɪᴀɴᴄᴇ Ａｌｌｉａｎｃｅ",
        "%_%",
        String(repeating: "alliance ", count: 12_000),  // 108 KB: an argument may hold 128 KiB
        String(repeating: "(", count: 5_000),
        String(repeating: "\"", count: 10_001),
    ]

    /// Every listing command with each hostile value in each of its text arguments.
    /// In `make test` each value goes through a third of them (every command still sees every
    /// kind of value); `make stress` runs the whole product.
    static var commands: [[String]] {
        var result: [[String]] = []
        for (index, value) in hostile.enumerated() {
            let all: [[String]] = [
                ["search", value, "--json"],
                ["ask", value, "--json"],
                ["ask", value, "--explain"],
                ["claims", "--source", value, "--json"],
                ["claims", "--proposition", value, "--speaker", value, "--json"],
                ["claims", "--term", value, "--type", value, "--polarity", value, "--json"],
                ["verdicts", "--proposition", value, "--json"],
                ["actors", "--kind", value, "--json"],
                ["show", "source", value],
                ["show", "actor", value],
                ["sql", "SELECT ? AS value", "--param", value, "--json"],
                ["sql", value],
            ]
            result += all.enumerated().filter { ArgkbProcess.stress || ($0.offset + index) % 3 == 0 || $0.offset < 2 }.map(
                \.element)
        }
        return result
    }

    @Test func hostileTextGivesAnAnswerOrAClearErrorAndWritesNothing() throws {
        let runner = Self.seeded
        let before = try DatabaseChecks.perSource(runner.databasePath)
        let beforeCounts = try DatabaseChecks.counts(runner.databasePath)
        let size = try FileManager.default.attributesOfItem(atPath: runner.databasePath)[.size] as? Int
        for arguments in Self.commands {
            let result = try runner.run(arguments)
            let shown = arguments.map { $0.count > 60 ? String($0.prefix(60)) + "…" : $0 }
            #expect(!result.signaled, "\(shown) crashed: \(result.stderr.prefix(500))")
            #expect([0, 1, 64].contains(result.status), "\(shown): status \(result.status)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("locked"), "\(shown)")
            if result.status != 0 {
                #expect(!result.stderr.isEmpty, "\(shown) failed without saying why")
            }
            if arguments.contains("--json") && result.status == 0 {
                #expect(result.stdout.hasPrefix("["), "\(shown): \(result.stdout.prefix(200))")
            }
        }
        #expect(try DatabaseChecks.perSource(runner.databasePath) == before)
        #expect(try DatabaseChecks.counts(runner.databasePath) == beforeCounts)
        #expect(try FileManager.default.attributesOfItem(atPath: runner.databasePath)[.size] as? Int == size)
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
    }

    /// Injection through a filter is a value, never SQL: it matches nothing and lists nothing.
    @Test func injectionInAFilterMatchesNothing() throws {
        let runner = Self.seeded
        let claims = try runner.run(["claims", "--source", "x' OR 1=1 --", "--csv", "--no-headers"])
        #expect(claims.status == 0)
        #expect(claims.stdout.isEmpty, "\(claims.stdout.prefix(300))")
        let speaker = try runner.run(["claims", "--speaker", "' OR ''='", "--csv", "--no-headers"])
        #expect(speaker.stdout.isEmpty, "\(speaker.stdout.prefix(300))")
        let parameter = try runner.run([
            "sql", "SELECT count(*) FROM sources WHERE slug = ?", "--param", "' OR 1=1 --", "--csv", "--no-headers",
        ])
        #expect(parameter.stdout == "0\r\n")
    }

    /// FTS5 syntax errors fall back to a plain-word search that still finds the words.
    @Test(arguments: ["\"highly improbable", "NEAR(highly improbable", "highly) improbable(", "improbable AND", "* improbable"])
    func brokenFTSSyntaxSearchesThePlainWords(_ query: String) throws {
        let result = try Self.seeded.run(["search", query, "--csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[improbable]"), "\(result.stdout.prefix(300))")
    }

    @Test func searchAndAskAnswerThroughInvisibleCharacters() throws {
        // Right-to-left marks and zero-width characters around a word do not hide it.
        let search = try Self.seeded.run(["search", "\u{200F}improbable\u{200E}", "--csv"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("[improbable]"))
        let ask = try Self.seeded.run(["ask", "which sources call an alliance \u{200B}improbable\u{2069}", "--json"])
        #expect(ask.status == 0)
        #expect(ask.stdout.contains("sino-russian-military-alliance @3471+78"), "\(ask.stdout.prefix(400)) \(ask.stderr)")
    }

    /// `sql` writes nothing, whatever the statement: writes, PRAGMA writes, VACUUM INTO, ATTACH,
    /// extensions, and a second statement after the first.
    @Test(arguments: [
        "DELETE FROM sources", "UPDATE claims SET likelihood_term = NULL", "INSERT INTO propositions (id) VALUES ('x')",
        "DROP TABLE sources", "CREATE TABLE t (x)", "CREATE TEMP TABLE t (x)", "PRAGMA user_version = 5",
        "PRAGMA journal_mode = DELETE", "PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "VACUUM INTO 'copy.db'", "REINDEX",
        "ANALYZE", "ATTACH 'other.db' AS other", "ATTACH ':memory:' AS m", "SELECT load_extension('libsqlite3')",
        "SELECT writefile('written.txt', 'x')", "SELECT 1; DELETE FROM sources", "WITH x AS (SELECT 1) DELETE FROM sources",
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
        "REPLACE INTO likelihood_scale SELECT * FROM likelihood_scale",
    ])
    func sqlNeverWrites(_ statement: String) throws {
        let runner = Self.seeded
        let before = try DatabaseChecks.counts(runner.databasePath)
        let version = try runner.run(["sql", "PRAGMA user_version", "--csv", "--no-headers"]).stdout
        let result = try runner.run(["sql", statement])
        #expect(result.status == 1, "\(statement) was not refused: \(result.stdout)")
        #expect(!result.stderr.isEmpty)
        #expect(try DatabaseChecks.counts(runner.databasePath) == before)
        #expect(try runner.run(["sql", "PRAGMA user_version", "--csv", "--no-headers"]).stdout == version)
        #expect(try Database(path: runner.databasePath, mode: .readOnly).scalar("PRAGMA journal_mode")?.string == "wal")
        for file in ["copy.db", "other.db", "written.txt"] {
            #expect(!FileManager.default.fileExists(atPath: runner.path(file)), "\(statement) created \(file)")
        }
    }

    /// Numbers out of range are usage errors (64), not crashes or silent nonsense.
    @Test(arguments: [
        ["search", "alliance", "--limit", "0"], ["search", "alliance", "--limit", "-1"],
        ["search", "alliance", "--limit", "99999999999999999999"], ["show", "claim", "-1"],
        ["show", "claim", "abc"], ["claims", "--min-p", "nan"], ["claims", "--max-p", "1e309"],
    ])
    func outOfRangeNumbers(_ arguments: [String]) throws {
        let result = try Self.seeded.run(arguments)
        #expect(!result.signaled)
        #expect(
            [1, 64].contains(result.status) || (result.status == 0 && result.stdout.isEmpty == false),
            "\(arguments): \(result.status) \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
    }
}
