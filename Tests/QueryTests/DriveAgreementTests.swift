import Foundation
import Store
import Testing

@testable import Query

/// A plan that walks the sources by date and one that starts from its filter's index give the same
/// rows in the same order; `actor_totals` gives the counts of the mentions themselves.
@Suite struct DriveAgreementTests {
    private func rows(_ text: String, drive: Drive, in db: Database) throws -> [[String]] {
        let question = try QuestionParser(db: db).parse(text)
        let plan = AnswerPlanner.plan(question, drive: drive).limited(to: 500)
        return try db.rows(plan.sql, plan.arguments.map(\.bindable)).map { row in row.values.map(\.description) }
    }

    @Test(arguments: [
        "what links Russia and China", "which actors compete with China", "what links Russia and India",
        "which actors compete with China in Central Asia", "which claims are contested", "which claims are unchallenged",
    ])
    func bothDrivesGiveTheSameRows(_ text: String) throws {
        let db = try SeedDatabase.open()
        let byDate = try rows(text, drive: .byDate, in: db)
        #expect(byDate == (try rows(text, drive: .byFilter, in: db)))
        if text.hasPrefix("what links Russia and China") || text.hasSuffix("contested") {
            #expect(!byDate.isEmpty)
        }
    }

    @Test func actorTotalsAreTheMentionsCounted() throws {
        let db = try SeedDatabase.open()
        let counted = try db.rows(
            "SELECT actor_id, count(*), count(DISTINCT source_id) FROM mentions GROUP BY actor_id ORDER BY actor_id"
        ).map(\.values)
        let totals = try db.rows("SELECT actor_id, mentions, sources FROM actor_totals ORDER BY actor_id").map(\.values)
        #expect(totals == counted)
        #expect(totals.count > 20)
    }

    @Test func mentionedMostReadsTheTotalsOrCountsWithoutThem() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-totals-\(UUID().uuidString).db").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        let seeds = try SeedDatabase.open()
        try seeds.execute("VACUUM INTO ?", [copy])
        let db = try Database(path: copy)
        let question = "which actors are mentioned most"
        let withTotals = try Asker(db: db).ask(question).listing.rows.map { $0.map(\.plainText) }
        try db.execute("DELETE FROM actor_totals")
        let counted = try Asker(db: db).ask(question).listing.rows.map { $0.map(\.plainText) }
        #expect(withTotals == counted)
        #expect(withTotals.first?.first == "China")
    }
}
