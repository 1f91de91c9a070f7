import Foundation
import Store
import Testing

@testable import Query

/// `argkb export`: every table as CSV or JSON, checked against the database table by table.
@Suite struct ExportTests {
    private func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("argkb-export-\(UUID().uuidString)")
    }

    /// The ordinary tables of the schema, as a user would list them (no FTS index, no internals).
    private func tables(_ db: Database) throws -> [String] {
        try db.rows(
            """
            SELECT name FROM sqlite_master
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name
            """
        ).compactMap { $0.string("name") }.map { $0 == "sentence_spans" ? "sentences" : $0 }.sorted()
    }

    private func columns(_ db: Database, _ table: String) throws -> [String] {
        // Generated columns too (table_xinfo): `claim_type` reads `claim_type_code` back as text.
        try db.rows("SELECT name FROM pragma_table_xinfo(?) ORDER BY cid", [table]).compactMap { $0.string("name") }
    }

    /// RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                record.append(field)
                records.append(record)
                field = ""
                record = []
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }

    @Test func csvHasAFilePerTableWithItsColumnsAndEveryRow() throws {
        let db = try SeedDatabase.open()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try TableExporter(db: db).export(to: folder, format: .csv)
        let expected = try tables(db)
        #expect(written.map(\.name) == expected)
        #expect(expected.contains("sources") && expected.contains("argument_links") && expected.contains("claims"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == expected.map { $0 + ".csv" }.sorted())
        for table in expected {
            let records = Self.parseCSV(try String(contentsOf: folder.appendingPathComponent(table + ".csv"), encoding: .utf8))
            let header = try columns(db, table)
            #expect(records.first == header, "header of \(table)")
            let count = try db.scalar("SELECT count(*) FROM \"\(table)\"")?.int ?? -1
            #expect(records.count - 1 == count, "rows of \(table)")
            #expect(records.dropFirst().allSatisfy { $0.count == header.count }, "ragged rows in \(table)")
            #expect(written.first { $0.name == table }?.rows == count)
        }
        // The sentences are written with their text (the view), not as bare spans.
        let sentences = Self.parseCSV(try String(contentsOf: folder.appendingPathComponent("sentences.csv"), encoding: .utf8))
        #expect(sentences[0] == ["id", "source_id", "paragraph_id", "ordinal", "start", "length", "text", "rowid"])
        #expect(sentences[1][6] == (try db.scalar("SELECT text FROM sentences ORDER BY id LIMIT 1")?.string))
        #expect(!files.contains("sentence_spans.csv"))
        // The text survives the round trip, quotes and line breaks included.
        let sources = Self.parseCSV(try String(contentsOf: folder.appendingPathComponent("sources.csv"), encoding: .utf8))
        let textColumn = try #require(sources[0].firstIndex(of: "text"))
        let slugColumn = try #require(sources[0].firstIndex(of: "slug"))
        for record in sources.dropFirst() {
            let stored = try db.scalar("SELECT text FROM sources WHERE slug = ?", [record[slugColumn]])?.string
            #expect(record[textColumn] == stored)
        }
    }

    @Test func jsonIsAnArrayOfObjectsPerTable() throws {
        let db = try SeedDatabase.open()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try TableExporter(db: db).export(to: folder, format: .json)
        for table in try tables(db) {
            let data = try Data(contentsOf: folder.appendingPathComponent(table + ".json"))
            let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]], "\(table).json")
            let count = try db.scalar("SELECT count(*) FROM \"\(table)\"")?.int ?? -1
            #expect(objects.count == count, "rows of \(table)")
            if let first = objects.first { #expect(Set(first.keys) == Set(try columns(db, table)), "keys of \(table)") }
        }
        let claims = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: folder.appendingPathComponent("claims.json"))) as? [[String: Any]])
        // Numbers stay numbers and NULL stays null.
        #expect(claims.contains { $0["p_low"] is Double })
        #expect(claims.contains { $0["speaker_name"] is NSNull })
        #expect(claims.allSatisfy { $0["id"] is Int })
    }

    @Test func viewsAreExportedOnRequest() throws {
        let db = try SeedDatabase.open()
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try TableExporter(db: db).export(to: folder, format: .csv, includeViews: true)
        let views = try db.rows("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").compactMap {
            $0.string("name")
        }
        #expect(views.contains("source_verdicts"))
        #expect(written.filter { $0.kind == "view" }.map(\.name) == views)
        let verdicts = Self.parseCSV(
            try String(contentsOf: folder.appendingPathComponent("source_verdicts.csv"), encoding: .utf8))
        #expect(verdicts.count - 1 == (try db.scalar("SELECT count(*) FROM source_verdicts")?.int))
        #expect(verdicts.dropFirst().contains { $0.contains("sino-russian-military-alliance") && $0.contains("very unlikely") })
    }

    @Test func aFolderThatCannotBeMadeIsAClearError() throws {
        let db = try SeedDatabase.open()
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        #expect(throws: QueryError.invalid("cannot export into \(file.path): it exists and is not a folder")) {
            try TableExporter(db: db).export(to: file, format: .csv)
        }
        do {
            try TableExporter(db: db).export(to: file.appendingPathComponent("inside"), format: .csv)
            Issue.record("exporting under a file succeeded")
        } catch let error as QueryError {
            #expect(error.description.hasPrefix("cannot create the folder \(file.path)/inside: "))
        }
        // Nested folders that do not exist yet are created.
        let nested = folder.appendingPathComponent("a/b")
        #expect(try TableExporter(db: db).export(to: nested, format: .json).count == (try tables(db)).count)
    }
}
