import Domain

/// The words an open question is read with (`data/lexicon/grammar/words.tsv`): its grammar (never
/// content), the nouns that say what kind of answer it wants, and the words that scope it.
enum OpenQuestionWords {
    private static let words = WordLists.builtIn

    /// Function words, question words and words about sources: never searched for.
    static let stop = words.set(.openQuestionStop)

    /// Nouns that ask for a person ("which expert").
    static let personNouns = words.set(.answerPersonNouns)

    /// The person nouns of analysts ("expert", "analyst"): their answers are names the candidate
    /// finder found, not the gazetteer's officials.
    static let expertNouns = Set(words.values(.answerPersonNouns).filter { $0.value == "expert" }.keys)

    /// Nouns that ask for sources ("which article").
    static let sourceNouns = words.set(.answerSourceNouns)
    /// Words of the question's own grammar that no title is looked up by: "the most skeptical
    /// source" asks for a verdict, it does not name a source (a title lookup reads every source).
    static let notTitleWords: Set<String> =
        stop.union(words.set(.questionPolarityWords))
        .union(words.ordered(.questionOrderingWords).flatMap { $0.split(separator: " ").map(String.init) })

    /// Nouns that ask for actors of some kinds ("which country", "what news outlet").
    static let actorNouns: [String: [ActorKind]] = words.values(.answerActorNouns).mapValues { kinds in
        kinds.split(separator: "|").compactMap { ActorKind(rawValue: String($0)) }
    }

    /// Nouns that ask for sentences stating a number ("put a number on", "give figures for").
    static let quantityNouns = words.set(.answerQuantityNouns)

    /// Month names ("the December 2020 article"), with their numbers.
    static let months: [String: Int] = words.values(.monthNames).compactMapValues { Int($0) }

    /// Phrases that ask for sources taking no side on a proposition ("makes no prediction").
    static let noVerdictPhrases = words.ordered(.questionNoVerdictPhrases)

    /// Phrases that limit a question to sources with a publication date.
    static let datedPhrases = words.ordered(.questionDatedPhrases)
}
