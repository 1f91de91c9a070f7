import Domain
import Foundation
import Testing

@testable import Store

/// Every closed set is defined once, in Domain; schema.sql's CHECK lists and vocabulary tables must
/// say the same, or these tests fail.
@Suite struct DomainSchemaTests {
    /// Every closed set of the domain.
    static let sets: [any ClosedSet.Type] = [
        RowMethod.self, ClaimType.self, ClaimRole.self, ClaimPolarity.self, VerdictPolarity.self, ClaimContext.self,
        ActorKind.self, ActorMethod.self, AliasKind.self, CandidateKind.self, PredicateDirection.self, RelationPredicate.self,
        QuadClass.self, RelationContext.self, LinkType.self, LinkScope.self, AcceptabilityLabel.self,
        ParagraphKind.self, RunStatus.self, FileRefusal.self, RemovedLineReason.self, Factuality.self,
        LikelihoodTerm.self,
    ]

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

    @Test func everyCheckListIsAClosedSetOfTheDomainAndTheSame() {
        let lists = Self.checkLists()
        var covered = Set<String>()
        for set in Self.sets {
            for column in set.schemaColumns {
                covered.insert(column)
                #expect(lists[column] == set.names, "\(column): schema.sql \(lists[column] ?? []) but \(set) \(set.names)")
            }
        }
        #expect(Set(lists.keys) == covered, "CHECK lists no closed set defines: \(Set(lists.keys).subtracting(covered).sorted())")
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

    @Test func aRelationsPredicateRefersToThePredicatesTable() throws {
        let temp = try TemporaryDatabase()
        let keys = try temp.db.rows("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('relations')")
        #expect(
            keys.contains { $0.string("from") == "predicate" && $0.string("table") == "predicates" && $0.string("to") == "name" })
    }
}
