import Testing

@testable import Ingest

/// Numbers an author states as a probability (issue 14): each form, anchored next to a noun of
/// chance, and the numbers that are not probabilities.
@Suite struct StatedProbabilityTests {
    private let reader = StatedProbabilityReader(lexicon: ClaimFixture.lexicons.factuality)

    private func stated(_ sentence: String) -> [StatedProbability] {
        let tokens = Tokenizer.tokenize(ScalarText(sentence))
        return reader.probabilities(in: tokens, range: 0..<tokens.count)
    }

    @Test(arguments: [
        ("There is a 20 percent chance of an alliance.", 0.20, 0.20, "unlikely"),
        ("There is a 20% chance of an alliance.", 0.20, 0.20, "unlikely"),
        ("There is a 20 per cent chance of an alliance.", 0.20, 0.20, "unlikely"),
        ("Forecasters give it a 2.5% probability.", 0.025, 0.025, "almost no chance"),
        ("The odds of an alliance are 20-35%.", 0.20, 0.35, "unlikely"),
        ("The odds of an alliance are 20 to 35 percent.", 0.20, 0.35, "unlikely"),
        ("The probability is between 60 and 70 percent.", 0.60, 0.70, "likely"),
        ("The chance of an alliance is over 50%.", 0.50, 0.99, "likely"),
        ("The chance of an alliance is more than 90 percent.", 0.90, 0.99, "very likely"),
        ("The chance of an alliance is less than 10%.", 0.01, 0.10, "very unlikely"),
        ("The odds of an alliance are one in five.", 0.20, 0.20, "unlikely"),
        ("They face 1-in-5 odds of a recession.", 0.20, 0.20, "unlikely"),
        ("The odds are 3 to 1 against an alliance.", 0.25, 0.25, "unlikely"),
        ("The odds are 3-to-1 on a deal.", 0.75, 0.75, "likely"),
        ("I see a one-third chance of a deal.", 1.0 / 3.0, 1.0 / 3.0, "unlikely"),
        ("There is a fifty percent chance of a deal.", 0.50, 0.50, "roughly even chance"),
    ])
    func eachNumericFormGivesItsNumbersAndBand(_ sentence: String, _ low: Double, _ high: Double, _ term: String) throws {
        let found = try #require(stated(sentence).first, "nothing in: \(sentence)")
        #expect(abs(found.low - low) < 1e-9 && abs(found.high - high) < 1e-9, "\(found.low)-\(found.high)")
        #expect(found.term.name == term)
    }

    @Test(arguments: [
        "83% of Ukrainians support membership.",  // a share
        "Iran enriches uranium to 60% purity.",  // a measure
        "One in five Americans works in services.",  // a count
        "Growth slowed to 1.3 percent per year.",  // no noun of chance
        "The chances are that 2 of the 5 reactors close.",  // no percent or odds form
    ])
    func numbersThatAreNoProbabilities(_ sentence: String) {
        #expect(stated(sentence).isEmpty, "\(stated(sentence))")
    }

    @Test func aStatedProbabilityIsTheClaimsLikelihoodWithItsNumbers() throws {
        let (_, claims) = ClaimFixture.claims("There is a 20 percent chance that Russia and China form an alliance.")
        let claim = try #require(claims.first { $0.proposition == "ru-cn-military-alliance" })
        #expect(claim.likelihood?.term == "unlikely")
        #expect(claim.likelihood?.pLow == 0.20 && claim.likelihood?.pHigh == 0.20)
        #expect(claim.likelihood?.cue == "20 percent")
        #expect(claim.likelihood?.isStated == true)
        #expect(claim.factuality == .probableNegative)
        #expect(claim.commitment == "stated 20% (20 percent)")
    }

    @Test func aSourceThatStatesANumberIsItsOwnSource() throws {
        let (_, claims) = ClaimFixture.claims("Prediction markets give a 70% probability that Russia and China form an alliance.")
        let claim = try #require(claims.first { $0.proposition == "ru-cn-military-alliance" })
        #expect(claim.speaker == "Prediction markets")
        let (_, own) = ClaimFixture.claims("I put the odds that Russia and China form an alliance at 70%.")
        #expect(own.first { $0.proposition != nil }?.speaker == nil)
    }

    /// The last number the author states decides: authors revise ("I estimated 35% ... now 50%").
    @Test func theLastNumberTheAuthorStatesDecidesTheVerdict() throws {
        let (document, claims) = ClaimFixture.claims(
            """
            Last year I estimated a 35% chance that Russia and China form an alliance.
            Today I raise my estimate of an alliance between Russia and China to 50%.
            """)
        let verdict = try #require(VerdictAggregator().verdicts(for: claims, in: document).first)
        #expect(verdict.likelihood?.term == "roughly even chance")
        #expect(verdict.likelihood?.cue == "50%")
        #expect(verdict.note.hasPrefix("The author's own number decides"))
    }
}
