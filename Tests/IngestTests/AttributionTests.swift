import Testing

@testable import Ingest

@Suite struct AttributionTests {
    /// The claim of a one-sentence text.
    private func claim(_ sentence: String) throws -> ExtractedClaim {
        let (_, claims) = ClaimFixture.claims(sentence)
        return try #require(claims.first)
    }

    @Test(arguments: [
        ("Putin said that Russia and China do not need an alliance.", "Vladimir Putin", true, "said"),
        (
            "According to the Carnegie Moscow Center, there are several problems in the relationship.",
            "Carnegie Moscow Center", false, "According to"
        ),
        ("In Moscow’s opinion, Beijing is consolidating its cooperation with Central Asia.", "Russia", true, "opinion"),
        (
            "Alexander Gabuyev believes that the alliance talk is a bluff aimed at the West.", "Alexander Gabuyev", false,
            "believes"
        ),
        (
            "American officials acknowledge that the drive to contain both is pushing them together.",
            "American officials", false, "acknowledge"
        ),
        ("Many experts see relations between China and Russia as a de facto alliance.", "Many experts", false, "see"),
        ("Probably, an explanation should be sought in relations with the West, the expert said.", "the expert", false, "said"),
        (
            "Michael Kofman, a military expert at the think tank CNA, says the threats are linked.", "Michael Kofman", false,
            "says"
        ),
        ("Russia views the area as its backyard and resents the newcomer.", "Russia", true, "views"),
        (
            "In particular, the Russian president on October 22nd, 2020 in Novo-Ogaryovo said that he allows it.",
            "the Russian president", false, "said"
        ),
    ])
    func speakerIsNamed(_ sentence: String, _ speaker: String, _ isActor: Bool, _ cue: String) throws {
        let claim = try claim(sentence)
        #expect(claim.speaker == speaker)
        #expect(claim.speakerIsActor == isActor)
        #expect(claim.attributionCue == cue)
    }

    @Test(arguments: [
        "We believe that an alliance between Russia and China is likely.",
        "The main challenge for the United States and its allies is to outline a strategy.",
        "The same cannot be said of the relationship between the two neighbours.",
        "It is important to note that this is not a sudden initiative of Beijing.",
        "Tensions are amplifying fears that the region is within the sights of Beijing.",
        "The region is home to several neighbouring states and their armies.",
    ])
    func authorKeepsTheClaim(_ sentence: String) throws {
        let claim = try claim(sentence)
        #expect(claim.speaker == nil, "\(sentence) → \(claim.speaker ?? "")")
    }

    @Test func nestedReportKeepsTheOuterSpeaker() throws {
        let claim = try claim("The expert notes that Russian leaders believe that China is not committing a sin.")
        #expect(claim.speaker == "Russian leaders")
        #expect(claim.outerSpeaker == "The expert")
    }

    @Test func impersonalReportIsNotTheAuthors() throws {
        let claim = try claim("Under Obama, it was believed that this rapprochement was feigned.")
        #expect(claim.speaker == "unnamed")
        #expect(claim.attributionCue == "it was believed")
    }

    /// “...,” the expert concludes: the quotation is the expert's, across the closing mark.
    @Test func quotationAttributedAfterTheClosingMark() throws {
        let (_, claims) = ClaimFixture.claims(
            "“An alliance between Russia and China is very likely in the coming years,” the expert concludes.")
        let claim = try #require(claims.first)
        #expect(claim.speaker == "the expert")
        #expect(claim.likelihood?.term == "very likely")
    }

    /// A quotation running over several sentences keeps the speaker named before it, and the
    /// reporter who cites those words is the outer speaker.
    @Test func multiSentenceQuotationKeepsItsSpeaker() throws {
        let (_, claims) = ClaimFixture.claims(
            "The expert mentioned Putin’s recent words about relations with Beijing: “You can imagine everything. "
                + "We are not setting ourselves such a task now. But in principle, we are not going to rule it out.”")
        let last = try #require(claims.last)
        #expect(last.speaker == "Vladimir Putin")
        #expect(last.speakerIsActor)
        #expect(last.outerSpeaker == "The expert")
        #expect(last.likelihood?.term == "roughly even chance")
        #expect(claims.first?.speaker == "The expert")
    }

    /// A quoted term (“alliance”) is not speech: the sentence stays the author's.
    @Test func scareQuotesAreNotSpeech() throws {
        let claim = try claim("Beijing does not speak about any even probable \"alliance\" with Moscow.")
        #expect(claim.speaker == nil)
        #expect(claim.likelihood?.term == "unlikely")
    }
}
