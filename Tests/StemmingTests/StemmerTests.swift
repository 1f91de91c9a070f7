import Foundation
import Stemming
import Testing

@Suite struct StemmerTests {
    /// The published vocabulary: every word of the sample gets the published stem.
    @Test func theStemmerGivesThePublishedStemsOfItsVocabulary() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("english-vocabulary.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        let stemmer = Stemmer()
        var wrong: [String] = []
        for line in lines {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 2 else { continue }
            if stemmer.stem(parts[0]) != parts[1] {
                wrong.append("\(parts[0]) → \(stemmer.stem(parts[0])), published \(parts[1])")
            }
        }
        #expect(lines.count == 1471)
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    /// The families a user writes a proposition's terms in.
    @Test(arguments: [
        (["invade", "invades", "invading", "invaded"], "invad"),
        (["invasion", "invasions"], "invas"),
        (["join", "joins", "joined", "joining"], "join"),
        (["ally", "allies", "allied"], "alli"),
        (["alliance", "alliances"], "allianc"),
        (["recession", "recessions"], "recess"),
        (["Member", "members"], "member"),
    ])
    func aWordFamilySharesItsStem(_ words: [String], _ stem: String) {
        let stemmer = Stemmer()
        #expect(words.map(stemmer.stem) == Array(repeating: stem, count: words.count))
    }

    @Test func aPhraseIsStemmedWordByWord() {
        #expect(Stemmer().stems(ofPhrase: "military alliances") == ["militari", "allianc"])
        #expect(Stemmer().stems(ofPhrase: "nuclear-armed") == ["nuclear", "arm"])
    }
}
