import Foundation
import Testing

@testable import Ingest
@testable import Query
@testable import Store

/// Which claims and verdicts count is said once (the views `claims_in_force`, `verdicts_in_force`),
/// and `claims`, `ask` and `report` agree on it, an analyst's corrections included.
@Suite struct PolicySQLTests {
    /// The condition of a view of schema.sql: its statement after `WHERE`, without the `;`.
    static func viewCondition(_ view: String) throws -> String {
        let statement = try #require(Database.schemaStatements.first { $0.hasPrefix("CREATE VIEW \(view) AS") })
        let condition = try #require(statement.range(of: "WHERE ")).upperBound
        return String(statement[condition...].dropLast())
    }

    @Test func theAskPlannersConditionsAreTheViews() throws {
        #expect(try "(" + Self.viewCondition("claims_in_force") + ")" == PolicySQL.claimInForce("c"))
        #expect(try "(" + Self.viewCondition("verdicts_in_force") + ")" == PolicySQL.verdictInForce("v"))
    }

    /// Three articles of my own on the shipped proposition, and an analyst's correction that turns
    /// one author's claim from for to against.
    static let articles = [
        "hawk.txt": "The coming bloc\n\nRussia and China will probably form a military alliance before 2030.\n",
        "dove.txt": "No pact in sight\n\nA military alliance between Russia and China is very unlikely.\n",
        "turned.txt": "Second thoughts\n\nA military alliance between Russia and China is likely, some say.\n"
            + "Yet I doubt that Russia and China will sign any military pact.\n",
    ]

    static func database() throws -> (Database, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-policy-\(UUID().uuidString)")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in articles { try Data(text.utf8).write(to: corpus.appendingPathComponent(name)) }
        let db = try Database(path: folder.appendingPathComponent("policy.db").path)
        let correction = Annotations.ClaimCorrection(
            source: "turned", quote: "is likely, some say", likelihoodTerm: "unlikely", polarity: "against",
            speaker: nil, proposition: "ru-cn-military-alliance", note: "the author reports this view", lineNumber: 2)
        _ = try IngestRunner(db: db, lexicons: try Lexicons.builtIn(), annotations: Annotations(claims: [correction]))
            .run(paths: [corpus.path])
        return (db, folder)
    }

    /// `ask`'s counts subtract the rule verdicts a curated one overrides instead of testing each
    /// row: the same numbers as counting `verdicts_in_force`, with an analyst's verdict that moves
    /// a source from unlikely to likely.
    @Test func verdictCountsAreTheViewsCountsWithACuratedVerdict() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-policy-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (name, text) in Self.articles { try Data(text.utf8).write(to: corpus.appendingPathComponent(name)) }
        let db = try Database(path: folder.appendingPathComponent("policy.db").path)
        let moved = Annotations.VerdictCorrection(
            source: "dove", proposition: "ru-cn-military-alliance", likelihoodTerm: "likely", polarity: "for",
            evidenceQuote: nil, note: "analyst", lineNumber: 2)
        _ = try IngestRunner(db: db, lexicons: try Lexicons.builtIn(), annotations: Annotations(verdicts: [moved]))
            .run(paths: [corpus.path])
        #expect(try db.scalar("SELECT count(*) FROM verdicts WHERE method = 'curated'") == .integer(1))
        for (low, high) in [(1, 3), (4, 4), (5, 7), (1, 7)] {
            let conditions =
                " AND v.proposition_id = 'ru-cn-military-alliance' AND v.likelihood_term IN \(PolicySQL.terms(ranksFrom: "\(low)", to: "\(high)"))"
            let counted = try db.scalar("SELECT \(PolicySQL.verdictsInForceCount(where: conditions))")
            let viewed = try db.scalar("SELECT count(*) FROM verdicts_in_force AS v WHERE 1 = 1\(conditions)")
            #expect(counted == viewed, "ranks \(low)-\(high)")
        }
        let unlikely = try Asker(db: db).ask("how many sources call an alliance unlikely")
        let likely = try Asker(db: db).ask("how many sources call an alliance likely")
        // hawk and the corrected dove call it likely; turned, whose author doubts it, unlikely.
        #expect(unlikely.listing.rows == [[.int(1)]])
        #expect(likely.listing.rows == [[.int(2)]])
    }

    @Test func claimsAskAndReportGiveTheSameClaimsCorrectionsIncluded() throws {
        let (db, folder) = try Self.database()
        defer { try? FileManager.default.removeItem(at: folder) }
        let proposition = "ru-cn-military-alliance"
        // The correction stands beside the rule claim it corrects.
        let corrected = try db.rows("SELECT overrides_claim_id FROM claims WHERE method = 'curated'").compactMap {
            $0.int("overrides_claim_id")
        }
        #expect(corrected.count == 1)
        func locations(_ listing: Listing) -> Set<String> {
            guard let column = listing.columns.firstIndex(of: "location") else { return [] }
            return Set(
                listing.rows.compactMap { row -> String? in
                    if case .text(let text) = row[column] { return text }
                    return nil
                })
        }
        for polarity in ["for", "against"] {
            var filter = ClaimFilter()
            filter.proposition = proposition
            filter.polarity = .init(rawValue: polarity)
            let listed = locations(try ClaimQueries(db: db).claims(filter))
            let asked = locations(try Asker(db: db).ask("which claims are \(polarity) an alliance").listing)
            let report = try ReportData.load(db, proposition: proposition)
            let reported = locations(polarity == "for" ? report.claimsFor : report.claimsAgainst)
            #expect(!listed.isEmpty, "\(polarity)")
            #expect(listed == asked, "\(polarity): claims \(listed.sorted()), ask \(asked.sorted())")
            #expect(listed == reported, "\(polarity): claims \(listed.sorted()), report \(reported.sorted())")
        }
        // The corrected sentence argues against, not for, in all three.
        var against = ClaimFilter()
        against.proposition = proposition
        against.polarity = .against
        #expect(
            try ClaimQueries(db: db).claims(against).rows.contains {
                $0.contains(.text("A military alliance between Russia and China is likely, some say."))
            })
        // --rule-only lists what the rules extracted, the corrected claim among them.
        var rules = ClaimFilter()
        rules.proposition = proposition
        rules.includeCurated = false
        #expect(
            try ClaimQueries(db: db).claims(rules).rows.count
                == db.scalar(
                    "SELECT count(*) FROM claims WHERE method = 'rule' AND proposition_id = ?", [proposition])?.int)
    }
}
