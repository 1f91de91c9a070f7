import Domain
import Foundation
import Testing

@testable import Ingest

/// One family of patterns per test, on sentences written for the purpose.
@Suite struct RelationPatternTests {
    struct Found: Hashable, CustomStringConvertible {
        let subject: String, predicate: String, object: String, context: String
        init(_ subject: String, _ predicate: String, _ object: String, _ context: String = "asserted") {
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.context = context
        }
        var description: String { "\(subject) \(predicate) \(object) [\(context)]" }
    }

    static func relations(_ sentence: String, speakers: [Int: (name: String, isActor: Bool)] = [:]) throws -> [ExtractedRelation]
    {
        let document = RelationTestSupport.document(sentence)
        return try RelationTestSupport.extractor().relations(in: document, speakers: speakers)
    }

    static func found(_ sentence: String) throws -> Set<Found> {
        Set(try relations(sentence).map { Found($0.subject, $0.predicate.rawValue, $0.object, $0.context.rawValue) })
    }

    // MARK: Coordination

    @Test func coordinatedObjectsBehindARelationalNoun() throws {
        #expect(
            try Self.found("Russia sells modern weapons to China's opponents in these disputes - India and Vietnam.") == [
                Found("Russia", "sells_arms_to", "India"), Found("Russia", "sells_arms_to", "Vietnam"),
            ])
    }

    @Test func aRelationalNounWithoutAppositionGivesNothing() throws {
        #expect(try Self.found("Russia sells weapons to China's neighbours.").isEmpty)
    }

    @Test func coordinatedSubjectsPairUp() throws {
        #expect(
            try Self.found("Russia and China conduct joint exercises every year.") == [
                Found("Russia", "exercises_with", "China"), Found("China", "exercises_with", "Russia"),
            ])
    }

    @Test func aListOfThreeAndAVerbAfterIt() throws {
        #expect(
            try Self.found("Sale of defence equipment to Kyrgyzstan, Turkmenistan and Uzbekistan enables Beijing to grow.") == [
                Found("China", "sells_arms_to", "Kyrgyzstan"), Found("China", "sells_arms_to", "Turkmenistan"),
                Found("China", "sells_arms_to", "Uzbekistan"),
            ])
    }

    /// A coordinated list is read as at most `SentenceActors.longestList` participants, counted back
    /// from the cue: a comma list of hundreds of countries made every match quadratic in its length.
    @Test func aVeryLongListIsReadAsItsLastTwelveActors() throws {
        let list =
            "Russia, China, India, Pakistan, Vietnam, Myanmar, Kyrgyzstan, Turkmenistan, Uzbekistan, "
            + "Tajikistan, Afghanistan, Crimea, Abkhazia and NATO conduct joint exercises."
        let found = try Self.found(list)
        let subjects = Set(found.map(\.subject))
        #expect(subjects.count == SentenceActors.longestList)
        #expect(!subjects.contains("Russia") && !subjects.contains("China"))
        #expect(subjects.contains("India") && subjects.contains("NATO"))
        #expect(found.count == 12 * 11)
    }

    @Test func aCoordinatedVerbSharesTheSubjectButNotItsNegation() throws {
        #expect(
            try Self.found("Russia does not recognize Chinese claims, and sells weapons to India and Vietnam.") == [
                Found("Russia", "recognizes", "China", "negated"),
                Found("Russia", "sells_arms_to", "India"), Found("Russia", "sells_arms_to", "Vietnam"),
            ])
    }

    @Test func aListDoesNotSwallowTheNextClause() throws {
        #expect(
            try Self.found("China does not recognize the independence of Abkhazia and South Ossetia, and Crimea is calm.") == [
                Found("China", "recognizes", "Abkhazia", "negated"), Found("China", "recognizes", "South Ossetia", "negated"),
            ])
    }

    // MARK: Passive and metonyms

    @Test func passiveWithByNamesTheSubject() throws {
        #expect(
            try Self.found("The Russia-Myanmar defence cooperation, which is being closely watched by China, grows.") == [
                Found("Russia", "cooperates_with", "Myanmar"), Found("Myanmar", "cooperates_with", "Russia"),
                Found("China", "distrusts", "Russia"), Found("China", "distrusts", "Myanmar"),
            ])
    }

    @Test func predicateAdjective() throws {
        #expect(try Self.found("Moscow is increasingly dependent on Beijing.") == [Found("Russia", "depends_on", "China")])
    }

    @Test func anActorAfterAPrepositionIsNotTheSubject() throws {
        // "for Russia" is no subject of "sanctions"; "China" after a comma is no object.
        #expect(try Self.found("For Russia under the sanctions, China is a partner.").isEmpty)
    }

    // MARK: Negation and modality

    @Test(arguments: [
        ("China does not recognize Abkhazia.", "negated"),
        ("China never recognized Abkhazia.", "negated"),
        ("China may recognize Abkhazia.", "hypothetical"),
        ("China could recognize Abkhazia.", "hypothetical"),
        ("If pressed, China might recognize Abkhazia.", "hypothetical"),
        ("If Russia insists, China recognizes Abkhazia.", "hypothetical"),
        ("China will recognize Abkhazia.", "future"),
        ("China won't recognize Abkhazia.", "negated"),
        ("China recognizes Abkhazia.", "asserted"),
        ("Does China recognize Abkhazia?", "hypothetical"),
    ])
    func verbContext(_ sentence: String, _ context: String) throws {
        #expect(try Self.found(sentence) == [Found("China", "recognizes", "Abkhazia", context)])
    }

    @Test(arguments: [
        ("Russia and China may form an alliance.", "hypothetical"),
        ("Russia and China will form a military alliance.", "future"),
        ("They stressed the refusal to establish a Russia-China alliance.", "negated"),
        ("Strategic competition between Russia and China may increase.", "hypothetical"),
        ("Europe will not be able to slow down the Russian-Chinese rapprochement.", "asserted"),
        ("There is a Russian-Chinese rapprochement.", "asserted"),
    ])
    func nounContext(_ sentence: String, _ context: String) throws {
        let relations = try Self.relations(sentence)
        #expect(!relations.isEmpty)
        #expect(Set(relations.map(\.context.rawValue)) == [context], "\(sentence)")
    }

    @Test func hedgedIsNeverAsserted() throws {
        for sentence in [
            "Russia might sell arms to India.", "Russia may become dependent on China.",
            "If the talks fail, China could sanction Russia.", "Moscow seeks an alliance with Beijing.",
        ] {
            let relations = try Self.relations(sentence)
            #expect(!relations.isEmpty, "\(sentence)")
            #expect(
                relations.allSatisfy { $0.context.rawValue == "hypothetical" },
                "\(sentence): \(relations.map { "\($0.subject) \($0.predicate.rawValue) \($0.object) \($0.context.rawValue) «\($0.cue)»" })"
            )
        }
    }

    @Test func reportedWhenTheClaimsStageNamesASpeaker() throws {
        let relations = try Self.relations("Beijing is consolidating cooperation with India.", speakers: [0: ("Russia", true)])
        #expect(relations.map(\.context.rawValue) == ["reported", "reported"])
        #expect(relations.allSatisfy { $0.speaker == "Russia" && $0.speakerIsActor })
        let denied = try Self.relations("Beijing does not sell weapons to India.", speakers: [0: ("Russia", true)])
        #expect(denied.map(\.context.rawValue) == ["negated"])
    }

    // MARK: Nominalizations

    @Test(arguments: [
        ("China's investment in the Russian Far East grows.", Found("China", "invests_in", "Russian Far East")),
        ("Myanmar's strategic dependence on China is real.", Found("Myanmar", "depends_on", "China")),
        ("There is unease within Chinese establishment on Russia's role.", Found("China", "distrusts", "Russia")),
        ("Apprehensions in Moscow about Beijing have grown.", Found("Russia", "distrusts", "China")),
        ("This is the export of Russian hydrocarbons to rapidly developing China.", Found("Russia", "trades_with", "China")),
        ("US sanctions on Russia hurt.", Found("United States", "sanctions", "Russia")),
    ])
    func nominalization(_ sentence: String, _ expected: Found) throws {
        #expect(try Self.found(sentence).contains(expected))
    }

    @Test func possessivePronounResolvesWithinTheSentence() throws {
        #expect(
            try Self.found("China has strengthened its military cooperation with Pakistan.") == [
                Found("China", "cooperates_with", "Pakistan"), Found("Pakistan", "cooperates_with", "China"),
            ])
        // No antecedent in the sentence: no guess.
        #expect(try Self.found("It has strengthened its military cooperation with Pakistan.").isEmpty)
    }

    // MARK: Region

    @Test func regionAfterTheObject() throws {
        let relations = try Self.relations("Russia competes with China in Central Asia.")
        #expect(relations.count == 2)
        #expect(relations.allSatisfy { $0.region == "Central Asia" })
    }

    @Test func regionInsideAGap() throws {
        let relations = try Self.relations(
            "Russia views China's growing penetration in the resource-rich Central Asia with great unease.")
        #expect(relations.map(\.predicate.rawValue) == ["distrusts"])
        #expect(relations.first?.region == "Central Asia")
    }

    @Test func aStateAfterInIsNoRegionWhenRegionsAreKnown() throws {
        let relations = try Self.relations("Russia competes with China in India.")
        #expect(relations.allSatisfy { $0.region == nil })
    }

    // MARK: Evidence

    @Test func cueAndSpanAndSentence() throws {
        let document = RelationTestSupport.document("First sentence here. Russia is dependent on China.")
        let relations = try RelationTestSupport.extractor().relations(in: document)
        let relation = try #require(relations.first)
        #expect(relation.sentenceIndex == 1)
        #expect(relation.cue == "dependent on")
        #expect(document.text[relation.cueSpan] == relation.cue)
    }

    // MARK: Lexicon

    @Test(arguments: [
        "pattern\tpredicate\tquad_class\tdirection\tform\nX likes Y\tlikes\tverbal_cooperation\tdirected\tverb\n",
        "pattern\tpredicate\tquad_class\tdirection\tform\nX ... Y\tsupports\tverbal_cooperation\tdirected\tverb\n",
        "pattern\tpredicate\tquad_class\tdirection\tform\nX cooperation\tcooperates_with\tverbal_cooperation\tdirected\tnoun\n",
        "pattern\tpredicate\tquad_class\tdirection\tform\nX backs Y\tsupports\tkind_words\tdirected\tverb\n",
        "pattern\tpredicate\tquad_class\tdirection\nX backs Y\tsupports\tverbal_cooperation\tdirected\n",
        "pattern\tpredicate\tquad_class\tdirection\tform\nX ab* Y\tsupports\tverbal_cooperation\tdirected\tverb\n",
    ])
    func malformedRowsAreRefused(_ text: String) {
        #expect(throws: LexiconError.self) { try RelationLexicon(table: TSVTable(name: "r.tsv", text: text)) }
    }

    @Test func aDirectionOtherThanThePredicatesIsRefusedWithItsLine() throws {
        // trades_with is symmetric (Domain's RelationPredicate), so a row cannot call it directed.
        let text =
            "pattern\tpredicate\tquad_class\tdirection\tform\nX ... sells/sold goods to Y\ttrades_with\tmaterial_cooperation\tdirected\tverb\n"
        let error = try #require(throws: LexiconError.self) { try RelationLexicon(table: TSVTable(name: "r.tsv", text: text)) }
        #expect(error.line == 2 && error.message == "trades_with is symmetric, not 'directed'")
        // Without the column, the predicate's direction holds.
        let plain = "pattern\tpredicate\tquad_class\tform\nX ... sells/sold goods to Y\ttrades_with\tmaterial_cooperation\tverb\n"
        #expect(try RelationLexicon(table: TSVTable(name: "r.tsv", text: plain)).patterns.map(\.isSymmetric) == [true])
    }

    @Test func aUserAddsAPatternWithoutCode() throws {
        let text =
            "pattern\tpredicate\tquad_class\tdirection\tform\nX ... woo/woos/wooed/wooing Y\tsupports\tverbal_cooperation\tdirected\tverb\n"
        let extractor = RelationExtractor(lexicon: try RelationLexicon(table: TSVTable(name: "r.tsv", text: text)))
        let relations = extractor.relations(in: RelationTestSupport.document("Beijing openly woos Pakistan."))
        #expect(relations.map { "\($0.subject) \($0.predicate.rawValue) \($0.object)" } == ["China supports Pakistan"])
    }

    @Test func theShippedLexiconCompiles() throws {
        let lexicon = try RelationTestSupport.lexicon()
        #expect(lexicon.patterns.count > 50)
        #expect(Set(lexicon.patterns.map(\.predicate)) == Set(RelationPredicate.allCases))
    }
}

extension RelationPatternTests {
    @Test func aNounInATitleIsATopicNotAFact() throws {
        let document = RelationTestSupport.document(
            "Military alliance between Russia and China: prospects\nRussia sells weapons to India.", firstLineIsTitle: true)
        let relations = try RelationTestSupport.extractor().relations(in: document)
        #expect(relations.filter { $0.sentenceIndex == 0 }.map(\.context.rawValue) == ["hypothetical", "hypothetical"])
        #expect(relations.filter { $0.sentenceIndex == 1 }.map(\.context.rawValue) == ["asserted"])
    }
}

@Suite struct RelationAnchorPrefixTests {
    /// The three-character prefix that files noun and verb anchors: ASCII from the bytes, anything
    /// else (or a combining mark after three ASCII letters) by characters, as `String.prefix(3)`.
    @Test(arguments: ["", "ab", "abc", "allies", "abé", "éab", "abc\u{0301}d", "ab\u{0301}", "中国人", "中国", "naïve"])
    func prefixesAreThreeCharacters(_ word: String) {
        let expected = word.count >= 3 ? String(word.prefix(3)) : nil
        #expect(RelationLexicon.firstThreeCharacters(of: word) == expected)
    }
}
