/// The words of the question language that are not in the database.
///
/// Likelihood words come from two places: the built-in words below (the everyday ways of asking),
/// and the estimative lexicon stored at ingest in `likelihood_phrases` (so every cue argkb
/// recognizes in articles, "far-fetched" or "in no hurry", is understood in questions too).
/// Actors come from `actors` and `actor_aliases`, proposition words from `propositions.terms`.
enum QuestionVocabulary {
    /// Everyday likelihood words → ICD 203 term; "possible" is special (not excluded: rank 4 or above).
    static let likelihoodWords: [String: String] = [
        "improbable": "unlikely", "unlikely": "unlikely", "doubtful": "unlikely", "not likely": "unlikely",
        "implausible": "unlikely", "far-fetched": "unlikely", "far fetched": "unlikely", "dubious": "unlikely",
        "very unlikely": "very unlikely", "highly unlikely": "very unlikely", "highly improbable": "very unlikely",
        "very improbable": "very unlikely",
        "impossible": "almost no chance", "out of the question": "almost no chance", "remote": "almost no chance",
        "no chance": "almost no chance",
        "even": "roughly even chance", "even chance": "roughly even chance", "fifty-fifty": "roughly even chance",
        "toss-up": "roughly even chance", "uncertain": "roughly even chance",
        "likely": "likely", "probable": "likely", "expected": "likely", "plausible": "likely",
        "very likely": "very likely", "highly likely": "very likely", "highly probable": "very likely",
        "inevitable": "almost certain", "certain": "almost certain", "almost certain": "almost certain",
        "unavoidable": "almost certain", "a certainty": "almost certain", "bound to happen": "almost certain",
    ]

    /// Words that mean "not excluded": rank 4 (roughly even chance) or above.
    static let possibleWords: Set<String> = ["possible", "conceivable", "feasible", "realistic", "thinkable"]

    /// Words naming a side.
    static let polarityWords: [String: String] = [
        "against": "against", "oppose": "against", "opposed": "against", "reject": "against", "rejects": "against",
        "dismiss": "against", "dismisses": "against", "skeptical": "against", "sceptical": "against",
        "doubt": "against", "doubts": "against", "deny": "against", "denies": "against", "rule out": "against",
        "rules out": "against",
        "for": "for", "favor": "for", "favour": "for", "support": "for", "supports": "for", "expect": "for",
        "expects": "for", "predict": "for", "predicts": "for", "foresee": "for", "foresees": "for",
        "advocate": "for", "advocates": "for", "in favor": "for", "in favour": "for",
        "mixed": "mixed", "undecided": "mixed", "ambivalent": "mixed", "both ways": "mixed",
    ]

    /// Superlatives that order sources by their verdict.
    static let orderingWords: [String: Question.Ordering] = [
        "most skeptical": .mostSkeptical, "most sceptical": .mostSkeptical, "most pessimistic": .mostSkeptical,
        "most doubtful": .mostSkeptical, "least optimistic": .mostSkeptical, "least likely": .mostSkeptical,
        "most optimistic": .mostConfident, "most confident": .mostConfident, "least skeptical": .mostConfident,
        "least sceptical": .mostConfident, "most likely": .mostConfident, "most certain": .mostConfident,
    ]

    /// Words that ask for sources.
    static let sourceWords: Set<String> = ["source", "sources", "article", "articles", "paper", "papers", "outlet",
                                           "outlets", "text", "texts", "author", "authors", "writer", "writers",
                                           "piece", "pieces", "publication", "publications"]

    /// Words that ask for reasons.
    static let reasonWords: Set<String> = ["reason", "reasons", "why", "argument", "arguments", "grounds", "because"]

    /// Words that ask what the corpus says ("what does the corpus say about India").
    static let sayingWords: Set<String> = ["say", "says", "said", "think", "thinks", "write", "writes", "wrote",
                                           "claim", "claims", "about", "regarding", "concerning", "on"]

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
    ]
}
