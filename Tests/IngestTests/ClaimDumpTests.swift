import Foundation
import Testing
@testable import Ingest

@Suite struct ClaimDumpTests {
    @Test func dumpSeeds() throws {
        guard ProcessInfo.processInfo.environment["ARGKB_DUMP"] != nil else { return }
        for slug in SeedCorpus.slugs {
            let document = try ClaimFixture.seed(slug)
            let claims = ClaimFixture.extractor.claims(in: document)
            print("=== \(slug) topic=\(DocumentContext(document: document).topicActors.sorted())")
            for (index, claim) in claims.enumerated() {
                print("[\(index)] s\(claim.sentenceIndex) \(claim.type.rawValue)/\(claim.role.rawValue)\(claim.roleCue.map { "(\($0))" } ?? "") ctx=\(claim.context.rawValue) spk=\(claim.speaker ?? "-")\(claim.speakerIsActor ? "*" : "")\(claim.outerSpeaker.map { " outer=\($0)" } ?? "") cue=\(claim.attributionCue ?? "-") prop=\(claim.proposition ?? "-") pol=\(claim.polarity?.rawValue ?? "-") lik=\(claim.likelihood.map { "\($0.term)<\($0.cue)>" } ?? "-") conf=\(claim.confidence)")
                print("      \(document.text[claim.span].prefix(160))")
            }
            for verdict in VerdictAggregator().verdicts(for: claims, in: document) {
                print("VERDICT \(verdict.proposition) \(verdict.polarity.rawValue) \(verdict.likelihood?.term ?? "-") ev=\(verdict.evidence.map { "\($0.claimIndex):\($0.weight)" }) \(verdict.note)")
            }
        }
    }
}

extension ClaimDumpTests {
    @Test func dumpSeedCues() throws {
        guard ProcessInfo.processInfo.environment["ARGKB_DUMP"] != nil else { return }
        let reader = EstimativeReader(lexicon: ClaimFixture.lexicons.estimative, grammar: ClaimFixture.lexicons.discourse)
        for slug in SeedCorpus.slugs {
            let document = try ClaimFixture.seed(slug)
            for (index, tokens) in document.tokens.enumerated() {
                for cue in reader.cues(in: tokens, range: 0..<tokens.count, text: document.text) {
                    print("CUE\t\(slug)\t\(index)\t\(cue.text)\t\(cue.term.name)\t\(cue.negator ?? "")\t\(document.sentenceText(index).prefix(90))")
                }
            }
        }
    }
}
