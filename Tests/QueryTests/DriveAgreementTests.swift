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

    /// Relations, the one form this session gave two drives: the plans differ (relations_by_source
    /// walked by date, or the actors' indexes) and must give the same rows.
    @Test(arguments: [
        "what links Russia and China", "which actors compete with China", "what links Russia and India",
        "which actors compete with China in Central Asia",
    ])
    func bothDrivesGiveTheSameRows(_ text: String) throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse(text)
        #expect(AnswerPlanner.plan(question, drive: .byDate).sql != AnswerPlanner.plan(question, drive: .byFilter).sql)
        let byDate = try rows(text, drive: .byDate, in: db)
        #expect(byDate == (try rows(text, drive: .byFilter, in: db)))
        #expect(!byDate.isEmpty)
    }

    /// The yes/no summary reads those that agree, then the rest, each part by its own drive: all
    /// four pairs give the same rows, those that agree first, and a limit keeps the first rows.
    @Test(arguments: ["is an alliance likely", "is an alliance unlikely", "will Russia and China form a military alliance"])
    func summaryPartsGiveTheSameRowsInEveryDrive(_ text: String) throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse(text)
        func rows(_ agreeing: Drive, _ rest: Drive, limit: Int) throws -> [[String]] {
            let plan = AnswerPlanner.summary(question, agreeing: agreeing, rest: rest).limited(to: limit)
            return try db.rows(plan.sql, plan.arguments.map(\.bindable)).map { row in row.values.map(\.description) }
        }
        let all = try rows(.byDate, .byDate, limit: 500)
        #expect(all.count == 4)
        let agrees = all.map { $0[0] }
        #expect(agrees.contains("yes") && agrees.contains("no"))
        #expect(agrees == agrees.sorted(by: >))
        for (agreeing, rest) in [(Drive.byFilter, Drive.byDate), (.byDate, .byFilter), (.byFilter, .byFilter)] {
            #expect(try rows(agreeing, rest, limit: 500) == all)
        }
        #expect(try rows(.byDate, .byDate, limit: 2) == Array(all.prefix(2)))
        #expect(try rows(.byFilter, .byDate, limit: 4) == Array(all.prefix(4)))
    }

    /// Acceptability walks the sources by date and stops at the limit; under it, every contested
    /// claim in force is listed.
    @Test func everyContestedClaimInForceIsListed() throws {
        let db = try SeedDatabase.open()
        let answer = try Asker(db: db).ask("which claims are contested", limit: 500)
        #expect(!answer.listing.rows.isEmpty)
        let contested = try db.scalar(
            """
            SELECT count(*) FROM claims_in_force AS c
            WHERE EXISTS (SELECT 1 FROM argument_links WHERE to_claim_id = c.id AND link_type = 'attacks')
            """)?.int
        #expect(answer.listing.rows.count == contested)
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

    @Test func mentionedMostIsTheMentionsCounted() throws {
        let db = try SeedDatabase.open()
        let answer = try Asker(db: db).ask("which actors are mentioned most", limit: 500)
        let counted = try db.rows(
            """
            SELECT a.name, count(*) AS n FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            GROUP BY a.id ORDER BY n DESC, a.name
            """
        ).map { "\($0[0].string ?? "") \($0[1].int ?? 0)" }
        let listed = answer.listing.rows.map { "\($0[0].plainText) \($0[2].plainText)" }
        #expect(listed == counted)
        #expect(listed.first?.hasPrefix("China ") == true)
    }

    @Test func sourcesNamingAnActorComeByTheirCount() throws {
        let db = try SeedDatabase.open()
        let answer = try Asker(db: db).ask("which sources mention India")
        let counts = answer.listing.rows.map { Int($0[3].plainText) ?? 0 }
        #expect(!counts.isEmpty && counts == counts.sorted(by: >))
        let expected = try db.rows(
            """
            SELECT count(*) FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            WHERE a.name = 'India' GROUP BY m.source_id ORDER BY 1 DESC
            """
        ).compactMap { $0[0].int }
        #expect(counts == expected)
        // Each source's first sentence naming India, in the order of the text.
        let firsts = try db.rows(
            """
            SELECT (SELECT st.text FROM mentions AS m JOIN sentences AS st ON st.id = m.sentence_id
                    WHERE m.source_id = s.id AND m.actor_id = a.id ORDER BY st.ordinal LIMIT 1)
            FROM sources AS s, actors AS a WHERE a.name = 'India' AND s.title = ?
            """, [answer.listing.rows[0][0].plainText])
        #expect(answer.listing.rows[0][4].plainText == firsts.first?[0].string)
        #expect(answer.listing.rows.allSatisfy { !$0[4].plainText.isEmpty })
    }
}
