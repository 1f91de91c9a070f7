import Testing

@testable import Ingest

/// My own reading of the five seeds (see the final report for the reasoning), checked against what
/// argkb derives from them through the test-fixture pipeline of ClaimTestSupport.swift.
struct SeedVerdict: Sendable, CustomStringConvertible {
    let slug: String
    /// nil: the source gives no judgement on the proposition, so no verdict.
    let term: String?
    let polarity: ExtractedVerdict.Polarity?
    /// The start of the weightiest evidence sentence.
    let evidence: String?

    var description: String { slug }
}

@Suite struct VerdictSeedTests {
    static let expected: [SeedVerdict] = [
        SeedVerdict(
            slug: "sino-russian-military-alliance", term: "very unlikely", polarity: .against,
            evidence: "To sum up, any sort of military alliance between the two is highly improbable"),
        // Putin's "not going to rule it out" is Putin's; the author's own judgement is that Beijing is
        // in no hurry and does not even speak of a probable alliance.
        SeedVerdict(
            slug: "why-russia-needs-military-alliance-with-china", term: "unlikely", polarity: .against,
            evidence: "However, so far Beijing is in no hurry"),
        SeedVerdict(
            slug: "military-alliance-foundations-prospects", term: "likely", polarity: .for,
            evidence: "So, we can not exclude that this year"),
        // Partnership with competition; every alliance wording is reported ("Many experts see ...").
        SeedVerdict(slug: "between-partnership-and-competition", term: nil, polarity: nil, evidence: nil),
        SeedVerdict(
            slug: "undercurrents-russia-china-bonhomie", term: "unlikely", polarity: .against,
            evidence: "However, despite the relationship is being hailed"),
    ]

    @Test(arguments: expected)
    func seedVerdict(_ expected: SeedVerdict) throws {
        let document = try ClaimFixture.seed(expected.slug)
        let claims = ClaimFixture.extractor.claims(in: document)
        let verdict = VerdictAggregator().verdicts(for: claims, in: document)
            .first { $0.proposition == "ru-cn-military-alliance" }
        guard let polarity = expected.polarity else {
            #expect(verdict == nil, "unexpected verdict: \(verdict?.note ?? "")")
            return
        }
        let found = try #require(verdict)
        #expect(found.polarity == polarity)
        #expect(found.likelihood?.term == expected.term, "\(found.note)")
        let top = try #require(found.evidence.first)
        let sentence = document.sentenceText(claims[top.claimIndex].sentenceIndex)
        #expect(sentence.hasPrefix(expected.evidence ?? ""), "evidence: \(sentence)")
        #expect(found.evidence.allSatisfy { claims[$0.claimIndex].speaker == nil })
    }
}
