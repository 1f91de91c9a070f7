import Testing

@testable import Ingest

@Suite struct VerdictAggregatorTests {
    private func verdicts(_ text: String) -> [ExtractedVerdict] {
        let (document, claims) = ClaimFixture.claims(text)
        return VerdictAggregator().verdicts(for: claims, in: document)
    }

    @Test func conclusionDecides() throws {
        let verdict = try #require(
            verdicts(
                """
                Russia and China may well sign a treaty of alliance soon.
                An alliance between Russia and China is likely in some form.
                To sum up, any sort of military alliance between the two is highly improbable.
                """
            ).first)
        #expect(verdict.polarity == .against)
        #expect(verdict.likelihood?.term == "very unlikely")
        #expect(verdict.evidence.first?.claimIndex == 2)
        #expect(verdict.note.contains("To sum up"))
    }

    @Test func bothWaysWithoutConclusionIsMixed() throws {
        let verdict = try #require(
            verdicts(
                """
                An alliance between Russia and China is likely.
                An alliance between Russia and China is very unlikely.
                """
            ).first)
        #expect(verdict.polarity == .mixed)
        #expect(verdict.likelihood == nil)
        #expect(verdict.evidence.count == 2)
    }

    @Test func heavierSideAveragesItsEstimates() throws {
        let verdict = try #require(
            verdicts(
                """
                An alliance between Russia and China is unlikely.
                A military bloc of Russia and China is very unlikely.
                Trade between Russia and China grows fast.
                """
            ).first)
        #expect(verdict.polarity == .against)
        #expect(verdict.likelihood?.term == "unlikely")  // mean of 0.325 and 0.125 = 0.225
    }

    @Test func noJudgementNoVerdict() {
        #expect(
            verdicts(
                """
                Russia and China hold joint exercises.
                Trade between Russia and China grows fast.
                """
            ).isEmpty)
    }

    /// A quoted speaker's estimate is the speaker's: it makes no verdict for the author.
    @Test func quotedEstimateIsNotTheAuthors() {
        #expect(
            verdicts(
                """
                Putin said that an alliance between Russia and China is quite possible.
                “A military alliance between Russia and China is very likely,” the expert concludes.
                """
            ).isEmpty)
    }

    @Test func evenChanceOnlyIsMixedAndEven() throws {
        let verdict = try #require(verdicts("An alliance between Russia and China cannot be ruled out.").first)
        #expect(verdict.polarity == .mixed)
        #expect(verdict.likelihood?.term == "roughly even chance")
    }
}
