import Foundation
import Store

/// The source a question names, and the words its name took: a quoted part of a title
/// ("in 'between partnership and competition'"), the words before a source noun that begin a title
/// ("the Question of the day piece"), or a month and year ("the December 2020 article").
struct SourceScope: Equatable, Sendable {
    let sourceID: Int
    /// Indexes of the question's words that name the source (not searched for).
    let words: Set<Int>

    /// The scope of a question, if it names exactly one source.
    static func find(text: String, lower: [String], db: Database) throws -> SourceScope? {
        if let quoted = try quotedTitle(text: text, lower: lower, db: db) { return quoted }
        if let dated = try datedSource(lower: lower, db: db) { return dated }
        return try titleBeforeNoun(lower: lower, db: db)
    }

    /// A quoted part of the question that is part of exactly one title.
    private static func quotedTitle(text: String, lower: [String], db: Database) throws -> SourceScope? {
        for quote in quotedParts(text) {
            let words = QuestionParser.words(quote).map { $0.lowercased() }
            guard words.count >= 2 else { continue }
            let rows = try db.rows(
                "SELECT id FROM sources WHERE instr(lower(coalesce(title, '') || ' ' || slug), ?) > 0 LIMIT 2",
                [quote.lowercased()])
            guard rows.count == 1, let id = rows[0].int("id") else { continue }
            return SourceScope(sourceID: id, words: span(of: words, in: lower))
        }
        return nil
    }

    /// "the December 2020 article": the one source published that month.
    private static func datedSource(lower: [String], db: Database) throws -> SourceScope? {
        for index in lower.indices.dropLast() {
            guard let month = OpenQuestionWords.months[lower[index]], let year = Int(lower[index + 1]),
                (1900...2100).contains(year)
            else { continue }
            let next = lower.dropFirst(index + 2).prefix(2)
            guard next.contains(where: OpenQuestionWords.sourceNouns.contains) else { continue }
            let prefix = String(format: "%04d-%02d", year, month)
            let rows = try db.rows("SELECT id FROM sources WHERE published LIKE ? || '%' LIMIT 2", [prefix])
            guard rows.count == 1, let id = rows[0].int("id") else { continue }
            var covered: Set<Int> = [index, index + 1]
            if index > 0, lower[index - 1] == "the" { covered.insert(index - 1) }
            return SourceScope(sourceID: id, words: covered)
        }
        return nil
    }

    /// "the SinoRussian Military Alliance piece": two or more words after "the" that begin exactly
    /// one title, followed by a source noun.
    private static func titleBeforeNoun(lower: [String], db: Database) throws -> SourceScope? {
        for (nounIndex, word) in lower.enumerated() where OpenQuestionWords.sourceNouns.contains(word) {
            // Every "the" up to eight words before the noun: "the Question of the day piece".
            for the in lower[max(0, nounIndex - 9)..<nounIndex].indices.reversed()
            where lower[the] == "the" && nounIndex - the >= 3 {
                let nameWords = lower[(the + 1)..<nounIndex]
                guard !nameWords.allSatisfy(OpenQuestionWords.notTitleWords.contains) else { continue }
                // A slug is found by its index ("the sino-russian-military-alliance source").
                if let id = try db.scalar("SELECT id FROM sources WHERE slug = ?", [nameWords.joined(separator: "-")])?.int {
                    return SourceScope(sourceID: id, words: Set(the...nounIndex))
                }
                let name = nameWords.joined(separator: " ")
                let rows = try db.rows(
                    """
                    SELECT id FROM sources
                    WHERE lower(replace(replace(coalesce(title, slug), ':', ''), '''', '')) LIKE ? || '%' LIMIT 2
                    """, [name.replacingOccurrences(of: "'", with: "")])
                guard rows.count == 1, let id = rows[0].int("id") else { continue }
                return SourceScope(sourceID: id, words: Set(the...nounIndex))
            }
        }
        return nil
    }

    /// The parts of a text between matching quotes ('…', "…", ‘…’, “…”), apostrophes inside words left alone.
    static func quotedParts(_ text: String) -> [String] {
        let characters = Array(text)
        let pairs: [Character: Character] = ["'": "'", "\"": "\"", "‘": "’", "“": "”"]
        var parts: [String] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsWord = index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            if let close = pairs[character], startsWord {
                var end = index + 1
                while end < characters.count {
                    let isEnd =
                        characters[end] == close
                        && (end + 1 == characters.count || !(characters[end + 1].isLetter || characters[end + 1].isNumber))
                    if isEnd { break }
                    end += 1
                }
                if end < characters.count, end > index + 1 {
                    parts.append(String(characters[(index + 1)..<end]))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return parts
    }

    /// The indexes of `words` as a run inside `lower` (empty when they are not there).
    private static func span(of words: [String], in lower: [String]) -> Set<Int> {
        guard !words.isEmpty, words.count <= lower.count else { return [] }
        for start in 0...(lower.count - words.count) where Array(lower[start..<(start + words.count)]) == words {
            return Set(start..<(start + words.count))
        }
        return []
    }
}
