import Testing

@testable import Ingest

@Suite struct WordFamilyMatcherTests {
    private func found(_ terms: [String], _ sentence: String) -> [String] {
        let matcher = WordFamilyMatcher(phrases: terms.map { ($0, $0) })
        let tokens = Tokenizer.tokenize(ScalarText(sentence))
        return matcher.matches(in: tokens).map { match in tokens[match.tokens].map(\.text).joined(separator: " ") }
    }

    @Test(arguments: [
        (
            ["invade", "invasion"], "China invaded, is invading and invades; the invasions began.",
            ["invaded", "invading", "invades", "invasions"]
        ),
        (["join"], "Ukraine joined; Ukraine joins; joining NATO.", ["joined", "joins", "joining"]),
        (["ally"], "They are allies and allied powers; an ally.", ["allies", "allied", "ally"]),
        (
            ["military alliance"], "Two military alliances and a military-alliance treaty.",
            ["military alliances", "military - alliance"]
        ),
        (["stop"], "They stopped and are stopping.", ["stopped", "stopping"]),
        // A first stem shorter than the three-letter prefix test: "ad" is the stem of "ads".
        (["ad campaign"], "Two ad campaigns, then ads.", ["ad campaigns"]),
        (["ad"], "An ad, then ads and more adverts.", ["ad", "ads"]),
    ])
    func aTermFindsItsInflections(_ terms: [String], _ sentence: String, _ expected: [String]) {
        #expect(found(terms, sentence) == expected)
    }

    @Test(arguments: [
        (["invade"], "The invasion, two invasions; they invaded.", ["invasion", "invasions", "invaded"]),
        (["invasion"], "Will they invade? They are invading.", ["invade", "invading"]),
        (["ally"], "An ally, allied armies, a formal alliance and two alliances.", ["ally", "allied", "alliance", "alliances"]),
        (["military ally"], "They formed a military alliance.", ["military alliance"]),
        (["admit"], "Admission was refused; they were not admitted.", ["Admission", "admitted"]),
    ])
    func aTermFindsItsCloseDerivations(_ terms: [String], _ sentence: String, _ expected: [String]) {
        #expect(found(terms, sentence) == expected)
    }

    @Test func derivationsTheSensesDoNotShareStayApart() {
        // "recession" (the economy's) never finds "receded"; "state" (a nation) never "statement".
        #expect(found(["recession"], "Fears of a recession receded.") == ["recession"])
        #expect(found(["state"], "The state issued a statement.") == ["state"])
    }

    @Test func aDerivationIsNotAnInflection() {
        // Porter2 gives "weaponization" and "weapon" one stem; only the user's own term matches.
        #expect(found(["weaponization"], "Conventional weapons, and weaponization.") == ["weaponization"])
        #expect(found(["member"], "A member, two members, but membership is another word.") == ["member", "members"])
        #expect(WordFamilyMatcher<Int>.isInflection("occupying", of: "occupy"))
        #expect(!WordFamilyMatcher<Int>.isInflection("weapons", of: "weaponize"))
    }
}
