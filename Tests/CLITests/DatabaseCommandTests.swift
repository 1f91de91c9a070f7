import Foundation
import Store
import Testing

/// init, sql and the read-only guarantees, on the built binary.
@Suite struct DatabaseCommandTests {
    @Test func initCreatesTheSchemaAndSqlReadsIt() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let created = try runner.run(["init"])
        #expect(created.status == 0)
        #expect(created.stderr.contains("schema version \(Database.schemaVersion)"))
        let terms = try runner.run([
            "sql", "SELECT term, p_low FROM likelihood_scale WHERE rank <= ? ORDER BY rank", "--param", "2", "--csv",
        ])
        #expect(terms.status == 0)
        #expect(terms.stdout == "term,p_low\r\nalmost no chance,0.01\r\nvery unlikely,0.05\r\n")
    }

    /// A database of the previous version is refused by the read-only commands with the way out,
    /// and upgraded by `ingest` (the probe before it once refused it with the same message).
    @Test func anOlderDatabaseIsUpgradedByIngest() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        #expect(try runner.run(["init"]).status == 0)
        do {
            let db = try Database(path: runner.databasePath)
            try db.execute(
                """
                DROP INDEX claims_by_speaker;
                CREATE INDEX claims_by_speaker ON claims (speaker_actor_id);
                PRAGMA user_version = 2;
                """)
        }
        let refused = try runner.run(["sources"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "has schema version 2; this argkb needs \(Database.schemaVersion): `argkb ingest` upgrades it"))
        let sources = BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path
        let ingested = try runner.run(["ingest", "--quiet", sources])
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(ingested.stderr.contains("upgraded from schema version 2 to \(Database.schemaVersion)"), "\(ingested.stderr)")
        let again = try runner.run(["ingest", "--quiet", sources])
        #expect(!again.stderr.contains("upgraded"), "\(again.stderr)")
        let version = try runner.run(["sql", "PRAGMA user_version", "--csv", "--no-headers"])
        #expect(version.stdout == "\(Database.schemaVersion)\r\n")
        let index = try runner.run([
            "sql", "SELECT sql FROM sqlite_master WHERE name = 'claims_by_speaker'", "--csv", "--no-headers",
        ])
        #expect(index.stdout.contains("WHERE speaker_actor_id IS NOT NULL"))
        let stored = try runner.run(["sql", "SELECT count(*) FROM sources", "--csv", "--no-headers"])
        #expect(stored.stdout == "5\r\n")
    }

    @Test func sqlRefusesWritesAttachAndExtensions() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        _ = try runner.run(["init"])
        let write = try runner.run(["sql", "DELETE FROM likelihood_scale"])
        #expect(write.status == 1)
        #expect(write.stderr.contains("read-only"))
        let attach = try runner.run(["sql", "ATTACH 'other.db' AS other"])
        #expect(attach.status == 1)
        #expect(!FileManager.default.fileExists(atPath: runner.folder.appendingPathComponent("other.db").path))
        let extensionLoad = try runner.run(["sql", "SELECT load_extension('/tmp/nothing')"])
        #expect(extensionLoad.status == 1)
        let count = try runner.run(["sql", "SELECT count(*) AS n FROM likelihood_scale", "--json"])
        #expect(count.stdout == "[\n {\"n\": 7}\n]\n")
    }

    @Test func missingDatabaseIsAClearFailure() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let result = try runner.run(["sources", "--db", runner.folder.appendingPathComponent("none.db").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no database at"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aForeignDatabaseIsRefused() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let path = try runner.write("notes.txt.db", Data(repeating: 0x41, count: 4096))
        let result = try runner.run(["sources", "--db", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("file is not a database"))
    }
}
