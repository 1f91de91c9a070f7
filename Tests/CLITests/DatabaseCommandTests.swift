import Foundation
import Testing

/// init, sql and the read-only guarantees, on the built binary.
@Suite struct DatabaseCommandTests {
    @Test func initCreatesTheSchemaAndSqlReadsIt() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let created = try runner.run(["init"])
        #expect(created.status == 0)
        #expect(created.stderr.contains("schema version 2"))
        let terms = try runner.run(["sql", "SELECT term, p_low FROM likelihood_scale WHERE rank <= ? ORDER BY rank", "--param", "2", "--csv"])
        #expect(terms.status == 0)
        #expect(terms.stdout == "term,p_low\r\nalmost no chance,0.01\r\nvery unlikely,0.05\r\n")
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
