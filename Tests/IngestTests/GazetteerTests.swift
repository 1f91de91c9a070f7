import Domain
import Foundation
import Testing

@testable import Ingest

@Suite struct GazetteerTests {
    private func table(_ lines: String...) throws -> TSVTable {
        try TSVTable(
            name: "test.tsv", text: (["name\tkind\tcountry\tnames\tshort\tacronyms\tmetonyms"] + lines).joined(separator: "\n"))
    }

    @Test func readsTheRepositoryLexicon() throws {
        let gazetteer = try ActorFixtures.gazetteer
        #expect(gazetteer.actors.count > 150)
        let russia = try #require(gazetteer.actor(named: "Russia"))
        #expect(russia.kind == .state)
        #expect(russia.countryCode == "RUS")
        #expect(russia.aliases.first == ActorAlias(text: "Russia", kind: .name))
        #expect(russia.aliases.contains(ActorAlias(text: "Kremlin", kind: .metonym)))
        // Every actor of both files has a kind of ActorKind (the parser refuses others).
        #expect(Set(gazetteer.actors.map(\.kind)).isSubset(of: Set(ActorKind.allCases)))
    }

    @Test(arguments: [
        ("Kremlin", "Russia"), ("Beijing’s", "China"), ("U.S.", "United States"), ("america", "United States"),
        ("President Vladimir Putin", "Vladimir Putin"), ("Russian President Vladimir Putin", "Vladimir Putin"),
        ("Secretary of State Henry Kissinger", "Henry Kissinger"), ("the kremlin", "Russia"),
        ("european council on foreign relations", "European Council on Foreign Relations"), ("EEU", "Eurasian Economic Union"),
        ("EAEU", "Eurasian Economic Union"), ("Sergei Lavrov", "Sergey Lavrov"), ("Xi", "Xi Jinping"),
    ])
    func looksUpAliases(_ alias: String, _ expected: String) throws {
        #expect(try ActorFixtures.gazetteer.actor(named: alias)?.name == expected)
    }

    @Test(arguments: ["us", "xi", "Wang", "Prussia", "the", "chinaware"])
    func doesNotLookUpCommonWords(_ word: String) throws {
        #expect(try ActorFixtures.gazetteer.actor(named: word) == nil)
    }

    @Test func caseRuleComesFromTheAliasShape() throws {
        let gazetteer = try Gazetteer(table: try table("Defense News\tmedia\tUSA\t=Defense Weekly", "X Land\tregion\t\t\tXL"))
        let media = try #require(gazetteer.actors.first)
        #expect(media.aliases.map(\.matchesExactCase) == [false, true])
        #expect(gazetteer.actor(named: "defense weekly") == nil)
        #expect(gazetteer.actor(named: "defense news")?.name == "Defense News")
    }

    @Test(arguments: [
        ("Atlantis\tcontinent", "unknown kind 'continent'"),
        ("Atlantis\tstate\tAT", "not an ISO 3166 alpha-3 code"),
        (
            "Atlantis\tstate\tATL\t\t\t\tPoseidonia\nOceania\tstate\tOCE\t\t\t\tPoseidonia",
            "alias 'Poseidonia' already names 'Atlantis'"
        ),
        ("\tstate", "an actor needs a name"),
    ])
    func rejectsBadEntries(_ line: String, _ message: String) throws {
        let error = try #require(throws: LexiconError.self) { try Gazetteer(table: try table(line)) }
        #expect(error.message.contains(message), "\(error)")
        #expect(error.file == "test.tsv")
        #expect(error.line >= 2)
    }

    @Test func buildsTheTaggerFromAnyTable() throws {
        let gazetteer = try Gazetteer(table: try table("Atlantis\tstate\tATL\tRepublic of Atlantis\t\tRA\tPoseidonia"))
        let lines = SeedLines("Poseidonia warned the republic of atlantis and RA, not ra.")
        let mentions = ActorTagger(gazetteer: gazetteer).mentions(
            in: lines.text, sentences: lines.sentences, tokens: lines.tokens)
        #expect(mentions.map { lines.text[$0.span] } == ["Poseidonia", "republic of atlantis", "RA"])
        #expect(mentions.map(\.aliasKind.rawValue) == ["metonym", "name", "acronym"])
    }
}
