import Foundation
import Testing

@testable import Store

@Suite struct DatabaseTests {
    @Test func bindsAndReadsEveryType() throws {
        let temp = try TemporaryDatabase(schema: false)
        let db = temp.db
        try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT) STRICT")
        let blob = Data([0, 1, 2, 255])
        try db.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [42, 2.5, "Moscow’s", blob, String?.none])
        let rows = try db.rows("SELECT i, r, s, b, n FROM t")
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.columns == ["i", "r", "s", "b", "n"])
        #expect(row["i"] == .integer(42))
        #expect(row["r"] == .real(2.5))
        #expect(row["s"] == .text("Moscow’s"))
        #expect(row["b"] == .blob(blob))
        #expect(row["n"] == .null)
        #expect(row.int("i") == 42 && row.double("r") == 2.5 && row.string("s") == "Moscow’s")
    }

    /// `execute` binds a parameter pack at its types, as `run` binds an array, and checks the count.
    @Test func executeBindsEachValueOfAPack() throws {
        let temp = try TemporaryDatabase(schema: false)
        try temp.db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, n TEXT) STRICT")
        let insert = try temp.db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        let missing: String? = nil
        try insert.execute(7, 0.5, "Beijing’s", missing)
        try insert.execute(8, 1.5, Substring("Moscow"), Optional("x"))
        let rows = try temp.db.rows("SELECT i, r, s, n FROM t ORDER BY i")
        #expect(
            rows.map(\.values) == [
                [.integer(7), .real(0.5), .text("Beijing’s"), .null],
                [.integer(8), .real(1.5), .text("Moscow"), .text("x")],
            ])
        let tooFew = try #require(throws: DatabaseError.self) { try insert.execute(9, 2.5) }
        #expect(tooFew.message == "expected 4 arguments, got 2")
        let tooMany = try #require(throws: DatabaseError.self) { try insert.execute(9, 2.5, "a", "b", "c") }
        #expect(tooMany.message == "expected 4 arguments, got 5")
        #expect(try temp.db.scalar("SELECT count(*) FROM t") == .integer(2))
    }

    @Test func reusesAPreparedStatementInALoop() throws {
        let temp = try TemporaryDatabase(schema: false)
        try temp.db.execute("CREATE TABLE t (v INTEGER NOT NULL) STRICT")
        let insert = try temp.db.prepare("INSERT INTO t (v) VALUES (?)")
        for v in 1...100 { try insert.run([v]) }
        #expect(try temp.db.scalar("SELECT sum(v) FROM t") == .integer(5050))
        var seen: [Int] = []
        try temp.db.prepare("SELECT v FROM t WHERE v > ? ORDER BY v").forEach([97]) { seen.append($0.int(at: 0)) }
        #expect(seen == [98, 99, 100])
    }

    @Test func transactionRollsBackWhenTheBodyThrows() throws {
        struct Boom: Error {}
        let temp = try TemporaryDatabase(schema: false)
        try temp.db.execute("CREATE TABLE t (v INTEGER) STRICT")
        #expect(throws: Boom.self) {
            try temp.db.inTransaction {
                try temp.db.execute("INSERT INTO t VALUES (?)", [1])
                throw Boom()
            }
        }
        #expect(try temp.db.scalar("SELECT count(*) FROM t") == .integer(0))
        #expect(!temp.db.isInsideTransaction)
        try temp.db.inTransaction { try temp.db.execute("INSERT INTO t VALUES (?)", [2]) }
        #expect(try temp.db.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func errorsCarryCodeMessageAndSQL() throws {
        let temp = try TemporaryDatabase(schema: false)
        let sql = "SELECT * FROM no_such_table"
        do {
            _ = try temp.db.rows(sql)
            Issue.record("expected an error")
        } catch let error as DatabaseError {
            #expect(error.code == 1)  // SQLITE_ERROR
            #expect(error.message == "no such table: no_such_table")
            #expect(error.sql == sql)
            #expect(error.description.contains("no such table: no_such_table"))
            #expect(error.description.contains(sql))
        }
    }

    @Test func constraintErrorsHaveTheExtendedCode() throws {
        let temp = try TemporaryDatabase(schema: false)
        try temp.db.execute("CREATE TABLE t (v TEXT UNIQUE) STRICT")
        try temp.db.execute("INSERT INTO t VALUES (?)", ["a"])
        let error = try #require(throws: DatabaseError.self) { try temp.db.execute("INSERT INTO t VALUES (?)", ["a"]) }
        #expect(error.isConstraint)
        #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
    }

    @Test func wrongArgumentCountIsAnError() throws {
        let temp = try TemporaryDatabase(schema: false)
        let error = try #require(throws: DatabaseError.self) { try temp.db.rows("SELECT ?, ?", [1]) }
        #expect(error.message == "expected 2 arguments, got 1")
    }

    @Test func readOnlyConnectionRefusesWrites() throws {
        let temp = try TemporaryDatabase(schema: true)
        let reader = try Database(path: temp.path, mode: .readOnly)
        #expect(reader.isReadOnly)
        #expect(try reader.scalar("SELECT count(*) FROM sources") == .integer(0))
        let error = try #require(throws: DatabaseError.self) {
            try reader.execute("INSERT INTO propositions (id, statement) VALUES (?, ?)", ["x", "y"])
        }
        #expect(error.isReadOnly)
    }

    @Test func connectionIsSetUpAsDocumented() throws {
        let temp = try TemporaryDatabase(schema: false)
        #expect(try temp.db.scalar("PRAGMA journal_mode") == .text("wal"))
        #expect(try temp.db.scalar("PRAGMA foreign_keys") == .integer(1))
        #expect(try temp.db.scalar("PRAGMA synchronous") == .integer(1))  // NORMAL
        // Double-quoted strings are identifiers: an unknown one is an error, not a string.
        #expect(throws: DatabaseError.self) { try temp.db.rows("SELECT \"not a column\"") }
    }

    @Test func openingAMissingFileReadOnlyFails() throws {
        let error = try #require(throws: DatabaseError.self) {
            try Database(path: "/nonexistent/folder/x.db", mode: .readOnly)
        }
        #expect(error.message.contains("/nonexistent/folder/x.db"))
    }

    @Test func openingAFileThatIsNotADatabaseFails() throws {
        let temp = try TemporaryDatabase(schema: false)
        let path = temp.folder.appendingPathComponent("notes.db").path
        try Data(String(repeating: "this is not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: DatabaseError.self) { try Database(path: path) }
        #expect(error.code == 26)  // SQLITE_NOTADB
    }
}
