import Foundation
import Store
import Testing

@testable import Query

/// The planner's queries keep their indexes: `EXPLAIN QUERY PLAN` of every form of `ask`, in both
/// drives where a form has two, scans no large table without an index. (`make bench` measures the
/// time; this test fails when a change of the SQL makes SQLite walk a whole table.)
@Suite struct QueryPlanTests {
    /// Tables every source adds rows to: a full scan of one grows with the corpus.
    static let largeTables: Set<String> = [
        "claims", "verdicts", "sentence_spans", "mentions", "relations", "argument_links", "verdict_evidence",
        "paragraphs", "entity_candidates", "claim_acceptability", "sources",
    ]

    /// Forms that walk one table on purpose, and why.
    static let walks: [Question.Target: String] = [
        // Each source once, with one indexed probe of mentions_by_actor per named actor: no index
        // lists the sources that name every actor, and the walk stops at the LIMIT.
        .mentioningSources: "sources"
    ]

    /// The examples `ask` offers, and forms they leave out.
    static let questions =
        QuestionVocabulary.examples + [
            "what is the most confident source",
            "which claims about an alliance name India",
            "which claims are against an alliance",
            "which sources published before 2021 call an alliance unlikely",
            "which sources consider a Chinese invasion of Taiwan unlikely",
        ]

    /// The plan's lines, and the table each `SCAN` line walks without an index.
    static func plan(_ sql: String, _ arguments: [ListingValue], in db: Database) throws -> (lines: [String], fullScans: [String])
    {
        let lines = try db.rows("EXPLAIN QUERY PLAN " + sql, arguments.map(\.bindable)).compactMap { $0.string("detail") }
        // The view `sentences` names its table `sp`, which a plan shows when it walks it.
        let aliases = Self.aliases(in: sql).merging(["sp": "sentence_spans"]) { query, _ in query }
        let fullScans = lines.compactMap { line -> String? in
            guard line.hasPrefix("SCAN "), !line.contains(" USING ") else { return nil }
            let name = String(line.dropFirst(5).prefix { $0 != " " })
            let table = aliases[name] ?? name
            return largeTables.contains(table) ? table : nil
        }
        return (lines, fullScans)
    }

    /// `table AS alias` pairs of a query.
    static func aliases(in sql: String) -> [String: String] {
        let words = sql.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "(" || $0 == ")" || $0 == "," }).map(String.init)
        var aliases: [String: String] = [:]
        for index in words.indices.dropFirst().dropLast() where words[index] == "AS" {
            aliases[words[index + 1]] = words[index - 1]
        }
        return aliases
    }

    @Test(arguments: questions)
    func noFormWalksALargeTableWithoutAnIndex(_ text: String) throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse(text)
        // The drives `Asker.drive` can choose: by date alone when no filter has an index to probe.
        let drives: [Drive] =
            !AnswerPlanner.hasDrives(question)
            ? [.byFilter]
            : AnswerPlanner.probes(question).isEmpty ? [.byDate] : [.byFilter, .byDate]
        for drive in drives {
            let plan = AnswerPlanner.plan(question, drive: drive).limited(to: 101)
            let found = try Self.plan(plan.sql, plan.arguments, in: db)
            let unexpected = found.fullScans.filter { $0 != Self.walks[question.target] }
            #expect(unexpected.isEmpty, "\(text) (\(drive)): full scans of \(unexpected)\n\(found.lines.joined(separator: "\n"))")
        }
    }

    /// The actors mentioned most in a period are counted over that period's sources, found on
    /// `sources_by_date`, not over every row of `actor_sources` (a covering scan, which the test
    /// above allows: 6 s at 100k articles).
    @Test func actorsOfAPeriodStartFromTheSourcesDates() throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse("which actors are mentioned most in sources published in 2021")
        #expect(question.target == .actors)
        let plan = AnswerPlanner.plan(question, drive: .byFilter).limited(to: 101)
        let lines = try Self.plan(plan.sql, plan.arguments, in: db).lines
        #expect(lines.first?.hasPrefix("SEARCH s USING COVERING INDEX sources_by_date") == true, "\(lines)")
        #expect(lines.contains("SEARCH x USING PRIMARY KEY (source_id=?)"), "\(lines)")
        #expect(try db.rows(plan.sql, plan.arguments.map(\.bindable)).count > 2)
    }

    /// "Which sources contradict X": the sources are walked in date order and the walk stops at the
    /// limit; the verdicts kept are then looked up by id. (Joining the view of verdicts to itself
    /// passed the test above and took 0.9 to 4.3 s at 100k articles.)
    @Test func contradictionsWalkTheSourcesByDateOnce() throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse("which sources contradict the sino-russian-military-alliance source")
        #expect(question.target == .contradictions)
        let plan = AnswerPlanner.plan(question, drive: .byFilter).limited(to: 101)
        let lines = try Self.plan(plan.sql, plan.arguments, in: db).lines
        #expect(lines.filter { $0.hasPrefix("SCAN s ") } == ["SCAN s USING COVERING INDEX sources_by_date"], "\(lines)")
        #expect(lines.contains("SEARCH v USING INTEGER PRIMARY KEY (rowid=?)"), "\(lines)")
        // One sort, of the rows kept: the walk itself comes in date order from the index.
        #expect(lines.filter { $0 == "USE TEMP B-TREE FOR ORDER BY" }.count == 1, "\(lines)")
    }

    /// An ad hoc proposition's sentences come from FTS5 and are tested for the least mentioned actor
    /// first; the reading keeps the question's order.
    @Test func anAdHocMatterTestsTheRarestActorFirst() throws {
        let db = try SeedDatabase.open()
        let question = try QuestionParser(db: db).parse("which sources consider a Chinese invasion of Taiwan unlikely")
        let adHoc = try #require(question.adHoc)
        #expect(adHoc.actors == ["China", "Taiwan"])
        let mentions = try ["China", "Taiwan"].map { name in
            try db.scalar(
                "SELECT coalesce(sum(t.mentions), 0) FROM actor_totals AS t JOIN actors AS a ON a.id = t.actor_id WHERE a.name = ?",
                [name])?.int ?? 0
        }
        #expect(mentions[1] < mentions[0])
        #expect(adHoc.testOrder == ["Taiwan", "China"])
        let plan = AnswerPlanner.plan(question, drive: .byFilter)
        #expect(plan.sql.contains("CROSS JOIN claims_in_force AS c ON c.sentence_id = f.sentence_id"))
        let bound = plan.arguments.compactMap { value -> String? in
            if case .text(let text) = value, ["China", "Taiwan"].contains(text) { return text }
            return nil
        }
        #expect(bound == ["Taiwan", "China"])
    }
}
