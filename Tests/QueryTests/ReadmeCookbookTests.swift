import Foundation
import Store
import Testing

/// The README's sqlite3 cookbook runs on a database of the seeds, and each query returns rows.
@Suite struct ReadmeCookbookTests {
    static func cookbookQueries() throws -> [String] {
        let readme = try String(contentsOf: SeedDatabase.root.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "```sql\n"),
            let end = readme.range(of: "```", range: start.upperBound..<readme.endIndex)
        else {
            return []
        }
        return readme[start.upperBound..<end.lowerBound].split(separator: ";").map { statement in
            statement.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }
                .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty }
    }

    @Test func everyCookbookQueryReturnsRows() throws {
        let queries = try Self.cookbookQueries()
        #expect(queries.count == 6)
        let db = try SeedDatabase.open()
        for query in queries {
            let rows = try db.rows(query)
            #expect(!rows.isEmpty, "no rows: \(query)")
        }
    }
}
