import Foundation
import Store
import Testing

@testable import Ingest

/// A first load into an empty database builds its indexes after the rows; the rows are those of a
/// load that keeps them in step, and the guarantees hold.
@Suite struct BulkLoadTests {
    /// Every row of every table argkb writes, in rowid order, timestamps and the folder left out.
    static func digest(_ db: Database) throws -> [String: [String]] {
        let tables = try db.rows(
            """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
              AND name NOT LIKE '%_fts%' AND name <> 'ingest_runs'
            """
        ).compactMap { $0.string("name") }
        var digest: [String: [String]] = [:]
        for table in tables {
            let columns = try db.rows("SELECT name FROM pragma_table_info(?)", [table]).compactMap { $0.string("name") }
                .filter { !["ingested_at", "run_id", "file_modified", "path"].contains($0) }
            // A WITHOUT ROWID table is in the order of its key, which is among its columns.
            let withoutRowID =
                try db.scalar("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", [table])?.int == 1
            let order = withoutRowID ? (1...columns.count).map(String.init).joined(separator: ", ") : "rowid"
            digest[table] = try db.rows("SELECT \(columns.joined(separator: ", ")) FROM \(table) ORDER BY \(order)")
                .map { $0.values.map(\.description).joined(separator: " | ") }
        }
        return digest
    }

    private func load(bulkMinimum: Int) throws -> IngestWorkspace {
        let workspace = try IngestWorkspace()
        let runner = IngestRunner(db: workspace.db, lexicons: PipelineFixture.lexicons)
        runner.bulkLoadMinimum = bulkMinimum
        runner.batchSize = 2
        let summary = try runner.run(paths: [workspace.sources.path])
        #expect(summary.stored == 5 && summary.refusals.isEmpty)
        return workspace
    }

    @Test func aBulkLoadStoresTheRowsOfABatchedOne() throws {
        let bulk = try load(bulkMinimum: 1)
        let batched = try load(bulkMinimum: .max)
        let bulkRows = try Self.digest(bulk.db)
        let batchedRows = try Self.digest(batched.db)
        #expect(bulkRows.keys.sorted() == batchedRows.keys.sorted())
        for table in bulkRows.keys.sorted() {
            #expect(bulkRows[table] == batchedRows[table], "\(table) differs")
        }
        #expect((bulkRows["sentence_spans"]?.count ?? 0) > 100)
        // The same indexes as a database made the other way, and the full-text index answers alike.
        let indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        #expect(try bulk.db.rows(indexes).map(\.values) == batched.db.rows(indexes).map(\.values))
        let match = "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'alliance'"
        #expect(try bulk.db.scalar(match) == batched.db.scalar(match))
        try bulk.db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        #expect(try bulk.db.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try bulk.db.scalar("PRAGMA foreign_keys") == .integer(1))
    }

    @Test func theNextRunIntoTheLoadedDatabaseIsIncremental() throws {
        let bulk = try load(bulkMinimum: 1)
        let runner = IngestRunner(db: bulk.db, lexicons: PipelineFixture.lexicons)
        runner.bulkLoadMinimum = 1
        let again = try runner.run(paths: [bulk.sources.path])
        #expect(again.stored == 0 && again.unchanged == 5)
        #expect(again.timings.indexing == 0)
    }

    @Test func aLoadWhoseRowsReferToNothingIsRolledBackWhole() throws {
        let workspace = try IngestWorkspace(copySeeds: false)
        try workspace.db.prepareSchema()
        let load = try #require(try BulkLoad.begin(db: workspace.db, files: 1, minimum: 1))
        try workspace.db.execute(
            """
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
            VALUES (1, 'a', 'a.txt', 'Some text.', 10, 'h', 'l', '2026-01-01')
            """)
        // A mention of a sentence that does not exist: foreign keys are off during the load.
        try workspace.db.execute(
            "INSERT INTO mentions (source_id, sentence_id, actor_id, start, length, alias_kind_code) VALUES (1, 99, 99, 0, 4, 0)"
        )
        let error = try #require(throws: BulkLoadError.self) { try load.commit() }
        #expect(error == .foreignKeys(count: 2, tables: ["mentions"]))
        #expect(try workspace.count("sources") == 0 && workspace.count("mentions") == 0)
        #expect(try workspace.db.scalar("PRAGMA foreign_keys") == .integer(1))
        // The indexes the load dropped are back (the rollback undid the drop).
        #expect(try workspace.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'mentions_by_actor'") == .integer(1))
    }
}
