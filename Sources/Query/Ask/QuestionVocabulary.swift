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

    /// Relation verbs and nouns → predicates of the `relations` table.
    static let relationWords: [String: [String]] = [
        "compete": ["competes_with"], "competes": ["competes_with"], "competing": ["competes_with"],
        "competition": ["competes_with"], "rival": ["competes_with"], "rivals": ["competes_with"],
        "rivalry": ["competes_with"],
        "cooperate": ["cooperates_with"], "cooperates": ["cooperates_with"], "cooperating": ["cooperates_with"],
        "cooperation": ["cooperates_with"], "partner": ["cooperates_with"], "partners": ["cooperates_with"],
        "work with": ["cooperates_with"], "works with": ["cooperates_with"],
        "ally": ["allies_with"], "allies": ["allies_with"], "allied": ["allies_with"],
        "trade": ["trades_with"], "trades": ["trades_with"], "trading": ["trades_with"],
        "invest": ["invests_in"], "invests": ["invests_in"], "investment": ["invests_in"],
        "sell arms": ["sells_arms_to"], "sells arms": ["sells_arms_to"], "sell weapons": ["sells_arms_to"],
        "sells weapons": ["sells_arms_to"], "arm": ["sells_arms_to"], "arms": ["sells_arms_to"],
        "exercise": ["exercises_with"], "exercises": ["exercises_with"], "drill": ["exercises_with"],
        "drills": ["exercises_with"],
        "depend": ["depends_on"], "depends": ["depends_on"], "dependent": ["depends_on"], "rely": ["depends_on"],
        "relies": ["depends_on"],
        "distrust": ["distrusts"], "distrusts": ["distrusts"], "mistrust": ["distrusts"], "wary": ["distrusts"],
        "opposes": ["opposes"], "confront": ["opposes"], "confronts": ["opposes"],
        "sanction": ["sanctions"], "sanctions": ["sanctions"],
        "threaten": ["threatens"], "threatens": ["threatens"],
        "counterbalance": ["counterbalances"], "counterbalances": ["counterbalances"], "offset": ["counterbalances"],
        "counter": ["counterbalances"], "balance": ["counterbalances"],
        "recognize": ["recognizes"], "recognizes": ["recognizes"], "recognise": ["recognizes"],
        "links": [], "link": [], "connects": [], "relates": [], "relations": [], "relationship": [],
    ]

    /// Words that ask for claims by their grounded label.
    static let acceptabilityWords: [String: String] = [
        "unchallenged": "in", "unattacked": "in", "uncontested": "in", "undisputed": "in", "accepted": "in",
        "stand": "in", "defeated": "out", "refuted": "out", "rebutted": "out", "undecided": "undecided",
        "contested": "contested", "disputed": "contested", "challenged": "contested",
    ]

    /// Words that ask which sources oppose another.
    static let contradictionWords: Set<String> = ["contradict", "contradicts", "disagree", "disagrees", "oppose",
                                                  "dispute", "disputes", "rebut", "rebuts"]

    /// Words that ask for reported speakers only.
    static let quotedWords: Set<String> = ["quoted", "cited", "quote", "quotes", "cite", "cites", "interviewed"]

    /// Words that ask for sources naming an actor.
    static let mentionWords: Set<String> = ["mention", "mentions", "name", "names", "discuss", "discusses", "cover",
                                            "covers"]

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
