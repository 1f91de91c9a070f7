import Testing

@testable import Ingest

@Suite struct PropositionRecognizerTests {
    @Test func seedPropositionIsLoaded() throws {
        let entry = try #require(ClaimFixture.lexicons.propositions.first { $0.id == "ru-cn-military-alliance" })
        #expect(entry.statement == "Russia and China form a military alliance")
        #expect(Set(entry.actors) == ["Russia", "China"])
    }

    @Test(arguments: [
        ("Any military alliance between Russia and China is highly improbable.", true),
        ("A Sino-Russian bloc is close to becoming a reality.", true),
        ("Moscow and Beijing signed a treaty of friendship.", true),
        ("Russia and China trade more every year.", false),  // no term
        ("An alliance with India is likely.", false),  // wrong actors
    ])
    func recognizedFromTermsAndActors(_ sentence: String, _ expected: Bool) {
        let (_, claims) = ClaimFixture.claims(sentence)
        #expect((claims.first?.proposition == "ru-cn-military-alliance") == expected)
    }

    /// "the two" refers to the topic actors; without an anaphor a bare "alliance" does not.
    @Test func anaphoraReachTheTopicActors() {
        let text = """
            Russia and China have grown closer, and Moscow needs Beijing.
            China buys Russian gas while Russia buys Chinese goods.
            To sum up, any sort of military alliance between the two is highly improbable.
            An alliance is a serious commitment for any state.
            """
        let (_, claims) = ClaimFixture.claims(text)
        let byText = claims.map(\.proposition)
        #expect(byText.contains("ru-cn-military-alliance"))
        #expect(claims.last?.proposition == nil)
    }

    /// A second proposition added as data is recognized by the same rule, and gets its own verdict.
    @Test func secondPropositionFromATestTable() throws {
        let propositions = try TSVTable(
            name: "test-propositions.tsv",
            text: """
                id\tstatement\tterms\tactors\tanaphora\tnotes
                ru-cn-military-alliance\tRussia and China form a military alliance\talliance|bloc\tRussia|China\tthe two\t
                cn-overtakes-ru-central-asia\tChina overtakes Russia in Central Asia\tCentral Asia|Central Asian\tChina|Russia\tthe region|its backyard\ta user's addition
                """)
        let folder = SeedCorpus.lexiconFolder
        let lexicons = try ClaimLexicons(
            estimative: TSVTable(contentsOf: folder.appendingPathComponent("estimative.tsv")),
            propositions: propositions,
            attribution: TSVTable(contentsOf: folder.appendingPathComponent("attribution.tsv")),
            discourse: TSVTable(contentsOf: folder.appendingPathComponent("discourse.tsv")),
            factuality: TSVTable(contentsOf: folder.appendingPathComponent("factuality.tsv")))
        #expect(lexicons.propositions.map(\.id) == ["ru-cn-military-alliance", "cn-overtakes-ru-central-asia"])
        let document = ClaimFixture.document(
            """
            China and Russia compete quietly.
            Beijing is likely to overtake Moscow as the main power in Central Asia within a decade.
            In sum, China will almost certainly displace Russia in Central Asia.
            """, titled: false)
        let claims = ClaimExtractor(lexicons: lexicons).claims(in: document)
        #expect(claims.filter { $0.proposition == "cn-overtakes-ru-central-asia" }.count == 2)
        let verdict = try #require(VerdictAggregator().verdicts(for: claims, in: document).first)
        #expect(verdict.proposition == "cn-overtakes-ru-central-asia")
        #expect(verdict.polarity == .for)
        #expect(verdict.likelihood?.term == "very likely")  // "almost certainly": Kent
    }

    @Test func duplicateIdIsALexiconError() {
        #expect(throws: LexiconError.self) {
            try PropositionEntry.entries(from: TSVTable(name: "p.tsv", text: "id\tstatement\tterms\na\tA\tx\na\tB\ty\n"))
        }
    }
}
