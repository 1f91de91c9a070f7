import Foundation
import Testing

@testable import Query

/// `QuestionParser.words` reads Unicode scalars; it splits text as the Character-by-Character
/// reading it replaced did (kept here as the reference), on the seeds' text and on hard cases.
@Suite struct WordSplittingTests {
    /// The earlier implementation, a Character at a time.
    static func referenceWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber
                || ((character == "-" || character == "'" || character == "’" || character == ".") && !current.isEmpty)
            {
                current.append(character == "’" ? "'" : character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { word in
            var trimmed = word
            while let last = trimmed.last,
                last == "-" || last == "'" || (last == "." && !(trimmed.count >= 4 && trimmed.filter { $0 == "." }.count >= 2))
            {
                trimmed.removeLast()
            }
            if trimmed.lowercased().hasSuffix("'s") { trimmed.removeLast(2) }
            return trimmed
        }.filter { !$0.isEmpty }
    }

    static let hardCases = [
        "Moscow's view", "Beijing'S", "the U.S. and the U.K.", "e.g. this", "café", "cafe\u{301} au lait",
        "naïve", "Xi Jinping’s speech", "a — b", "2021-22", "x² and Ⅻ", "٣ days", "日本 and 中国", "a--b", "'quoted'",
        "the end.", "S-400s", "--lead", "Kyiv...", "O'Neill's", "it's", "'s", "ŞANLIURFA Ğ", "ﬁne", "R&D", "",
        "   ", "3.5%", "No. 1", "Sino-", "résumé\u{301}",
    ]

    @Test(arguments: hardCases)
    func hardCasesSplitAsBefore(_ text: String) {
        #expect(QuestionParser.words(text) == Self.referenceWords(text), "\(text)")
    }

    @Test func theSeedsSplitAsBefore() throws {
        let folder = SeedDatabase.root.appendingPathComponent("data/sources")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(files.count >= 5)
        var words = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let split = QuestionParser.words(String(line))
                #expect(split == Self.referenceWords(String(line)), "\(file): \(line)")
                words += split.count
            }
        }
        #expect(words > 4000)
    }
}
