import Store

/// Reads a question in plain English into a `Question`, with a small grammar.
///
/// The question's words are matched, longest phrase first, against vocabularies: likelihood words
/// (built in, plus the estimative lexicon stored at ingest), sides, superlatives, proposition terms,
/// actor aliases, relation verbs, years, and a few function words. The question word and the
/// marks found then choose the target, and the words just before an actor give it a role:
/// "with China" (the other side of a relation), "in Central Asia" (a region), "does Putin say" (a
/// speaker), "about India" (a topic).
///
/// ```swift
/// let question = try QuestionParser(db: db).parse("which actors compete with China in Central Asia")
/// // target .relations, actors ["China"], predicates ["competes_with"], region "Central Asia"
/// ```
public struct QuestionParser {
    let vocabulary: DatabaseVocabulary
    let db: Database

    /// Loads the vocabulary that lives in the database (terms, aliases, estimative phrases).
    public init(db: Database) throws {
        vocabulary = try DatabaseVocabulary(db: db)
        self.db = db
    }

    /// One recognized phrase of the question.
    enum Mark: Equatable {
        case ordering(Question.Ordering)
        case likelihood(LikelihoodRange)
        case polarity(String)
        case proposition(String)
        case actor(String)
        case relation([String])
        case acceptability(String)
        case contradiction
        case mention
        case saying
        case sourceWord
        case reasonWord
        case actorWord
        case claimWord
        case quoted
        case year(Int)
    }

    /// Parses a question.
    /// - Throws: `QuestionError.notUnderstood` when no form fits.
    public func parse(_ text: String) throws -> Question {
        let words = Self.words(text)
        let lower = words.map { $0.lowercased() }
        guard !words.isEmpty else { throw QuestionError.notUnderstood(question: text, reason: "the question is empty") }
        let marks = mark(words: words, lower: lower)
        func has(_ test: (Mark) -> Bool) -> Bool { marks.contains { test($0.mark) } }
        func previous(_ index: Int) -> String { index > 0 ? lower[index - 1] : "" }

        var question = Question(target: .sources)
        var asks = (
            sources: false, reasons: false, saying: false, actors: false, claims: false,
            contradiction: false, mention: false
        )
        var years: [(Int, String)] = []
        for (index, mark, _) in marks {
            switch mark {
            case .ordering(let order): question.ordering = order
            case .likelihood(let range): question.likelihood = range
            case .polarity(let side): question.polarity = side
            case .proposition(let id): question.proposition = question.proposition ?? id
            case .relation(let predicates): question.predicates += predicates
            case .acceptability(let label): question.acceptability = label
            case .contradiction: asks.contradiction = true
            case .mention: asks.mention = true
            case .saying: asks.saying = true
            case .sourceWord: asks.sources = true
            case .reasonWord: asks.reasons = true
            case .actorWord: asks.actors = true
            case .claimWord: asks.claims = true
            case .quoted: question.quotedOnly = true
            case .year(let year):
                // Any year after a date word ("published in 1850", "since 1991"); a bare number
                // only in the range of the articles argkb reads ("1500 troops" is no year).
                let before = previous(index)
                if (1900...2100).contains(year) || ["in", "since", "from", "after", "before", "until", "of"].contains(before) {
                    years.append((year, before))
                }
            case .actor(let name):
                let before = previous(index)
                if ["in", "within", "across"].contains(before), vocabulary.kind(ofActor: name) == "region" {
                    question.region = name
                } else if ["does", "did", "do", "has", "have"].contains(before), question.speaker == nil {
                    question.speaker = name
                } else if !question.actors.contains(name) {
                    question.actors.append(name)
                }
            }
        }
        let spaced = " " + lower.joined(separator: " ") + " "
        question.noVerdict = OpenQuestionWords.noVerdictPhrases.contains { spaced.contains(" " + $0 + " ") }
        question.datedOnly = OpenQuestionWords.datedPhrases.contains { spaced.contains(" " + $0 + " ") }
        // The open reading first: a question with words no form reads goes to the open answerer,
        // and so does one no form fits at all.
        let open = try readOpen(text: text, words: words, lower: lower, marks: marks)
        let formTarget: Question.Target
        do {
            formTarget = try target(
                lower: lower, asks: asks, question: question,
                hasRelation: has {
                    if case .relation = $0 { return true } else { return false }
                }, text: text)
        } catch {
            guard open.answersAlone else { throw error }
            return Question(target: .open, open: open)
        }
        // A matter no proposition names, asked for a likelihood or a side, is an ad hoc proposition.
        let readsAdHoc =
            question.proposition == nil
            && AdHocProposition.read(words: words, lower: lower, covered: marks.map { ($0.index, $0.length) }, question: question)
                != nil
        if !question.noVerdict, !readsAdHoc, open.overrides(question, asksContradiction: asks.contradiction) {
            var sided = open
            sided.side = question.polarity
            return Question(target: .open, open: sided)
        }
        for (year, before) in years { applyYear(year, before: before, to: &question) }
        question.target = formTarget
        if question.target == .contradictions {
            question.sourceID = try vocabulary.source(
                named: words, after: lower.firstIndex { QuestionVocabulary.contradictionWords.contains($0) } ?? 0)
            if question.sourceID == nil {
                throw QuestionError.notUnderstood(
                    question: text,
                    reason: "it names no source argkb knows (give a slug from `argkb sources`, or words of a title)")
            }
        }
        if question.target != .contradictions {
            question.sourceID = try vocabulary.sourceBySlug(words)
        }
        // A question about a matter no proposition on record names: read the proposition from its
        // actors and matter words ("which sources consider a Chinese invasion of Taiwan unlikely").
        if question.proposition == nil {
            question.adHoc = AdHocProposition.read(
                words: words, lower: lower, covered: marks.map { ($0.index, $0.length) },
                question: question)
            if let actors = question.adHoc?.actors { question.adHoc?.testOrder = vocabulary.leastMentionedFirst(actors) }
            if question.adHoc != nil, [.mentioningSources, .claims].contains(question.target),
                question.likelihood != nil || question.polarity != nil
            {
                question.target = .sources
            }
        }
        // A question about verdicts that names no proposition means the corpus's only one, if there is one.
        let verdictTargets: [Question.Target] = [.sources, .count, .speakers, .reasons, .timeline, .summary, .contradictions]
        if question.proposition == nil, question.adHoc == nil, verdictTargets.contains(question.target),
            vocabulary.propositionIDs.count == 1,
            question.speaker == nil || question.likelihood != nil, !question.quotedOnly
        {
            question.proposition = vocabulary.propositionIDs.first
        }
        // "an alliance between Moscow and Beijing": the actors restate the proposition, not a filter.
        if let proposition = question.proposition, let involved = vocabulary.propositionActors[proposition] {
            question.actors.removeAll { involved.contains($0) }
        }
        question.authorOnly = question.target == .speakers && (lower.contains("authors") || lower.contains("author"))
        return question
    }

    /// Chooses what the answer lists, from the question word and the marks.
    private func target(
        lower: [String],
        asks: (
            sources: Bool, reasons: Bool, saying: Bool, actors: Bool, claims: Bool,
            contradiction: Bool, mention: Bool
        ),
        question: Question, hasRelation: Bool, text: String
    ) throws -> Question.Target {
        let first = lower.first ?? ""
        let actorCount = question.actors.count
        if question.noVerdict { return .sources }
        if Self.has(["how", "many"], in: lower) || lower.starts(with: ["how", "much"]) { return .count }
        if question.ordering != nil { return .sources }
        if question.acceptability != nil && (asks.claims || !asks.sources) { return .acceptability }
        if asks.contradiction && (asks.sources || asks.claims || first == "who") { return .contradictions }
        if hasRelation && (actorCount >= 1 || asks.actors) && !asks.reasons { return .relations }
        if asks.reasons { return .reasons }
        if first == "when" { return .timeline }
        if ["is", "are", "will", "would", "could", "can", "does", "do"].contains(first)
            && (question.proposition != nil || !question.actors.isEmpty && (question.likelihood != nil || lower.count > 3))
        {
            return .summary
        }
        if asks.mention && actorCount >= 1 { return .mentioningSources }
        if asks.actors && lower.contains("most") { return .actors }
        if first == "who" || question.quotedOnly || lower.starts(with: ["which", "speakers"])
            || lower.starts(with: ["which", "experts"])
        {
            return .speakers
        }
        if asks.sources && (question.proposition != nil || question.likelihood != nil || question.polarity != nil) {
            return .sources
        }
        if question.speaker != nil && asks.saying { return .claims }
        if actorCount >= 1 && asks.saying { return .claims }
        if asks.claims && (question.proposition != nil || actorCount >= 1) { return .claims }
        if question.proposition != nil && (question.likelihood != nil || question.polarity != nil) { return .sources }
        if asks.sources && actorCount >= 1 { return .mentioningSources }
        throw QuestionError.notUnderstood(question: text, reason: "no question form matches its words")
    }

    /// True when `sequence` stands in `words` as consecutive words.
    static func has(_ sequence: [String], in words: [String]) -> Bool {
        guard words.count >= sequence.count else { return false }
        return (0...(words.count - sequence.count)).contains { Array(words[$0..<($0 + sequence.count)]) == sequence }
    }

    /// "in 2021", "since 2021", "after 2020", "before 2021".
    private func applyYear(_ year: Int, before word: String, to question: inout Question) {
        switch word {
        case "after": question.publishedFrom = String(year + 1)
        case "since", "from": question.publishedFrom = String(year)
        case "before", "until": question.publishedBefore = String(year)
        default:
            question.publishedFrom = String(year)
            question.publishedBefore = String(year + 1)
        }
    }

    /// Finds the phrases of the question, longest first, left to right.
    func mark(words: [String], lower: [String]) -> [(index: Int, mark: Mark, length: Int)] {
        var marks: [(Int, Mark, Int)] = []
        var index = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(4, words.count - index), through: 1, by: -1) {
                let phrase = lower[index..<index + length].joined(separator: " ")
                let written = words[index..<index + length].joined(separator: " ")
                let negated = index > 0 && ["not", "no", "never", "hardly"].contains(lower[index - 1])
                // "claims" after a question word or a determiner is the noun ("which claims are
                // against"); after a name it is the verb ("what Putin claims").
                if length == 1, ["claims", "claim"].contains(phrase), index > 0,
                    ["which", "what", "the", "any", "all", "list", "show", "many", "whose"].contains(lower[index - 1])
                {
                    marks.append((index, .claimWord, 1))
                    matched = 1
                    break
                }
                if let mark = self.mark(phrase: phrase, written: written, single: length == 1, negated: negated) {
                    marks.append((index, mark, length))
                    matched = length
                    break
                }
            }
            index += max(matched, 1)
        }
        return marks
    }

    private func mark(phrase: String, written: String, single: Bool, negated: Bool) -> Mark? {
        if let order = QuestionVocabulary.orderingWords[phrase] { return .ordering(order) }
        if QuestionVocabulary.possibleWords.contains(phrase) {
            // Asked of a source, "possible" means not excluded: even chance or better.
            return .likelihood(
                negated
                    ? LikelihoodRange(lowestRank: 1, highestRank: 3, words: "not " + phrase)
                    : LikelihoodRange(lowestRank: 4, highestRank: 7, words: phrase))
        }
        if let rank = vocabulary.likelihoodPhrases[phrase] {
            return .likelihood(
                LikelihoodRange.implied(byRank: negated ? 8 - rank : rank, words: (negated ? "not " : "") + phrase))
        }
        if let label = QuestionVocabulary.acceptabilityWords[phrase] { return .acceptability(label) }
        if let id = vocabulary.propositionTerms[phrase] { return .proposition(id) }
        if let actor = vocabulary.actor(written: written, folded: phrase) { return .actor(actor) }
        if let predicates = QuestionVocabulary.relationWords[phrase] { return .relation(predicates) }
        if let side = QuestionVocabulary.polarityWords[phrase] { return .polarity(side) }
        guard single else { return nil }
        if QuestionVocabulary.contradictionWords.contains(phrase) { return .contradiction }
        if QuestionVocabulary.sourceWords.contains(phrase) { return .sourceWord }
        if QuestionVocabulary.reasonWords.contains(phrase) { return .reasonWord }
        if QuestionVocabulary.mentionWords.contains(phrase) { return .mention }
        if QuestionVocabulary.quotedWords.contains(phrase) { return .quoted }
        if QuestionVocabulary.sayingWords.contains(phrase) { return .saying }
        if ["actors", "actor", "countries", "country", "states", "powers", "players"].contains(phrase) { return .actorWord }
        if ["claims", "claim", "statements", "arguments", "assertions"].contains(phrase) { return .claimWord }
        if phrase.count == 4, let year = Int(phrase), (1000...2999).contains(year) { return .year(year) }
        return nil
    }

    /// The question's words as written: letters, digits, inner hyphens, apostrophes and dots; a
    /// possessive "'s" is dropped so "Moscow's" reads as "Moscow".
    ///
    /// The text is read a Unicode scalar at a time, not a Character at a time: open questions split
    /// every candidate sentence and its neighbours, and grapheme breaking was most of that time. A
    /// combining mark belongs to the letter or digit before it, as it would in its Character.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousIsWord = false
        for scalar in text.unicodeScalars {
            let isWord: Bool
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                isWord = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
            } else {
                let properties = scalar.properties
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark:
                    if previousIsWord { current.append(scalar) }
                    continue
                default:
                    isWord = properties.isAlphabetic || properties.numericType != nil
                }
            }
            previousIsWord = isWord
            if isWord {
                current.append(scalar)
            } else if !current.isEmpty, scalar == "-" || scalar == "'" || scalar == "’" || scalar == "." {
                current.append(scalar == "’" ? "'" : scalar)
            } else if !current.isEmpty {
                words.append(Self.trimmed(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(Self.trimmed(current)) }
        return words.filter { !$0.isEmpty }
    }

    /// A word without the hyphens, apostrophes and dots it ends with (a dotted abbreviation keeps
    /// its dot) and without a possessive "'s".
    private static func trimmed(_ word: String.UnicodeScalarView) -> String {
        var scalars = word
        while let last = scalars.last,
            last == "-" || last == "'" || (last == "." && !isDottedAbbreviation(String(scalars)))
        {
            scalars.removeLast()
        }
        if scalars.count >= 2, scalars.last == "s" || scalars.last == "S",
            scalars[scalars.index(before: scalars.index(before: scalars.endIndex))] == "'"
        {
            scalars.removeLast(2)
        }
        return String(scalars)
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
