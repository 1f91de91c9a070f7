import Domain

/// What an open question asks for, read from its question word and the noun after it, as
/// open-domain question answering does (the "expected answer type" of AskMSR and its successors):
/// "who" a person, "which country" a state, "since when" a date, "how many times" a number.
///
/// ```swift
/// AnswerType.read(["which", "expert", "expects", ...])   // .person
/// AnswerType.read(["since", "what", "year", ...])        // .date
/// ```
enum AnswerType: Equatable, Sendable {
    /// A person: "who", "whose", "which expert", "which American presidents".
    case person
    /// Actors of some kinds: "which country" (states), "which alliance" (blocs, organisations),
    /// "what news outlet" (media); `place` for "where" (regions and states, or a place named in
    /// the sentence).
    case actor(kinds: [ActorKind], place: Bool)
    /// A date or a year: "when", "since when", "in which year".
    case date
    /// A number: "how many times", "how much".
    case number
    /// Sources: "which article", "which pieces".
    case sources
    /// A phrase the sentence gives: "what yardstick", "how does Russia handle China".
    case phrase

    /// The answer type of a question's lower-case words.
    static func read(_ lower: [String]) -> AnswerType {
        let text = " " + lower.joined(separator: " ") + " "
        if text.contains(" since when ") || text.contains(" what year ") || text.contains(" which year ")
            || lower.first == "when"
        {
            return .date
        }
        if text.contains(" how many ") || text.contains(" how much ") || text.contains(" how often ") {
            if let index = lower.firstIndex(of: "many"), index + 1 < lower.count,
                OpenQuestionWords.sourceNouns.contains(lower[index + 1])
            {
                return .sources
            }
            return .number
        }
        if lower.first == "where" || text.contains(" where ") && !text.contains(" where is the ") {
            return .actor(kinds: [.region, .state], place: true)
        }
        if ["who", "whom", "whose"].contains(lower.first ?? "") || text.contains(" who ") || text.contains(" whose ") {
            return .person
        }
        // "which Central Asian state", "what news outlet": the first noun of a kind after the question word.
        if let start = lower.firstIndex(where: { $0 == "which" || $0 == "what" }) {
            for word in lower[(start + 1)...].prefix(4) {
                if OpenQuestionWords.personNouns.contains(word) { return .person }
                if OpenQuestionWords.sourceNouns.contains(word) { return .sources }
                if let kinds = OpenQuestionWords.actorNouns[word] { return .actor(kinds: kinds, place: false) }
            }
        }
        return .phrase
    }
}
