import Domain

/// The words of the question language that are not in the database.
///
/// The words are lists of `data/lexicon/grammar/words.tsv` (`WordLists`). Likelihood words come from
/// two places: the built-in `question-likelihood-words` (the everyday ways of asking),
/// and the estimative lexicon stored at ingest in `likelihood_phrases` (so every cue argkb
/// recognizes in articles, "far-fetched" or "in no hurry", is understood in questions too).
/// Actors come from `actors` and `actor_aliases`, proposition words from `propositions.terms`.
enum QuestionVocabulary {
    /// Everyday likelihood words → ICD 203 term; "possible" is special (not excluded: rank 4 or above).
    static let likelihoodWords = WordLists.builtIn.values(.questionLikelihoodWords)

    /// Words that mean "not excluded": rank 4 (roughly even chance) or above.
    static let possibleWords = WordLists.builtIn.set(.questionPossibleWords)

    /// Words naming a side.
    static let polarityWords = WordLists.builtIn.values(.questionPolarityWords)

    /// Superlatives that order sources by their verdict (words.tsv holds each order's raw value).
    static let orderingWords = WordLists.builtIn.values(.questionOrderingWords)
        .compactMapValues(Question.Ordering.init(rawValue:))

    /// Words that ask for sources.
    static let sourceWords = WordLists.builtIn.set(.questionSourceWords)

    /// Words that ask for reasons.
    static let reasonWords = WordLists.builtIn.set(.questionReasonWords)

    /// Words that ask what the corpus says ("what does the corpus say about India").
    static let sayingWords = WordLists.builtIn.set(.questionSayingWords)

    /// Relation verbs and nouns → predicates of the `relations` table.
    static let relationWords = WordLists.builtIn.allValues(.questionRelationWords)

    /// Words that ask for claims by their grounded label.
    static let acceptabilityWords = WordLists.builtIn.values(.questionAcceptabilityWords)

    /// Words that ask which sources oppose another.
    static let contradictionWords = WordLists.builtIn.set(.questionContradictionWords)

    /// Words that ask for reported speakers only.
    static let quotedWords = WordLists.builtIn.set(.questionQuotedWords)

    /// Words that ask for sources naming an actor.
    static let mentionWords = WordLists.builtIn.set(.questionMentionWords)

    /// Example questions, shown when a question is not understood.
    static let examples = [
        "which sources call an alliance improbable",
        "which sources consider an alliance likely",
        "who says an alliance is possible",
        "which sources are against an alliance",
        "what is the most skeptical source",
        "how many sources call an alliance unlikely",
        "what reasons are given against an alliance",
        "what does the corpus say about India",
        "which actors compete with China in Central Asia",
        "what links Russia and India",
        "which sources contradict the sino-russian-military-alliance source",
        "which claims are unchallenged",
        "when did sources call an alliance unlikely",
        "is an alliance likely",
        "which sources mention India",
        "what does Putin say",
    ]
}
