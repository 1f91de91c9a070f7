import Domain
import Testing

@Suite struct ClosedSetTests {
    @Test func theSpelledFormsReadAsEnglish() {
        #expect(ClaimPolarity.spelled == "for, against or neutral")
        #expect(ClaimPolarity.sqlList == "'for', 'against', 'neutral'")
        #expect(LikelihoodScale.mirroredRank(2) == 6 && LikelihoodTerm.likely.mirrored == .unlikely)
        #expect(LikelihoodScale.negated(.likely) == .unlikely && LikelihoodScale.negated(.veryUnlikely) == .roughlyEvenChance)
    }

    @Test func aFactualityValueComposesAlongTheChainOfSources() {
        // "I think" (PR+) over "they will not ally" (CT-): PR-, on the unlikely side.
        #expect(Factuality.probablePositive.composed(over: .certainNegative) == .probableNegative)
        #expect(Factuality.probableNegative.term == .unlikely && Factuality.underspecified.term == nil)
    }
}
