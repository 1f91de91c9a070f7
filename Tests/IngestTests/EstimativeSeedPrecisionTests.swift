import Testing

@testable import Ingest

/// Precision of the likelihood terms on the seeds: every estimative cue argkb finds in the five
/// seeds, with the term I judged right when reading the sentence. A cue found but not listed, or
/// found with another term, fails the test; `judgedWrong` lists the cues I judge argkb gets wrong.
@Suite struct EstimativeSeedPrecisionTests {
    /// (seed, sentence start, cue, term I judge right).
    static let judged: [(String, String, String, String)] = [
        ("sino-russian-military-alliance", "However, because both", "might", "roughly even chance"),  // "might not always be"
        ("sino-russian-military-alliance", "There is no doubt", "no doubt", "almost certain"),
        ("sino-russian-military-alliance", "Russia is concerned", "may", "roughly even chance"),
        ("sino-russian-military-alliance", "To sum up", "highly improbable", "very unlikely"),
        ("sino-russian-military-alliance", "However, in the unlikely", "in the unlikely event", "unlikely"),
        ("why-russia-needs-military-alliance-with-china", "Moscow is trying", "may", "roughly even chance"),
        ("why-russia-needs-military-alliance-with-china", "Biden's victory", "undoubtedly", "almost certain"),
        ("why-russia-needs-military-alliance-with-china", "The expert mentioned", "possible", "roughly even chance"),
        ("why-russia-needs-military-alliance-with-china", "We have always", "quite possible", "likely"),
        ("why-russia-needs-military-alliance-with-china", "But in principle", "not going to rule it out", "roughly even chance"),
        ("why-russia-needs-military-alliance-with-china", "Moreover, Putin", "possible", "roughly even chance"),
        ("why-russia-needs-military-alliance-with-china", "However, so far", "in no hurry", "unlikely"),
        // "does not speak about any even probable"
        ("why-russia-needs-military-alliance-with-china", "However, so far", "probable", "unlikely"),
        ("why-russia-needs-military-alliance-with-china", "For example", "refusal to establish", "unlikely"),
        ("why-russia-needs-military-alliance-with-china", "But conclude", "inevitably", "almost certain"),
        ("why-russia-needs-military-alliance-with-china", "And it is hardly", "hardly possible", "very unlikely"),
        ("why-russia-needs-military-alliance-with-china", "Probably, an explanation", "Probably", "likely"),
        ("why-russia-needs-military-alliance-with-china", "Under Biden", "unlikely", "unlikely"),
        ("military-alliance-foundations-prospects", "The worst dream", "close to becoming a reality", "likely"),
        ("military-alliance-foundations-prospects", "So the global", "natural and inevitable", "almost certain"),
        ("military-alliance-foundations-prospects", "But taking into account", "definitely not", "almost no chance"),
        ("military-alliance-foundations-prospects", "And if in Central Asia", "possible", "roughly even chance"),
        ("military-alliance-foundations-prospects", "It is clear that", "possible", "roughly even chance"),
        ("military-alliance-foundations-prospects", "So, we can not exclude", "can not exclude", "roughly even chance"),
        ("military-alliance-foundations-prospects", "So, we can not exclude", "may well", "likely"),
        // "now more likely to act in tandem": a comparative, a `none` row since issue 14 (a change of
        // likelihood is no level), so it hides "likely" and gives no cue.
        ("between-partnership-and-competition", "Kadri Liik", "may", "roughly even chance"),
        ("between-partnership-and-competition", "The generally relaxed", "may", "roughly even chance"),
        ("between-partnership-and-competition", "Thus, China", "likely", "likely"),
        ("undercurrents-russia-china-bonhomie", "These Chinese military", "may", "roughly even chance"),
        ("undercurrents-russia-china-bonhomie", "Many in Russia", "may", "roughly even chance"),
        ("undercurrents-russia-china-bonhomie", "Growing Chinese", "likely", "likely"),
        ("undercurrents-russia-china-bonhomie", "However, despite the relationship", "quite far from", "unlikely"),
    ]

    @Test func everyCueOnTheSeedsHasTheJudgedTerm() throws {
        let reader = EstimativeReader(lexicon: ClaimFixture.lexicons.estimative, grammar: ClaimFixture.lexicons.discourse)
        var found = 0
        var correct = 0
        for slug in SeedCorpus.slugs {
            let document = try ClaimFixture.seed(slug)
            for (index, tokens) in document.tokens.enumerated() {
                let sentence = document.sentenceText(index)
                for cue in reader.cues(in: tokens, range: 0..<tokens.count, text: document.text) {
                    found += 1
                    let judgement = Self.judged.first { $0.0 == slug && sentence.hasPrefix($0.1) && $0.2 == cue.text }
                    #expect(judgement != nil, "unjudged cue '\(cue.text)' in \(slug): \(sentence)")
                    if judgement?.3 == cue.term.name {
                        correct += 1
                    } else if let judgement {
                        Issue.record("'\(cue.text)' is \(cue.term.name), judged \(judgement.3): \(sentence)")
                    }
                }
            }
        }
        #expect(found == Self.judged.count)
        print("estimative precision on seeds: \(correct)/\(found)")
    }
}
