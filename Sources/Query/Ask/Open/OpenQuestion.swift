/// A question no form of `ask` reads whole, read for the open answerer: what kind of answer it
/// wants, the words to look for, the actors it names, and the source it is about.
///
/// ```swift
/// // "Since when have Moscow and Beijing kept to the principle of not becoming formal allies,
/// //  according to the Question of the day piece?"
/// // answerType .date, terms [kept, principle, becoming, formal, allies],
/// // actors [Russia, China], sourceID (the Question of the day piece)
/// ```
struct OpenQuestion: Sendable, Equatable {
    var answerType: AnswerType
    /// Content words, lower case, in the question's order: what the sentences are searched for.
    var terms: [String]
    /// The content words no form's vocabulary reads (a subset of `terms`): what only the open
    /// answerer can use.
    var unread: [String]
    /// Actors the question names (canonical names), found in sentences by their mentions.
    var actors: [String]
    /// "American presidents": the country code the persons of the answer have, and its name.
    var nationality: (code: String, name: String)?
    /// The source the question names, when it names one.
    var sourceID: Int?
    /// True when the question says "sources" or "articles" outside the name of one source.
    var asksOfSources = false
    /// True for "since when", "since what year": the answer is the date after "since".
    var asksSince = false
    /// True when the question asks for sentences that state a number ("put a number on", "figures").
    var asksForQuantity = false
    /// True when the persons asked for are analysts ("which expert"), not officials.
    var wantsExperts = false
    /// The side the question asks about ("pushes back on the idea that ..."): sentences whose
    /// claims take it count more.
    var side: String?
    /// Terms that are alternatives of one another ("migration, settlement or demographic"), each
    /// group searched as one; terms in no list are groups of one.
    var alternatives: [[String]] = []

    /// The terms as search groups: alternatives together, every other term alone.
    var termGroups: [[String]] {
        let grouped = Set(alternatives.joined())
        return alternatives + terms.filter { !grouped.contains($0) }.map { [$0] }
    }

    static func == (lhs: OpenQuestion, rhs: OpenQuestion) -> Bool {
        lhs.answerType == rhs.answerType && lhs.terms == rhs.terms && lhs.unread == rhs.unread
            && lhs.actors == rhs.actors && lhs.nationality?.code == rhs.nationality?.code && lhs.sourceID == rhs.sourceID
    }

    /// How the question was read, for stderr and `--explain`.
    var reading: String {
        var parts = ["an open question asking for \(answerType.words)"]
        if !terms.isEmpty { parts.append("searching sentences for " + terms.joined(separator: ", ")) }
        if !actors.isEmpty { parts.append("naming " + actors.joined(separator: " and ")) }
        if let nationality { parts.append("of \(nationality.name)") }
        if let sourceID { parts.append("in source \(sourceID)") }
        return parts.joined(separator: ", ")
    }

    /// True when the open answerer, not the form the parser chose, answers the question.
    ///
    /// A form wins when the question is one of the judgements forms are made for (a superlative, a
    /// contradiction, a likelihood or side of a proposition asked of sources or speakers); the open
    /// answerer wins when the question has content words no form reads (two, or one when it asks for
    /// a date, a number, a person or an actor, which no form returns).
    func overrides(_ question: Question, asksContradiction: Bool) -> Bool {
        if question.ordering != nil || asksContradiction { return false }
        // A likelihood of the proposition asked of sources or speakers is a verdict question; a
        // side alone is one too, unless the question says more than the form reads ("pushes back
        // on the idea that the renewed treaty amounts to an alliance").
        if question.proposition != nil, question.likelihood != nil || (question.polarity != nil && unread.count <= 2) {
            switch answerType {
            case .sources, .phrase, .number: return false
            case .person where question.likelihood != nil: return false
            case .date where asksOfSources: return false
            default: break
            }
        }
        return unread.count >= 2 || (unread.count == 1 && answerType.isExtracted)
    }

    /// True when the open answerer can answer a question no form reads.
    var answersAlone: Bool { !terms.isEmpty || !actors.isEmpty }
}

extension AnswerType {
    /// True for the types whose answers are pulled out of sentences (not the sentences themselves).
    var isExtracted: Bool {
        switch self {
        case .person, .actor, .date, .number: return true
        case .sources, .phrase: return false
        }
    }

    /// The type in words.
    var words: String {
        switch self {
        case .person: return "a person"
        case .actor(let kinds, let place): return place ? "a place" : kinds.map(\.rawValue).joined(separator: " or ")
        case .date: return "a date"
        case .number: return "a number"
        case .sources: return "sources"
        case .phrase: return "what the sentences say"
        }
    }
}
