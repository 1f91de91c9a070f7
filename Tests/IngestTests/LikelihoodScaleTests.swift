import Domain
import Foundation
import Testing

@testable import Ingest

@Suite struct LikelihoodScaleTests {
    /// The scale must agree with `likelihood_scale` in schema.sql, row by row.
    @Test func bandsMatchSchema() throws {
        let schema = try String(contentsOf: SeedCorpus.root.appendingPathComponent("schema.sql"), encoding: .utf8)
        let pattern = #"\('([a-z ]+)',\s*(\d),\s*([0-9.]+),\s*([0-9.]+)\)"#
        let regex = try NSRegularExpression(pattern: pattern)
        let rows = regex.matches(in: schema, range: NSRange(schema.startIndex..., in: schema)).map { match in
            (1...4).map { index -> String in
                guard let range = Range(match.range(at: index), in: schema) else { return "" }
                return String(schema[range])
            }
        }
        #expect(rows.count == 7)
        for row in rows {
            let term = try #require(LikelihoodScale.term(named: row[0]))
            #expect(term.rank == Int(row[1]))
            #expect(term.pLow == Double(row[2]))
            #expect(term.pHigh == Double(row[3]))
        }
    }

    @Test func lookupByNameRankAndProbability() {
        #expect(LikelihoodScale.term(named: "Very Unlikely")?.rank == 2)
        #expect(LikelihoodScale.term(named: "probable") == nil)
        #expect(LikelihoodScale.term(rank: 9).name == "almost certain")
        #expect(LikelihoodScale.term(containing: 0.33).name == "unlikely")
        #expect(LikelihoodScale.term(containing: 0.5).name == "roughly even chance")
        #expect(LikelihoodScale.term(containing: 0.9).name == "very likely")
    }

    @Test(arguments: [
        ("almost no chance", "roughly even chance"),  // "not impossible", "does not rule out"
        ("very unlikely", "roughly even chance"),
        ("unlikely", "roughly even chance"),  // "not unlikely": raised
        ("roughly even chance", "roughly even chance"),  // "may not"
        ("likely", "unlikely"),  // "not likely"
        ("very likely", "unlikely"),
        ("almost certain", "roughly even chance"),  // "not inevitable"
    ])
    func negationRule(_ term: String, _ expected: String) throws {
        let negated = LikelihoodScale.negated(try #require(LikelihoodScale.term(named: term)))
        #expect(negated.name == expected)
    }

    @Test func polarityFollowsTheEvenBand() {
        #expect(LikelihoodScale.term(rank: 2).polarity == .against)
        #expect(LikelihoodScale.term(rank: 4).polarity == .neutral)
        #expect(LikelihoodScale.term(rank: 6).polarity == .for)
    }
}
