import Domain
import Foundation
import Testing

@testable import Store

/// Every closed set is defined once, in Domain; schema.sql's CHECK lists and vocabulary tables must
/// say the same, or these tests fail.
@Suite struct DomainSchemaTests {
    /// Every closed set of the domain (the list the upgrade reads codes through).
    static let sets = Database.closedSets

    /// `table.column` → the values of its CHECK list (`column = 'a' OR column = 'b' ...`), from schema.sql.
    static func checkLists() -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for statement in Database.schemaStatements where statement.hasPrefix("CREATE TABLE") {
            let table = String(statement.dropFirst("CREATE TABLE ".count).prefix { $0 != " " })
            var column: String?
            for line in statement.split(separator: "\n") {
                // A column's definition starts with its lower-case name and its type.
                let words = line.split(separator: " ")
                if words.count > 1, words[0].allSatisfy({ $0.isLowercase || $0 == "_" }),
                    ["TEXT", "INTEGER", "REAL"].contains(words[1])
                {
                    column = String(words[0])
                }
                guard let column else { continue }
                var rest = Substring(line)
                while let range = rest.range(of: "\(column) = '"), let end = rest[range.upperBound...].firstIndex(of: "'") {
                    lists["\(table).\(column)", default: []].append(String(rest[range.upperBound..<end]))
                    rest = rest[end...].dropFirst()
                }
            }
        }
        return lists
    }

    /// `table.column` → the expression of its generated column (`CASE column_code WHEN 0 THEN ...
    /// END`), for the columns of schema.sql stored as codes.
    static func generatedColumns() -> [String: String] {
        var columns: [String: String] = [:]
        for statement in Database.schemaStatements where statement.hasPrefix("CREATE TABLE") {
            let table = String(statement.dropFirst("CREATE TABLE ".count).prefix { $0 != " " })
            for line in statement.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count > 4, words[1] == "TEXT", words[2] == "GENERATED",
                    let open = line.range(of: "AS ("), let close = line.range(of: ") VIRTUAL")
                else { continue }
                columns["\(table).\(words[0])"] = String(line[open.upperBound..<close.lowerBound])
            }
        }
        return columns
    }

    @Test func everyCheckListOrCodedColumnIsAClosedSetOfTheDomainAndTheSame() {
        let lists = Self.checkLists()
        let generated = Self.generatedColumns()
        var covered = Set<String>()
        for set in Self.sets {
            for column in set.schemaColumns {
                covered.insert(column)
                if let expression = generated[column] {
                    // The code is the value's position in the Swift enum, and a CHECK bounds it.
                    let name = column.split(separator: ".")[1]
                    #expect(expression == set.codeToText("\(name)_code"), "\(column): schema.sql \(expression)")
                    #expect(
                        Database.schemaSQL.contains("\(name)_code BETWEEN 0 AND \(set.names.count - 1))"),
                        "\(column): no CHECK (\(name)_code BETWEEN 0 AND \(set.names.count - 1))")
                } else {
                    #expect(lists[column] == set.names, "\(column): schema.sql \(lists[column] ?? []) but \(set) \(set.names)")
                }
            }
        }
        #expect(Set(lists.keys) == covered.subtracting(generated.keys), "CHECK lists no closed set defines")
        #expect(Set(generated.keys).isSubset(of: covered), "coded columns no closed set defines: \(generated.keys.sorted())")
    }

    @Test func everyValuesCodeIsItsPlaceInAllCases() {
        func check<Set: ClosedSet>(_: Set.Type) {
            for (place, value) in Set.allCases.enumerated() { #expect(value.code == place, "\(Set.self).\(value)") }
        }
        for set in Self.sets { check(set) }
    }

    @Test func aCodeIsTheValuesPlaceAndReadsBackThroughTheGeneratedColumn() throws {
        #expect(ClaimType.prediction.code == 0 && ClaimType.recommendation.code == 4)
        #expect(RowMethod.rule.code == 0 && RowMethod.curated.code == 1)
        #expect(RelationPredicate.recognizes.code == 15)
        #expect(LinkScope.textToCode("scope") == "CASE scope WHEN 'within_source' THEN 0 WHEN 'across_sources' THEN 1 END")
        let temp = try TemporaryDatabase()
        for predicate in RelationPredicate.allCases {
            let name = try temp.db.scalar("SELECT name FROM predicates WHERE rowid = ?", [predicate.code + 1])?.string
            #expect(name == predicate.rawValue)
        }
    }

    @Test func thePredicatesTableIsTheEnum() throws {
        let temp = try TemporaryDatabase()
        let rows = try temp.db.rows("SELECT name, direction, meaning FROM predicates ORDER BY rowid")
        #expect(rows.map { $0.string("name") ?? "" } == RelationPredicate.names)
        #expect(rows.map { $0.string("direction") ?? "" } == RelationPredicate.allCases.map(\.direction.rawValue))
        #expect(rows.map { $0.string("meaning") ?? "" } == RelationPredicate.allCases.map(\.meaning))
    }

    @Test func theLikelihoodScaleTableIsTheEnum() throws {
        let temp = try TemporaryDatabase()
        let rows = try temp.db.rows("SELECT term, rank, p_low, p_high FROM likelihood_scale ORDER BY rank")
        #expect(rows.map { $0.string("term") ?? "" } == LikelihoodTerm.names)
        #expect(rows.map { $0.int("rank") ?? 0 } == LikelihoodTerm.allCases.map(\.rank))
        #expect(rows.map { $0.double("p_low") ?? -1 } == LikelihoodTerm.allCases.map(\.pLow))
        #expect(rows.map { $0.double("p_high") ?? -1 } == LikelihoodTerm.allCases.map(\.pHigh))
    }
}
