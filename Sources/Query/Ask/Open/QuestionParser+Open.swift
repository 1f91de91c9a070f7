import Foundation
import Stemming

extension QuestionParser {
    /// The open reading of a question: its answer type, content words, actors and scope.
    ///
    /// - Parameter marks: the phrases the form vocabularies read (their words are not `unread`).
    func readOpen(
        text: String, words: [String], lower: [String],
        marks: [(index: Int, mark: Mark, length: Int)]
    ) throws -> OpenQuestion {
        let answerType = AnswerType.read(lower)
        let scope = try SourceScope.find(text: text, lower: lower, db: db)
        var covered = Set<Int>()
        var actorAt: [Int: (name: String, length: Int)] = [:]
        for (index, mark, length) in marks {
            switch mark {
            case .actor(let name): actorAt[index] = (name, length)
            // Proposition terms and relation words are content too: searched for, but read by a form.
            default: break
            }
            covered.formUnion(index..<(index + length))
        }
        var scopeWords = scope?.words ?? []
        // Phrases the forms read as filters ("that carry a publication date", "makes no prediction").
        for phrase in OpenQuestionWords.datedPhrases + OpenQuestionWords.noVerdictPhrases {
            let parts = phrase.split(separator: " ").map(String.init)
            for start in lower.indices
            where start + parts.count <= lower.count && Array(lower[start..<(start + parts.count)]) == parts {
                scopeWords.formUnion(start..<(start + parts.count))
            }
        }
        var terms: [String] = []
        var unread: [String] = []
        var actors: [String] = []
        var nationality: (code: String, name: String)?
        var index = 0
        while index < lower.count {
            defer { index += 1 }
            guard !scopeWords.contains(index) else { continue }
            if let actor = actorAt[index] {
                let next = index + actor.length
                // "American presidents", "Chinese experts": the persons' country, not a word to find.
                if answerType == .person, next < lower.count, OpenQuestionWords.personNouns.contains(lower[next]),
                    let code = try db.scalar("SELECT country_code FROM actors WHERE name = ?", [actor.name])?.string
                {
                    nationality = (code, actor.name)
                } else if !actors.contains(actor.name) {
                    actors.append(actor.name)
                }
                index = next - 1
                continue
            }
            let word = lower[index]
            guard Self.isContent(word) else { continue }
            terms.append(word)
            if !covered.contains(index) { unread.append(word) }
        }
        var open = OpenQuestion(
            answerType: answerType, terms: terms, unread: unread, actors: actors,
            nationality: nationality, sourceID: scope?.sourceID)
        open.asksOfSources = lower.indices.contains {
            !scopeWords.contains($0) && OpenQuestionWords.sourceNouns.contains(lower[$0])
        }
        open.asksSince = answerType == .date && lower.prefix(2).contains("since")
        open.wantsExperts = answerType == .person && lower.contains(where: OpenQuestionWords.expertNouns.contains)
        open.asksForQuantity = lower.contains(where: OpenQuestionWords.quantityNouns.contains) && answerType != .number
        open.alternatives = Self.alternatives(in: text).map { $0.filter(terms.contains) }.filter { $0.count >= 2 }
        return open
    }

    /// The lists of alternatives of a question's text: the words before "or" joined by commas, and
    /// the word after it ("migration, settlement or demographic expansion").
    static func alternatives(in text: String) -> [[String]] {
        var lists: [[String]] = []
        for part in text.lowercased().split(separator: ";") {
            let pieces = part.components(separatedBy: " or ")
            guard pieces.count >= 2 else { continue }
            for index in 1..<pieces.count {
                let before = pieces[index - 1].split(separator: ",").map { $0.split(separator: " ").last.map(String.init) ?? "" }
                let after = pieces[index].split(separator: " ").first.map(String.init) ?? ""
                let items = (before.suffix(before.count > 1 ? before.count : 1) + [after])
                    .map { $0.trimmingCharacters(in: .punctuationCharacters) }.filter { !$0.isEmpty }
                lists.append(items)
            }
        }
        return lists
    }

    /// A word worth searching for: not grammar, not a noun that names the answer's kind, and of
    /// three letters or more (or a number).
    static func isContent(_ word: String) -> Bool {
        if OpenQuestionWords.stop.contains(word) || OpenQuestionWords.personNouns.contains(word)
            || OpenQuestionWords.sourceNouns.contains(word) || OpenQuestionWords.actorNouns[word] != nil
        {
            return false
        }
        return word.count >= 3 || Int(word) != nil
    }
}
