import Domain
import Testing

@testable import Ingest

/// The factuality layer on sentences written for the purpose (issue 14): each pattern with and
/// without negation, in quotation and under a condition, and the scope traps.
@Suite struct FactualityTests {
    /// The claim on the alliance proposition in the last sentence of `text` (no title).
    private func claim(_ text: String) -> ExtractedClaim? {
        let (document, claims) = ClaimFixture.claims(text)
        let last = document.sentences.count - 1
        return claims.last { $0.sentenceIndex == last && $0.proposition == "ru-cn-military-alliance" }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let term: String?
        let value: Factuality?
        var testDescription: String { text }
        init(_ text: String, _ term: String?, _ value: Factuality?) {
            self.text = text
            self.term = term
            self.value = value
        }
    }

    // MARK: The grammar of the matter's clause

    static let grammar: [Case] = [
        // Future, and its negation.
        Case("Russia and China will form a military alliance.", "very likely", .certainPositive),
        Case("Russia and China will eventually sign a formal treaty.", "very likely", .certainPositive),
        Case("Russia and China will not form a military alliance.", "very unlikely", .certainNegative),
        Case("Russia and China won't sign a defence pact.", "very unlikely", .certainNegative),
        Case("Russia and China will never sign a treaty.", "very unlikely", .certainNegative),
        Case("Russia and China are going to sign a military pact.", "very likely", .certainPositive),
        Case("Russia and China are not going to sign a military pact.", "very unlikely", .certainNegative),
        Case("They'll never agree: Russia and China will block any alliance.", "very unlikely", .certainNegative),
        // The matter as the subject of a verb of happening.
        Case("An alliance between Russia and China will materialize.", "very likely", .certainPositive),
        // The matter holds now.
        Case("Russia and China are already de facto allies.", "very likely", .certainPositive),
        Case("A de facto alliance between Russia and China already exists.", "very likely", .certainPositive),
        Case("Russia and China have become allies.", "very likely", .certainPositive),
        // History, hedges and conditions leave it open.
        Case("Russia and China were allies in the 1950s.", nil, nil),
        Case("An alliance between Russia and China would change the balance.", nil, nil),
        Case("If Russia and China form an alliance, India will worry.", nil, nil),
        // Contrast and negation: the matter set aside or denied as it stands.
        Case("Russia and China have an alignment rather than an alliance.", "unlikely", .probableNegative),
        Case("Russia and China stop short of a military alliance.", "unlikely", .probableNegative),
        Case("Russia and China are partners, not an alliance.", "unlikely", .probableNegative),
        Case("This isn't the beginning of an alliance between Russia and China.", "unlikely", .probableNegative),
        Case("Russia and China did not sign a treaty in 2001.", nil, nil),  // a denial of the past
        // Two negations affirm.
        Case("No one can stop Russia and China from forming an alliance.", "likely", .probablePositive),
        // A view of the matter refuted.
        Case("The misconception that Russia and China will form an alliance persists.", "unlikely", .probableNegative),
        Case("Fears of a Russia-China alliance are premature.", "unlikely", .probableNegative),
        // The matter taken for granted.
        Case("Once Russia and China have an alliance, the balance will shift.", "likely", .probablePositive),
        Case("Russia's future military alliance with China worries Washington.", "likely", .probablePositive),
        // Changes of chance.
        Case("The chances of a Russia-China alliance have decreased.", "unlikely", .probableNegative),
        Case("The odds of an alliance between Russia and China are rising.", "likely", .probablePositive),
        Case("Rising odds of a Russia-China alliance worry Washington.", "likely", .probablePositive),
        // The matter's own verb is no change of chance.
        Case("The risk of Russia and China falling into an alliance is real.", nil, nil),
        // The author declines to judge: underspecified, no term.
        Case("No one knows whether Russia and China will form an alliance.", nil, .underspecified),
    ]

    @Test(arguments: grammar)
    func theGrammarOfTheMattersClause(_ example: Case) throws {
        let found = claim(example.text)
        #expect(found?.likelihood?.term == example.term, "\(found?.commitment ?? "no reading")")
        #expect(found?.factuality == example.value)
        #expect(found?.speaker == nil)
    }

    // MARK: Beliefs of the author, composed over the matter

    static let beliefs: [Case] = [
        Case("I expect Russia and China to form an alliance.", "likely", .probablePositive),
        Case("I don't think Russia and China will form an alliance.", "unlikely", .probableNegative),
        Case("I doubt that Russia and China will form an alliance.", "unlikely", .probableNegative),
        Case("I am convinced that Russia and China will form an alliance.", "very likely", .certainPositive),
        Case("I'm sure Russia and China won't form an alliance.", "very unlikely", .certainNegative),
        Case("Many of us have been expecting an alliance between Russia and China.", "likely", .probablePositive),
        Case("I would expect no one could deny Russia and China an alliance.", "likely", .probablePositive),
    ]

    @Test(arguments: beliefs)
    func theAuthorsBeliefsComposeOverTheMatter(_ example: Case) throws {
        let found = claim(example.text)
        #expect(found?.likelihood?.term == example.term, "\(found?.commitment ?? "no reading")")
        #expect(found?.factuality == example.value)
        #expect(found?.speaker == nil)
        #expect(found?.commitment?.hasPrefix("belief") == true)
    }

    @Test func someoneElsesBeliefIsTheirs() throws {
        let reported = try #require(claim("Putin thinks Russia and China will form an alliance."))
        #expect(reported.speaker == "Vladimir Putin")
        let quoted = try #require(claim("“Russia and China will never form an alliance,” the minister said."))
        #expect(quoted.speaker == "the minister")
        #expect(quoted.likelihood?.term == "very unlikely")
    }

    // MARK: Answers and anaphors

    @Test(arguments: [
        ("Will Russia and China form an alliance? Probably not.", "unlikely"),
        ("Will Russia and China form an alliance? More likely no than yes.", "unlikely"),
        ("Will Russia and China form an alliance? I don't think so.", "unlikely"),
        ("Will Russia and China form an alliance? I think so.", "likely"),
        ("Will Russia and China form an alliance? No.", "very unlikely"),
        ("Is an alliance between Russia and China likely? It doesn't seem so.", "unlikely"),
    ])
    func anEllipticalAnswerSpeaksOfTheQuestionsMatter(_ text: String, _ term: String) {
        let (_, claims) = ClaimFixture.claims(text)
        let answer = claims.last { $0.sentenceIndex == 1 }
        #expect(answer?.proposition == "ru-cn-military-alliance", "\(claims.map(\.span))")
        #expect(answer?.likelihood?.term == term, "\(answer?.commitment ?? "none")")
    }

    @Test func anAnaphorCarriesTheMatterAndAnExpletiveDoesNot() throws {
        let (_, carried) = ClaimFixture.claims(
            "People wait for Russia and China to sign a treaty, and it is not going to happen.")
        #expect(carried.first?.proposition == "ru-cn-military-alliance")
        #expect(carried.first?.likelihood?.term == "very unlikely")
        let (_, later) = ClaimFixture.claims(
            """
            Russia and China talk of an alliance.
            Nobody believed it. Now it is happening.
            """)
        #expect(later.last?.proposition == "ru-cn-military-alliance")
        #expect(later.last?.factuality == .certainPositive)
        // "it is hardly possible for them to ...": "it" announces its own matter.
        let (_, expletive) = ClaimFixture.claims(
            """
            Russia and China talk of an alliance.
            It is hardly possible for them to trade more.
            """)
        #expect(expletive.last?.proposition == nil)
    }

    // MARK: Scope traps

    @Test func aLikelihoodWordCountsOnlyWhenItGovernsTheMatter() throws {
        // A motive, a consequence, a comparative, a third country's reaction.
        let motive = claim("Russia seems unlikely to want an alliance with China merely as a deterrent.")
        #expect(motive?.likelihood == nil)
        let consequence = claim("An alliance between Russia and China is likely to worry Kazakhstan.")
        #expect(consequence?.likelihood == nil)
        let comparative = claim("Sanctions make a Russia-China alliance more likely.")
        #expect(comparative?.likelihood == nil)
        #expect(comparative?.factuality == nil)
        let reaction = claim("If Russia and China formed an alliance, Washington would almost certainly respond.")
        #expect(reaction?.likelihood == nil)
        // A condition before the author's main estimate does not remove it.
        let conditioned = claim("Unless Washington retreats, Russia and China are unlikely to form an alliance.")
        #expect(conditioned?.likelihood?.term == "unlikely")
        // A number about something else in the same text.
        let weather = claim("There is a 30% chance of rain, and Russia and China discuss an alliance.")
        #expect(weather?.likelihood == nil)
    }

    @Test func aHeadlineThatNamesItsSourceReportsIt() throws {
        let (_, claims) = ClaimFixture.claims(
            """
            Russia and China unlikely to form an alliance – Reuters report
            The text goes on about trade between Moscow and Beijing.
            """, titled: true)
        let title = try #require(claims.first { $0.sentenceIndex == 0 })
        #expect(title.speaker == "Reuters")
        #expect(title.likelihood?.term == "unlikely")
    }
}

/// Which sentences speak of a one-actor proposition in an article about that actor.
@Suite struct SingleActorPropositionTests {
    private static let lexicons: ClaimLexicons = {
        do {
            let table = try TSVTable(
                name: "propositions.tsv",
                text: """
                    id\tstatement\tterms\tactors
                    us-recession\tThe US economy falls into a recession\trecession|downturn\tUnited States
                    """)
            let folder = SeedCorpus.lexiconFolder
            return try ClaimLexicons(
                estimative: TSVTable(contentsOf: folder.appendingPathComponent("estimative.tsv")), propositions: table,
                attribution: TSVTable(contentsOf: folder.appendingPathComponent("attribution.tsv")),
                discourse: TSVTable(contentsOf: folder.appendingPathComponent("discourse.tsv")),
                factuality: TSVTable(contentsOf: folder.appendingPathComponent("factuality.tsv")))
        } catch {
            fatalError("\(error)")
        }
    }()

    @Test func aBareTermInAnArticleAboutTheActorIsItsUnlessANameOwnsIt() {
        let document = ClaimFixture.document(
            """
            America and Washington watch the data.
            Many of us have been expecting a recession.
            The Chinese recession is another matter.
            """, titled: false)
        let claims = ClaimExtractor(lexicons: Self.lexicons).claims(in: document)
        let expecting = claims.first { $0.sentenceIndex == 1 }
        #expect(expecting?.proposition == "us-recession")
        #expect(expecting?.likelihood?.term == "likely")
        // Another actor named, and a name before the term: not the American recession.
        #expect(claims.first { $0.sentenceIndex == 2 }?.proposition == nil)
    }
}
