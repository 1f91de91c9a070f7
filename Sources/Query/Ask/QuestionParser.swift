import Store

/// Reads a question in plain English into a `Question`, with a small grammar:
/// question words (which, who, what, how many) choose the target, and phrases name filters —
/// likelihood words (built in, plus the estimative lexicon), sides, superlatives, proposition terms
/// and actor aliases. Phrases are matched longest first over the question's words.
///
/// ```swift
/// let question = try QuestionParser(db: db).parse("which sources call an alliance improbable")
/// // target .sources, proposition "ru-cn-military-alliance", likelihood ranks 1...3
/// ```
public struct QuestionParser {
    private let likelihoodPhrases: [String: Int]
    private let propositionTerms: [String: String]
    private let propositionIDs: [String]
    private let propositionActors: [String: Set<String>]
    private let aliases: [String: String]
    private let caseSensitiveAliases: [String: String]

    /// Loads the vocabulary that lives in the database (terms, aliases, estimative phrases).
    public init(db: Database) throws {
        var ranks: [String: Int] = [:]
        try db.prepare("SELECT term, rank FROM likelihood_scale").forEach { ranks[$0.string(at: 0) ?? ""] = $0.int(at: 1) }
        var phrases: [String: Int] = [:]
        try db.prepare("SELECT phrase, term FROM likelihood_phrases").forEach { row in
            if let phrase = row.string(at: 0), let rank = ranks[row.string(at: 1) ?? ""] { phrases[phrase.lowercased()] = rank }
        }
        for (word, term) in QuestionVocabulary.likelihoodWords { phrases[word] = ranks[term] }
        likelihoodPhrases = phrases

        var terms: [String: String] = [:]
        var ids: [String] = []
        var involved: [String: Set<String>] = [:]
        try db.prepare("SELECT id, terms, actors FROM propositions ORDER BY id").forEach { row in
            let id = row.string(at: 0) ?? ""
            ids.append(id)
            involved[id] = Set((row.string(at: 2) ?? "").split(separator: "|").map(String.init))
            for term in (row.string(at: 1) ?? "").split(separator: "|") {
                let folded = term.trimmingCharacters(in: .whitespaces).lowercased()
                if !folded.isEmpty && terms[folded] == nil { terms[folded] = id }
            }
        }
        propositionTerms = terms
        propositionIDs = ids
        propositionActors = involved

        var folded: [String: String] = [:]
        var exact: [String: String] = [:]
        try db.prepare("""
            SELECT l.alias, a.name FROM actor_aliases AS l JOIN actors AS a ON a.id = l.actor_id
            UNION SELECT name, name FROM actors
            """).forEach { row in
            guard let alias = row.string(at: 0), let name = row.string(at: 1) else { return }
            // Short aliases (US, UK, EU) only as written, so "us" and "eu" in a question are words.
            if alias.count <= 3 { exact[alias] = name } else { folded[alias.lowercased()] = folded[alias.lowercased()] ?? name }
        }
        aliases = folded
        caseSensitiveAliases = exact
    }

    /// Parses a question.
    /// - Throws: `QuestionError.notUnderstood` with the words it could not place.
    public func parse(_ text: String) throws -> Question {
        let words = Self.words(text)
        let lower = words.map { $0.lowercased() }
        guard !words.isEmpty else { throw QuestionError.notUnderstood(question: text, reason: "the question is empty") }

        var likelihood: LikelihoodRange?
        var polarity: String?
        var ordering: Question.Ordering?
        var proposition: String?
        var actors: [String] = []
        var asksSources = false
        var asksReasons = false
        var asksWhatIsSaid = false
        var index = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(4, words.count - index), through: 1, by: -1) {
                let phrase = lower[index..<index + length].joined(separator: " ")
                let written = words[index..<index + length].joined(separator: " ")
                let negated = index > 0 && ["not", "no", "never", "hardly"].contains(lower[index - 1])
                if let order = QuestionVocabulary.orderingWords[phrase] {
                    ordering = order
                } else if QuestionVocabulary.possibleWords.contains(phrase) {
                    // Asked of a source, "possible" means not excluded: even chance or better.
                    likelihood = negated ? LikelihoodRange(lowestRank: 1, highestRank: 3, words: "not " + phrase)
                        : LikelihoodRange(lowestRank: 4, highestRank: 7, words: phrase)
                } else if let rank = likelihoodPhrases[phrase] {
                    likelihood = LikelihoodRange.implied(byRank: negated ? 8 - rank : rank, words: (negated ? "not " : "") + phrase)
                } else if let side = QuestionVocabulary.polarityWords[phrase] {
                    polarity = side
                } else if let id = propositionTerms[phrase] {
                    proposition = proposition ?? id
                } else if let actor = caseSensitiveAliases[written] ?? (length > 0 && phrase.count > 3 ? aliases[phrase] : nil) {
                    if !actors.contains(actor) { actors.append(actor) }
                } else if length == 1 && QuestionVocabulary.sourceWords.contains(phrase) {
                    asksSources = true
                } else if length == 1 && QuestionVocabulary.reasonWords.contains(phrase) {
                    asksReasons = true
                } else if length == 1 && QuestionVocabulary.sayingWords.contains(phrase) {
                    asksWhatIsSaid = true
                } else {
                    continue
                }
                matched = length
                break
            }
            index += max(matched, 1)
        }

        let target: Question.Target
        if lower.starts(with: ["how", "many"]) || lower.starts(with: ["how", "much"]) {
            target = .count
        } else if ordering != nil {
            target = .sources
        } else if asksReasons {
            target = .reasons
        } else if lower.first == "who" || lower.starts(with: ["which", "speakers"]) || lower.starts(with: ["which", "experts"]) {
            target = .speakers
        } else if asksSources {
            target = .sources
        } else if !actors.isEmpty && proposition == nil && asksWhatIsSaid {
            target = .claims
        } else if proposition != nil && (likelihood != nil || polarity != nil) {
            target = .sources
        } else {
            throw QuestionError.notUnderstood(question: text, reason: "no question form matches its words")
        }

        // A question about verdicts that names no proposition means the corpus's only one, if there is one.
        if proposition == nil, target != .claims, propositionIDs.count == 1 {
            proposition = propositionIDs.first
        }
        // "an alliance between Moscow and Beijing": the actors restate the proposition, not a filter.
        if let proposition, let involved = propositionActors[proposition] {
            actors.removeAll { involved.contains($0) }
        }
        let authorOnly = lower.contains("authors") || lower.contains("author")
        return Question(target: target, proposition: proposition, likelihood: likelihood, polarity: polarity,
                        actors: actors, ordering: ordering, authorOnly: authorOnly && target == .speakers)
    }

    /// The question's words as written: letters, digits, inner hyphens and apostrophes; a
    /// possessive "'s" is dropped so "Moscow's" reads as "Moscow".
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || ((character == "-" || character == "'" || character == "’" || character == ".") && !current.isEmpty) {
                current.append(character == "’" ? "'" : character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.map { word in
            var trimmed = word
            while let last = trimmed.last, last == "-" || last == "'" || last == "." && !Self.isDottedAbbreviation(trimmed) {
                trimmed.removeLast()
            }
            if trimmed.lowercased().hasSuffix("'s") { trimmed.removeLast(2) }
            return trimmed
        }.filter { !$0.isEmpty }
    }

    /// "U.S." keeps its final dot.
    private static func isDottedAbbreviation(_ word: String) -> Bool {
        word.count >= 4 && word.filter { $0 == "." }.count >= 2
    }
}

/// A question `ask` could not read.
public enum QuestionError: Error, CustomStringConvertible, Equatable {
    case notUnderstood(question: String, reason: String)

    public var description: String {
        switch self {
        case .notUnderstood(let question, let reason):
            return "could not understand \"\(question)\": \(reason)"
        }
    }
}
