import Foundation
import Testing

@testable import Ingest

/// Precision and recall of the relation stage against what a careful reader finds in two seeds.
///
/// The reference lists were written from the text, sentence by sentence, under one rule: a
/// relation counts when both actors are named in the sentence (a name, metonym, adjective, or a
/// pronoun whose antecedent is in the sentence) as arguments of a verb or nominalization whose
/// meaning is one of the predicates. Relations the reader infers from outside the sentence ("the
/// sale of the latest weapons to China", seller unnamed) are not listed. Each entry is tied to its
/// sentence by a snippet of that sentence. Symmetric predicates are compared without direction.
@Suite struct RelationSeedTests {
    struct Expected: CustomStringConvertible {
        let snippet: String
        let subject: String
        let predicate: String
        let object: String
        let context: String

        init(_ snippet: String, _ subject: String, _ predicate: String, _ object: String, _ context: String = "asserted") {
            self.snippet = snippet
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.context = context
        }

        var description: String { "\(subject) \(predicate) \(object) [\(context)] «\(snippet)»" }
    }

    static let whyRussiaNeedsAlliance: [Expected] = [
        Expected("why does Russia need a military alliance with China", "Russia", "allies_with", "China", "hypothetical"),
        Expected("theme of military rapprochement with Beijing", "Russia", "cooperates_with", "China"),
        Expected("prospect of creating a Sino-Russian bloc", "China", "allies_with", "Russia", "hypothetical"),
        Expected("it may become dependent on China", "Russia", "depends_on", "China", "hypothetical"),
        Expected("refusal to establish allied relations", "Russia", "allies_with", "China", "negated"),
        Expected("China does not recognize the independence", "China", "recognizes", "Abkhazia", "negated"),
        Expected("China does not recognize the independence", "China", "recognizes", "South Ossetia", "negated"),
        Expected("does not recognize Chinese claims", "Russia", "recognizes", "China", "negated"),
        Expected("sells modern weapons to China's opponents", "Russia", "sells_arms_to", "India"),
        Expected("sells modern weapons to China's opponents", "Russia", "sells_arms_to", "Vietnam"),
        Expected("export of Russian hydrocarbons", "Russia", "trades_with", "China"),
        Expected("increased China's share in Russian trade", "China", "trades_with", "Russia"),
        Expected("Russia is increasingly dependent on China", "Russia", "depends_on", "China"),
        Expected("put pressure on Moscow", "China", "threatens", "Russia", "future"),
        Expected("Moscow hopes to use the rapprochement with Beijing", "Russia", "cooperates_with", "China"),
        Expected("slow down the Russian-Chinese rapprochement", "Russia", "cooperates_with", "China"),
        Expected("Moscow was worried about Chinese demographic expansion", "Russia", "distrusts", "China"),
        Expected("military rapprochement with Beijing worries Washington", "Russia", "cooperates_with", "China"),
        // The closing quotation is the expert's ("... the expert concludes"): reported.
        Expected("Western fears about Russian-Chinese rapprochement", "Russia", "cooperates_with", "China", "reported"),
        Expected("Western fears about Russian-Chinese rapprochement", "the West", "distrusts", "Russia", "reported"),
        Expected("Western fears about Russian-Chinese rapprochement", "the West", "distrusts", "China", "reported"),
    ]

    static let undercurrents: [Expected] = [
        Expected(
            "relations between Moscow and Beijing in the international arena do not appear competitive",
            "Russia", "competes_with", "China", "negated"),
        Expected("both of them are using their", "Russia", "opposes", "United States"),
        Expected("both of them are using their", "China", "opposes", "United States"),
        Expected("increasing concern within Russia over China", "Russia", "distrusts", "China"),
        Expected("Beijing is systematically consolidating cooperation", "China", "cooperates_with", "Central Asia", "reported"),
        Expected("to involve Tajikistan in the Quadrilateral", "China", "cooperates_with", "Tajikistan"),
        Expected("security cooperation with Tashkent", "China", "cooperates_with", "Uzbekistan"),
        Expected("Sale of defence equipment to Kyrgyzstan", "China", "sells_arms_to", "Kyrgyzstan"),
        Expected("Sale of defence equipment to Kyrgyzstan", "China", "sells_arms_to", "Turkmenistan"),
        Expected("Sale of defence equipment to Kyrgyzstan", "China", "sells_arms_to", "Uzbekistan"),
        Expected("Sale of defence equipment to Kyrgyzstan", "China", "cooperates_with", "Central Asia"),
        Expected("Russia views China’s growing economic", "Russia", "distrusts", "China"),
        Expected("China is also cutting into Russia’s military hold", "China", "competes_with", "Russia"),
        Expected("China has strengthened its military cooperation", "China", "cooperates_with", "Central Asia"),
        Expected("may have stirred anxiety in Moscow", "Russia", "distrusts", "China", "hypothetical"),
        Expected("have not publicly commented against", "Russia", "opposes", "China", "negated"),
        Expected("raised Moscow’s concerns about China’s", "Russia", "distrusts", "China"),
        Expected("apprehensions in Moscow about Beijing", "Russia", "distrusts", "China"),
        Expected(
            "strategic competition between China and Russia may increase", "China", "competes_with", "Russia", "hypothetical"),
        Expected("Russian trade with China increased", "Russia", "trades_with", "China"),
        Expected("China’s share in Russia’s foreign trade", "China", "trades_with", "Russia"),
        Expected("Russia’s share of China’s total trade", "Russia", "trades_with", "China"),
        Expected("qualitative nature of the Sino-Russian trade", "China", "trades_with", "Russia"),
        Expected("unease within Chinese establishment on Russia", "China", "distrusts", "Russia"),
        Expected("growing Russia-Myanmar defence cooperation", "Russia", "cooperates_with", "Myanmar"),
        Expected("closely watched by the China", "China", "distrusts", "Russia"),
        Expected("closely watched by the China", "China", "distrusts", "Myanmar"),
        Expected("Myanmar’s strategic dependence on China", "Myanmar", "depends_on", "China"),
        Expected("tactical opportunities for enhanced defence sales", "Russia", "sells_arms_to", "Myanmar", "hypothetical"),
        Expected("seeking partnership with Russia", "China", "cooperates_with", "Russia", "hypothetical"),
        Expected("shaping the nature of its collaboration with China", "Russia", "cooperates_with", "China"),
        Expected("when the US sanctioned China", "United States", "sanctions", "China"),
        Expected("Sino–Russian emerging technology cooperation", "China", "cooperates_with", "Russia"),
    ]

    /// Held out: written before the extractor was first run on this seed, and never tuned on.
    static let betweenPartnershipAndCompetition: [Expected] = [
        Expected("either as a de facto alliance", "China", "allies_with", "Russia", "hypothetical"),
        Expected("either as a de facto alliance", "China", "cooperates_with", "Russia", "hypothetical"),
        Expected("either as a de facto alliance", "China", "opposes", "the West", "hypothetical"),
        Expected("either as a de facto alliance", "Russia", "opposes", "the West", "hypothetical"),
        Expected("Beijing and Moscow are now more united", "China", "cooperates_with", "Russia", "reported"),
        Expected("drive to contain Russia and China", "United States", "counterbalances", "Russia", "reported"),
        Expected("drive to contain Russia and China", "United States", "counterbalances", "China", "reported"),
        Expected("drive to contain Russia and China", "Russia", "cooperates_with", "China", "reported"),
        Expected("Strengthening China-Russia Bilateral Partnership", "China", "cooperates_with", "Russia"),
        Expected("observed large joint maneuvers", "Russia", "exercises_with", "China", "reported"),
        Expected("more likely to act in tandem", "Russia", "cooperates_with", "China", "hypothetical"),
        Expected("currently conducting joint exercises", "Russia", "exercises_with", "China"),
        Expected("markedly strengthened diplomatic relations", "China", "cooperates_with", "Russia"),
        Expected("Beijing and Moscow are forging closer ties", "China", "cooperates_with", "Russia", "reported"),
        Expected("keep China at arm’s length", "Russia", "distrusts", "China"),
        Expected("much more vigilant about Beijing’s policies", "Russia", "distrusts", "China"),
        Expected("create significant advantages over the Russian navy", "China", "competes_with", "Russia", "hypothetical"),
        Expected("Moscow has begun to rely more and more on Beijing", "Russia", "depends_on", "China"),
        Expected("Moscow has begun to rely more and more on Beijing", "China", "depends_on", "Russia"),
    ]

    static let symmetric: Set<String> = ["cooperates_with", "allies_with", "trades_with", "exercises_with", "competes_with"]

    /// (sentence, subject, predicate, object, context), symmetric pairs in a fixed order.
    struct Key: Hashable, CustomStringConvertible {
        let sentence: Int
        let subject: String
        let predicate: String
        let object: String
        let context: String

        init(_ sentence: Int, _ subject: String, _ predicate: String, _ object: String, _ context: String) {
            let swap = RelationSeedTests.symmetric.contains(predicate) && subject > object
            self.sentence = sentence
            self.subject = swap ? object : subject
            self.predicate = predicate
            self.object = swap ? subject : object
            self.context = context
        }

        var withoutContext: Key { Key(sentence, subject, predicate, object, "") }
        var description: String { "#\(sentence) \(subject) \(predicate) \(object) [\(context)]" }
    }

    struct Score {
        let precision: Double
        let recall: Double
        let falsePositives: [Key]
        let falseNegatives: [Key]
        let assertedButNot: [Key]
    }

    static func score(_ slug: String, expected: [Expected]) throws -> Score {
        // The real pipeline: normalizer (which removes the chrome), segmenter, gazetteer, claims
        // stage (for reported speech), relation extractor.
        let document = try PipelineFixture.analyzed(slug)
        let relations = try PipelineFixture.processed(slug).relations
        var gold: Set<Key> = []
        for item in expected {
            let sentences = document.sentences.indices.filter { document.sentenceText($0).contains(item.snippet) }
            #expect(!sentences.isEmpty, "snippet not found in \(slug): \(item.snippet)")
            for sentence in sentences {
                gold.insert(Key(sentence, item.subject, item.predicate, item.object, item.context))
            }
        }
        let found = Set(
            relations.map { Key($0.sentenceIndex, $0.subject, $0.predicate.rawValue, $0.object, $0.context.rawValue) })
        let correct = found.intersection(gold)
        let goldNotAsserted = Set(gold.filter { $0.context != "asserted" && $0.context != "reported" }.map(\.withoutContext))
        let assertedButNot = found.filter {
            ($0.context == "asserted" || $0.context == "reported") && goldNotAsserted.contains($0.withoutContext)
        }
        return Score(
            precision: found.isEmpty ? 0 : Double(correct.count) / Double(found.count),
            recall: gold.isEmpty ? 0 : Double(correct.count) / Double(gold.count),
            falsePositives: found.subtracting(gold).sorted { $0.sentence < $1.sentence },
            falseNegatives: gold.subtracting(found).sorted { $0.sentence < $1.sentence },
            assertedButNot: assertedButNot.sorted { $0.sentence < $1.sentence })
    }

    static func report(_ name: String, _ score: Score) {
        print(String(format: "relations %@: precision %.2f, recall %.2f", name, score.precision, score.recall))
        for key in score.falsePositives { print("  extra:   \(key)") }
        for key in score.falseNegatives { print("  missed:  \(key)") }
    }

    @Test func whyRussiaNeedsMilitaryAlliance() throws {
        let score = try Self.score("why-russia-needs-military-alliance-with-china", expected: Self.whyRussiaNeedsAlliance)
        Self.report("why-russia-needs-military-alliance-with-china", score)
        #expect(score.precision >= 0.8)
        #expect(score.recall >= 0.8)
        #expect(score.assertedButNot.isEmpty, "asserted but only hypothesized or denied: \(score.assertedButNot)")
    }

    @Test func undercurrentsInBonhomie() throws {
        let score = try Self.score("undercurrents-russia-china-bonhomie", expected: Self.undercurrents)
        Self.report("undercurrents-russia-china-bonhomie", score)
        #expect(score.precision >= 0.8)
        #expect(score.recall >= 0.8)
        #expect(score.assertedButNot.isEmpty, "asserted but only hypothesized or denied: \(score.assertedButNot)")
    }

    /// Out-of-sample figure: reported, not held to the 0.8 target; hedged relations must still
    /// never come out asserted.
    @Test func heldOutBetweenPartnershipAndCompetition() throws {
        let score = try Self.score("between-partnership-and-competition", expected: Self.betweenPartnershipAndCompetition)
        Self.report("between-partnership-and-competition (held out)", score)
        #expect(score.assertedButNot.isEmpty, "asserted but only hypothesized or denied: \(score.assertedButNot)")
    }

    /// Every seed: no relation whose sentence hedges it may come out asserted, and every cue span
    /// gives the cue back.
    @Test(arguments: SeedCorpus.slugs) func cuesAreExplainable(_ slug: String) throws {
        let document = try PipelineFixture.analyzed(slug)
        for relation in try PipelineFixture.processed(slug).relations {
            #expect(document.text[relation.cueSpan] == relation.cue)
            #expect(document.sentences[relation.sentenceIndex].span.contains(relation.cueSpan))
            #expect(relation.subject != relation.object)
        }
    }
}
