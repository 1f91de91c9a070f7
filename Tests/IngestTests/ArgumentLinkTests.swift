import Foundation
import Testing

@testable import Ingest

@Suite struct ArgumentLinkTests {
    static func linker() throws -> ArgumentLinker {
        ArgumentLinker(cues: try LinkCueLexicon(contentsOf: SeedCorpus.lexiconFolder.appendingPathComponent("link-cues.tsv")))
    }

    /// A claim over sentence `sentence`, or over the part of it that starts with `clause`.
    static func claim(
        _ document: AnalyzedText, _ sentence: Int, clause: String? = nil, upTo end: String? = nil,
        role: ExtractedClaim.Role = .premise
    ) -> ExtractedClaim {
        let span = document.sentences[sentence].span
        let text = document.sentenceText(sentence)
        var start = span.start
        var length = span.length
        if let clause, let range = text.range(of: clause) {
            start += text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            length = span.end - start
        }
        if let end, let range = text.range(of: end) {
            length = span.start + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound) - start
        }
        return ExtractedClaim(
            sentenceIndex: sentence, span: TextSpan(start: start, length: length), type: .assessment, role: role)
    }

    static let document = RelationTestSupport.document(paragraphs: [
        (.title, "Russia and China: partners or rivals?"),
        (
            .body,
            "Russia and China cooperate closely. However, their interests diverge in Central Asia. For example, China has built a base in Tajikistan."
        ),
        (.body, "Relations are souring fast. The reasons:"),
        (.listItem, "China dominates Central Asia. Russia resents this."),
        (.listItem, "Russian soft power is waning."),
        (.body, "To sum up, an alliance is highly improbable."),
        (.heading, "Trade"),
        (
            .body,
            "Trade grew fast because sanctions hit Russia. As a result, Russia depends on China. Although trade grew, it is one-sided."
        ),
    ])

    static var claims: [ExtractedClaim] {
        let d = document
        return [
            claim(d, 1), claim(d, 2), claim(d, 3), claim(d, 4),  // 0-3
            claim(d, 6), claim(d, 7), claim(d, 8),  // 4-6: list items
            claim(d, 9, role: .conclusion),  // 7
            claim(d, 11, upTo: "fast"), claim(d, 11, clause: "because"),  // 8, 9
            claim(d, 12),  // 10
            claim(d, 13, upTo: "grew"), claim(d, 13, clause: "it is"),  // 11, 12
        ]
    }

    @Test func sentencesAreAsExpected() {
        let d = Self.document
        #expect(d.sentenceText(5) == "The reasons:")
        #expect(d.sentenceText(10) == "Trade")
        #expect(d.text[Self.claims[9].span] == "because sanctions hit Russia.")
        #expect(d.text[Self.claims[11].span] == "Although trade grew")
    }

    @Test func linksFollowTheCues() throws {
        let links = try Self.linker().links(claims: Self.claims, in: Self.document)
        let expected: [ExtractedLink] =
            [
                ExtractedLink(fromClaim: 1, toClaim: 0, type: .attacks, cue: "However"),
                ExtractedLink(fromClaim: 2, toClaim: 1, type: .supports, cue: "For example"),
            ] + (0...6).map { ExtractedLink(fromClaim: $0, toClaim: 7, type: .supports, cue: "To sum up") } + [
                ExtractedLink(fromClaim: 9, toClaim: 8, type: .supports, cue: "because"),
                ExtractedLink(fromClaim: 9, toClaim: 10, type: .supports, cue: "As a result"),
                ExtractedLink(fromClaim: 12, toClaim: 11, type: .attacks, cue: "Although"),
                ExtractedLink(fromClaim: 4, toClaim: 3, type: .supports, cue: "The reasons:"),
                ExtractedLink(fromClaim: 6, toClaim: 3, type: .supports, cue: "The reasons:"),
            ]
        #expect(Set(links) == Set(expected))
        #expect(links.count == expected.count)
    }

    @Test func timeIsNoReasonAndSoNeedsItsComma() throws {
        let d = RelationTestSupport.document(paragraphs: [
            (
                .body,
                "Relations have failed. Since 2014, Russia has been strengthening ties with China. So China leads. So, the gap is obvious."
            )
        ])
        let claims = (0..<4).map { Self.claim(d, $0) }
        let links = try Self.linker().links(claims: claims, in: d)
        #expect(Set(links) == Set((0...2).map { ExtractedLink(fromClaim: $0, toClaim: 3, type: .supports, cue: "So,") }))
    }

    @Test func aConclusionClosesItsSection() throws {
        let d = RelationTestSupport.document(paragraphs: [
            (.body, "A holds. Thus, B holds. C holds. Therefore D holds.")
        ])
        let claims = (0..<4).map { Self.claim(d, $0) }
        let links = try Self.linker().links(claims: claims, in: d)
        #expect(
            Set(links) == [
                ExtractedLink(fromClaim: 0, toClaim: 1, type: .supports, cue: "Thus"),
                ExtractedLink(fromClaim: 2, toClaim: 3, type: .supports, cue: "Therefore"),
            ])
    }

    @Test func nothingCrossesAHeading() throws {
        let d = RelationTestSupport.document(paragraphs: [
            (.body, "A holds."), (.heading, "Next"), (.body, "However, B holds."),
        ])
        let claims = [Self.claim(d, 0), Self.claim(d, 2)]
        #expect(try Self.linker().links(claims: claims, in: d).isEmpty)
    }

    @Test func badRowsAreRefusedWithTheirLine() throws {
        let text = "cue\ttype\ttarget\tposition\nHowever\trefutes\tprevious\tstart\n"
        #expect(throws: LexiconError.self) {
            try LinkCueLexicon(table: TSVTable(name: "cues.tsv", text: text))
        }
    }
}
