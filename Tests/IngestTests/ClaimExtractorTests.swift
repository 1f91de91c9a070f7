import Domain
import Testing

@testable import Ingest

@Suite struct ClaimExtractorTests {
    private func only(_ sentence: String) throws -> ExtractedClaim {
        let (_, claims) = ClaimFixture.claims(sentence)
        #expect(claims.count == 1, "\(claims.count) claims in “\(sentence)”")
        return try #require(claims.first)
    }

    @Test(arguments: [
        ("Russia should keep China at arm’s length on sensitive issues.", ExtractedClaim.ClaimType.recommendation),
        ("It is worth emphasizing that Moscow’s confidence in Beijing is measured.", .recommendation),
        ("Relations soured because both countries act in their own interests.", .reason),
        ("Tensions grew due to historical links and migration.", .reason),
        ("The new treaty will expire next year and be renewed.", .prediction),
        ("Under Biden, this problem is unlikely to become the main one.", .prediction),
        ("Any sort of military alliance between the two is highly improbable.", .assessment),
        ("This dependence is a serious problem for the Kremlin.", .assessment),
        ("Russia sold modern weapons to India and Vietnam in 2019.", .fact),
    ])
    func types(_ sentence: String, _ type: ExtractedClaim.ClaimType) throws {
        #expect(try only(sentence).type == type)
    }

    @Test(arguments: [
        "Why does Russia need a military alliance with China?",
        "So why was Putin the first to talk about this and right now?",
        "Comments",
        "December 17, 2021",
    ])
    func notClaims(_ text: String) {
        let (_, claims) = ClaimFixture.claims(text)
        #expect(claims.isEmpty)
    }

    @Test func headingsAssertOnlyWithAVerb() {
        let document = ClaimFixture.document(
            """
            Military alliance between Russia and China: foundations and prospects
            The worst dream of American generals is close to becoming a reality
            Strengthening China-Russia Bilateral Partnership
            Relations between the two neighbours have deepened in recent years.
            """)
        let claims = ClaimFixture.extractor.claims(in: document)
        let texts = claims.map { document.text[$0.span] }
        #expect(texts.contains("The worst dream of American generals is close to becoming a reality"))
        #expect(!texts.contains { $0.hasPrefix("Military alliance") || $0.hasPrefix("Strengthening") })
        // The lead estimates the title's matter: it inherits the title's proposition.
        let lead = claims.first
        #expect(lead?.roleCue == "lead")
        #expect(lead?.proposition == "ru-cn-military-alliance")
        #expect(lead?.polarity == .for)
    }

    @Test(arguments: ["To sum up", "In sum", "So", "Thus", "Therefore", "In conclusion"])
    func conclusionMarkers(_ marker: String) throws {
        let claim = try only("\(marker), an alliance between Russia and China is unlikely.")
        #expect(claim.role == .conclusion)
        #expect(claim.roleCue == marker)
    }

    @Test func conclusionParagraphCarriesOver() {
        let (_, claims) = ClaimFixture.claims(
            "In sum, relations between Russia and China are good. However, both are wary and far from framing an alliance.")
        #expect(claims.allSatisfy { $0.role == .conclusion && $0.roleCue == "In sum" })
    }

    @Test func contrastSplitsClauses() throws {
        let (document, claims) = ClaimFixture.claims(
            "Under Biden, this problem is unlikely to become the main one, but it will come up anyway.")
        #expect(claims.count == 2)
        #expect(claims.map { document.text[$0.span] }.last == "but it will come up anyway.")
        #expect(claims.first?.likelihood?.term == "unlikely")
        #expect(claims.last?.likelihood == nil)
    }

    @Test func estimateAndPropositionLinkInOneSegment() throws {
        // "inevitably" estimates the hierarchy question, not the alliance in the other comma segment.
        let claim = try only("If Russia and China conclude an alliance, the question of hierarchy will inevitably arise.")
        #expect(claim.proposition == "ru-cn-military-alliance")
        #expect(claim.likelihood == nil)
        #expect(claim.polarity == .neutral)
        #expect(claim.context == .hypothetical)
    }

    @Test func thatClauseCarriesTheEstimate() throws {
        let claim = try only(
            "So, we can not exclude that this year, at most, in 2022, an official military alliance between Russia and China may well be concluded."
        )
        #expect(claim.likelihood?.term == "likely")
        #expect(claim.likelihood?.cue == "may well")
        #expect(claim.polarity == .for)
        #expect(claim.type == .prediction)
        #expect(claim.context == .future)
        #expect(claim.speaker == nil)
    }

    @Test func negatedTermArguesAgainst() throws {
        let claim = try only("Beijing does not want a military alliance with Russia.")
        #expect(claim.polarity == .against)
        #expect(claim.context == .negated)
    }

    /// "in the unlikely event that it did happen": the frame presupposes the author's "unlikely" and
    /// the claim is hypothetical.
    @Test func unlikelyEventFrameIsHypothetical() throws {
        let claim = try only(
            "However, in the unlikely event that an alliance between the two happened, it would be a game changer.")
        #expect(claim.context == .hypothetical)
        #expect(claim.likelihood?.term == "unlikely")
    }

    @Test func claimSpanAndCueSpanIndexTheText() throws {
        let (document, claims) = ClaimFixture.claims(
            "China and Russia are close.\nTo sum up, any sort of military alliance between the two is highly improbable.")
        let claim = try #require(claims.last)
        let likelihood = try #require(claim.likelihood)
        #expect(document.text[likelihood.cueSpan] == "highly improbable")
        #expect(document.text[claim.span].hasPrefix("To sum up"))
        #expect(claim.span.contains(likelihood.cueSpan))
    }
}

@Suite struct URLParagraphTests {
    @Test func aParagraphThatIsOnlyAnAddressIsNoClaim() {
        let (_, claims) = ClaimFixture.claims(
            "https://www.opendemocracy.net/en/odr/china-central-asia-soft-power-language/\nRussia sells arms to India and Vietnam, the report says."
        )
        #expect(claims.count == 1)
        #expect(claims.first?.sentenceIndex == 1)
    }

    @Test func wordsAroundAnAddressStillCount() {
        let tokens = Tokenizer.tokenize(ScalarText("See https://example.org/a-b for the whole text"))
        #expect(ClaimClassifier.wordsOutsideURLs(tokens, tokens.indices) == 5)
    }
}
