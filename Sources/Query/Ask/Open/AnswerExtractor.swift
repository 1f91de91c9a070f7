import Domain
import Foundation
import Store

/// One answer pulled out of a sentence.
struct ExtractedAnswer: Sendable {
    let answer: String
    let sentence: RankedSentence
}

/// Pulls the answer an open question's type asks for out of the sentences that answer it: the
/// persons and actors the sentences mention (the ingest's mentions, candidate names and quoted
/// speakers), the dates and years they give, the numbers they state.
struct AnswerExtractor {
    let db: Database

    /// The answers of `open`'s type in `sentences` (best first), each once, in the order found.
    func answers(_ open: OpenQuestion, from sentences: [RankedSentence]) throws -> [ExtractedAnswer] {
        var found: [ExtractedAnswer] = []
        var seen = Set<String>(open.actors.map { $0.lowercased() })
        seen.formUnion(open.terms)
        func add(_ answer: String, _ sentence: RankedSentence) {
            let key = answer.lowercased()
            guard !answer.isEmpty, seen.insert(key).inserted else { return }
            found.append(ExtractedAnswer(answer: answer, sentence: sentence))
        }
        for sentence in sentences {
            switch open.answerType {
            case .person:
                var names = try persons(in: sentence.sentenceID, nationality: open.nationality?.code, experts: open.wantsExperts)
                // A view reported over several sentences names its holder once, before: "Alexander
                // Gabuyev ... discusses ..." then "in 10-15 years Beijing will ...".
                if names.isEmpty, let earlier = try personNamedBefore(sentence, experts: open.wantsExperts) { names = [earlier] }
                for name in names { add(name, sentence) }
            case .actor(let kinds, let place):
                for name in try actors(in: sentence.sentenceID, kinds: kinds) { add(name, sentence) }
                if place { for name in Self.places(in: sentence.text) { add(name, sentence) } }
            case .date:
                // "Since when": the date after "since", in the sentence or the one that follows it
                // ("... refusal to establish allied relations". "This has been so since the 1980s").
                let next = try following(sentence)
                if open.asksSince {
                    for (text, holder) in [(sentence.text, sentence), (next?.text ?? "", next ?? sentence)] {
                        for date in Self.dates(in: text, after: "since") { add(date, holder) }
                    }
                }
                for date in Self.dates(in: sentence.text) { add(date, sentence) }
            case .number:
                for number in Self.numbers(in: sentence.text) { add(number, sentence) }
            case .sources, .phrase:
                break
            }
        }
        return found
    }

    /// Every person of a nationality a source mentions ("which American presidents does the piece
    /// bring into the discussion"), in the order of their first mention.
    func persons(inSource source: Int, nationality code: String) throws -> [(name: String, sentence: Int)] {
        try db.rows(
            """
            SELECT a.name, m.sentence_id, min(m.start) FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            WHERE \(MentionSQL.ofSource("?1")) AND a.kind = 'person' AND a.country_code = ?2
            GROUP BY a.id ORDER BY min(m.start)
            """, [source, code]
        ).compactMap { row in
            row.string("name").map { ($0, row.int("sentence_id") ?? 0) }
        }
    }

    /// The persons a sentence names: gazetteer persons, names the candidate finder took for
    /// persons, and the speakers its claims quote.
    /// - Parameter experts: only names the gazetteer does not hold (its persons are officials).
    private func persons(in sentence: Int, nationality: String?, experts: Bool) throws -> [String] {
        var names = try db.rows(
            """
            SELECT a.name, a.country_code FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            WHERE m.sentence_id = ? AND a.kind = 'person' AND (?2 = 0 OR a.method = 'candidate') ORDER BY m.start
            """, [sentence, experts]
        ).filter { nationality == nil || $0.string("country_code") == nationality }.compactMap { $0.string("name") }
        guard nationality == nil else { return names }
        names += try db.rows(
            """
            SELECT name FROM entity_candidates WHERE sentence_id = ? AND kind_guess = 'person' ORDER BY start
            """, [sentence]
        ).compactMap { $0.string("name") }
        names += try db.rows(
            """
            SELECT DISTINCT speaker_name FROM claims
            WHERE sentence_id = ? AND speaker_name IS NOT NULL AND speaker_name <> 'unnamed' AND speaker_actor_id IS NULL
            """, [sentence]
        ).compactMap { $0.string("speaker_name") }.filter(Self.isProperName)
        return names
    }

    /// True for a name as written ("Neil Thomas"), not a description ("the expert").
    static func isProperName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// Sentences back that a reported view's holder may be named in.
    static let lookBack = 12

    /// The last person the source names in the `lookBack` sentences before `sentence`: a gazetteer
    /// person or a name the candidate finder took for one. An analyst the question asks for may
    /// be named anywhere before (an article that reports one expert's view names them once).
    private func personNamedBefore(_ sentence: RankedSentence, experts: Bool) throws -> String? {
        let rows = try db.rows(
            """
            SELECT name, sentence_id, start FROM (
                SELECT a.name, m.sentence_id, m.start FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
                WHERE \(MentionSQL.ofSource("?1")) AND a.kind = 'person' AND m.sentence_id < ?2
                  AND (?3 = 1 OR m.sentence_id >= ?2 - \(Self.lookBack))
                  AND (?3 = 0 OR a.method = 'candidate')
                UNION ALL
                SELECT name, sentence_id, start FROM entity_candidates
                WHERE source_id = ?1 AND kind_guess = 'person' AND sentence_id < ?2 AND (?3 = 1 OR sentence_id >= ?2 - \(Self.lookBack)))
            ORDER BY sentence_id DESC, start DESC LIMIT 1
            """, [sentence.sourceID, sentence.sentenceID, experts])
        return rows.first?.string("name")
    }

    /// The sentence after `sentence` in its source.
    private func following(_ sentence: RankedSentence) throws -> RankedSentence? {
        guard
            let row = try db.rows(
                "SELECT id, start, text FROM sentences WHERE id = ? AND source_id = ?",
                [sentence.sentenceID + 1, sentence.sourceID]
            ).first,
            let text = row.string("text")
        else { return nil }
        return RankedSentence(
            sentenceID: sentence.sentenceID + 1, sourceID: sentence.sourceID,
            start: row.int("start") ?? 0, text: text, score: sentence.score)
    }

    /// The actors of some kinds a sentence names, and the names the candidate finder guessed of
    /// those kinds.
    private func actors(in sentence: Int, kinds: [ActorKind]) throws -> [String] {
        let kindList = kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var names = try db.rows(
            """
            SELECT a.name FROM mentions AS m JOIN actors AS a ON a.id = m.actor_id
            WHERE m.sentence_id = ? AND a.kind IN (\(kindList)) ORDER BY m.start
            """, [sentence]
        ).compactMap { $0.string("name") }
        let guesses = kinds.flatMap(Self.candidateKinds).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        if !guesses.isEmpty {
            names += try db.rows(
                "SELECT name FROM entity_candidates WHERE sentence_id = ? AND kind_guess IN (\(guesses)) ORDER BY start",
                [sentence]
            ).compactMap { $0.string("name") }
        }
        return names
    }

    /// The candidate finder's guesses that can be an actor of a kind.
    private static func candidateKinds(_ kind: ActorKind) -> [CandidateKind] {
        switch kind {
        case .state: return [.state]
        case .region: return [.place]
        case .organization, .bloc, .initiative: return [.organization]
        case .company: return [.organization]
        case .media: return [.media]
        case .person: return [.person]
        }
    }

    /// Names of places after "in" or "in the" ("in the Baltic", "in the South China Sea").
    static func places(in text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "." || $0 == "(" || $0 == ")" })
            .map(String.init)
        var places: [String] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard ["in", "near", "across", "over"].contains(words[index].lowercased()) else { continue }
            var start = index + 1
            if start < words.count, words[start].lowercased() == "the" { start += 1 }
            var end = start
            // Capitalized words, and "of" between two ("Sea of Japan").
            while end < words.count, let first = words[end].first,
                first.isUppercase
                    || (words[end] == "of" && end > start && end + 1 < words.count && words[end + 1].first?.isUppercase == true)
            {
                end += 1
            }
            if end > start { places.append(words[start..<end].joined(separator: " ")) }
        }
        return places
    }

    /// Years and decades a sentence gives ("2014", "the 1980s"); with `after`, only those within
    /// three words after that word ("since the 1980s").
    static func dates(in text: String, after marker: String? = nil) -> [String] {
        var dates: [String] = []
        let words = QuestionParser.words(text)
        for (index, word) in words.enumerated() {
            if let marker, !words[max(0, index - 3)..<index].contains(where: { $0.lowercased() == marker }) { continue }
            let digits = word.prefix { $0.isNumber }
            guard digits.count == 4, let year = Int(digits), (1000...2100).contains(year) else { continue }
            let rest = word.dropFirst(4)
            if rest.isEmpty || rest == "s" || rest == "'s" { dates.append(String(word)) }
        }
        return dates
    }

    /// Numbers a sentence states, years left out ("37 times", "10 to 15 years": 37, 10, 15).
    static func numbers(in text: String) -> [String] {
        QuestionParser.words(text).filter { word in
            guard let first = word.first, first.isNumber else { return false }
            let digits = word.filter(\.isNumber)
            if digits.count == 4, let value = Int(digits), (1900...2100).contains(value), word.count == 4 { return false }
            return word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" }
        }
    }
}
