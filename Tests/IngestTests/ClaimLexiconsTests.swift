import Foundation
import Testing
@testable import Ingest

@Suite struct ClaimLexiconsTests {
    @Test func folderLoads() {
        let lexicons = ClaimFixture.lexicons
        #expect(lexicons.estimative.entries.count >= 80)
        #expect(lexicons.attribution.patterns.count >= 80)
        #expect(lexicons.propositions.count >= 1)
    }

    /// The shipped discourse.tsv and the built-in copy used when no file is given stay equal.
    @Test(arguments: [
        ("attribution.tsv", "pattern\tkind\nsaid\tchatter\n"),
        ("attribution.tsv", "pattern\n{S}\n"),
        ("discourse.tsv", "phrase\tkind\nthus\tverdict\n"),
    ])
    func malformedRowsAreLexiconErrors(_ file: String, _ text: String) {
        #expect(throws: LexiconError.self) {
            let table = try TSVTable(name: file, text: text)
            if file == "attribution.tsv" { _ = try AttributionLexicon(table: table) } else { _ = try DiscourseLexicon(table: table) }
        }
    }

    @Test func missingFolderIsALexiconError() {
        #expect(throws: LexiconError.self) {
            try ClaimLexicons(folder: URL(fileURLWithPath: "/nonexistent/lexicon"))
        }
    }
}
