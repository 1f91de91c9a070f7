import Domain
import Stemming

/// A proposition read from a question when none on record fits: the actors it names and its matter
/// words ("which sources consider a Chinese invasion of Taiwan unlikely": China, Taiwan; invasion).
///
/// `ask` answers it from the stored claims: the authors' (or speakers') estimates in sentences that
/// name every actor and a word of the matter's family. It says how it read the question, and the
/// command that saves it as a proposition (`argkb propositions add`), after which ingest and the
/// verdicts know it for good.
public struct AdHocProposition: Sendable, Equatable {
    /// Canonical actors, as the question names them.
    public var actors: [String]
    /// The matter's words, as written in the question (lower case).
    public var words: [String]
    /// Their Snowball stems, which FTS5 prefix queries find in sentences.
    public var stems: [String]
    /// Each word's close derivations' stems (`Derivations`: "invasion" → ["invad"]), which the
    /// search accepts in its place.
    public var derivedStems: [[String]] = []
    /// The actors in the order a sentence is tested for them: the least mentioned in the corpus
    /// first (`actor_totals`), so most sentences fail at the first test ("Taiwan" before "China").
    public var testOrder: [String] = []

    /// "China, Taiwan: invasion".
    public var reading: String {
        actors.joined(separator: ", ") + (words.isEmpty ? "" : ": " + words.joined(separator: " "))
    }

    /// A proposition id the question suggests ("china-taiwan-invasion").
    public var suggestedID: String {
        let parts =
            actors.map { $0.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-") } + words
        return parts.joined(separator: "-")
    }

    /// The command that saves the reading as a proposition.
    public var saveCommand: String {
        "argkb propositions add \(suggestedID) \"\(statement)\" --terms \"\(words.joined(separator: "|"))\""
            + (actors.isEmpty ? "" : " --actors \"\(actors.joined(separator: "|"))\"")
    }

    /// The proposition in words: its actors and matter words, in the question's order.
    public var statement: String {
        (actors + words).joined(separator: " ")
    }

    /// The FTS5 query for sentences of the matter: every word that is not a verb of the matter
    /// ("nuclear" AND "weapon" for "build a nuclear weapon": articles say "get the bomb" as often as
    /// "build"), each as a prefix of its stem so its family matches; the verbs, any of them, when
    /// the matter is only verbs ("will China invade": "invad"*). Nil when there are no matter words.
    /// A word's close derivations stand for it ("invasion" OR "invad"*).
    public var searchQuery: String? {
        func prefix(_ stem: String) -> String? {
            let letters = stem.filter { $0.isLetter || $0.isNumber }
            return letters.isEmpty ? nil : "\"" + letters + "\" *"
        }
        var terms: [(word: String, query: String)] = []
        for (index, word) in words.enumerated() {
            let family = ([stems[index]] + (index < derivedStems.count ? derivedStems[index] : [])).compactMap(prefix)
            guard !family.isEmpty else { continue }
            terms.append((word, family.count == 1 ? family[0] : "(" + family.joined(separator: " OR ") + ")"))
        }
        let nouns = terms.filter { !Self.matterVerbs.contains($0.word) }.map(\.query)
        if !nouns.isEmpty { return nouns.joined(separator: " AND ") }
        let verbs = terms.map(\.query)
        return verbs.isEmpty ? nil : verbs.joined(separator: " OR ")
    }

    /// Verbs that say what happens to a matter rather than what it is.
    static let matterVerbs = WordLists.builtIn.set(.matterVerbs)

    /// Words of a question that are its grammar, never its matter.
    static let grammar = WordLists.builtIn.set(.questionGrammar)

    /// The ad hoc reading of a question, when it names at least one actor and either a matter word
    /// or a second actor, and asks for an estimate, a side, or yes or no.
    ///
    /// - Parameter covered: the (index, length) of the words the question's vocabularies read
    ///   (actors, likelihood words...): the rest, less grammar, is the matter.
    static func read(words: [String], lower: [String], covered: [(index: Int, length: Int)], question: Question)
        -> AdHocProposition?
    {
        guard !question.actors.isEmpty, question.predicates.isEmpty, question.acceptability == nil else { return nil }
        let asksJudgement =
            question.likelihood != nil || question.polarity != nil || question.ordering != nil
            || ["is", "are", "will", "would", "could", "can", "does", "do"].contains(lower.first ?? "")
        guard asksJudgement else { return nil }
        var taken = Set<Int>()
        for mark in covered { taken.formUnion(mark.index..<(mark.index + mark.length)) }
        let matter = lower.indices.filter { index in
            !taken.contains(index) && !grammar.contains(lower[index]) && lower[index].count > 2 && Int(lower[index]) == nil
        }.map { lower[$0] }
        guard !matter.isEmpty || question.actors.count >= 2 else { return nil }
        let stemmer = SharedStemmer.english
        return AdHocProposition(
            actors: question.actors, words: matter, stems: matter.map { stemmer.stem($0) },
            derivedStems: matter.map { word in Derivations.english.related(to: word).map { stemmer.stem($0) } })
    }
}
