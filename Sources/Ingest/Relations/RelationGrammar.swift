/// The closed-class English words the relation matcher reasons with.
///
/// These are grammar, not domain vocabulary: they say where a clause ends, which words may sit
/// between an actor and its verb, and which words change a relation's context. Domain patterns
/// (verbs, nominalizations, predicates) live in `data/lexicon/relations.tsv`. All words are folded
/// (lower-case, typographic apostrophes as "'").
enum RelationGrammar {
    /// Words that end a clause for the purpose of finding a verb's subject or a gap's extent.
    static let boundaryWords: Set<String> = [
        "but", "however", "although", "though", "whereas", "while", "because", "since", "yet",
        "unless", "which", "who", "whom", "whose", "where", "when", "whereby",
    ]

    /// How far back (in tokens) a scan for a clause's start goes: a clause is far shorter, and an
    /// unbounded scan made a line without clause punctuation quadratic.
    static let clauseReach = 80

    /// Punctuation that ends a clause. Commas do not ("Russia, in turn, does not ...") and hyphens
    /// join actors ("Russia-Myanmar").
    static let boundaryPunctuation: Set<String> = [".", ";", ":", "?", "!", "(", ")", "[", "]", "—"]

    /// Punctuation a modifier run may contain without counting ("resource-rich", quoted words).
    static let freePunctuation: Set<String> = ["-", "–", "“", "”", "\"", "‘", "'"]

    /// Prepositions: an actor right after one is not a verb's subject ("relations with China").
    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "over", "into", "against",
        "between", "among", "amongst", "within", "under", "than", "as", "through", "via", "towards",
        "toward", "upon", "onto", "across", "throughout", "beside", "besides", "without", "regarding",
    ]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "these", "those", "some", "any", "both", "all", "each", "every",
        "many", "several", "such", "other", "another",
    ]

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
        "does", "did", "will", "would", "shall", "should", "may", "might", "can", "could", "must",
    ]

    static let conjunctions: Set<String> = ["and", "or", "nor", "so", "that", "if", "whether", "then", "than"]

    /// Personal and relative pronouns that can stand for an actor.
    static let singularPronouns: Set<String> = ["it", "its", "itself"]
    static let pluralPronouns: Set<String> = ["they", "them", "their", "theirs", "themselves"]
    static let relativePronouns: Set<String> = ["which"]
    static let otherPronouns: Set<String> = ["he", "she", "his", "her", "we", "our", "us", "i", "you", "your", "my", "one"]

    /// Words that open a clause before its subject ("And Russia, in turn, ...").
    static let clauseOpeners: Set<String> = [
        "and", "but", "so", "thus", "moreover", "however", "furthermore", "also", "then", "yet", "now",
        "meanwhile", "the", "both", "in", "turn", "fact", "indeed", "still", "besides", ",",
    ]

    /// Nouns naming a party by its relation to the possessor: "China's opponents" is not China.
    static let relationalNouns: Set<String> = [
        "opponent", "opponents", "rival", "rivals", "enemy", "enemies", "adversary", "adversaries",
        "ally", "allies", "partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors",
        "competitor", "competitors", "friend", "friends", "client", "clients", "customer", "customers",
        "member", "members", "proxy", "proxies", "critic", "critics", "foe", "foes",
    ]

    /// Words that introduce the actors a relational noun stands for ("opponents - India and Vietnam").
    static let appositionMarkers: Set<String> = ["-", "–", "—", ":", ",", "including", "namely", "like"]

    /// Context words. Negation is checked first, then hypothetical, then future.
    static let negation: Set<String> = [
        "not", "no", "never", "neither", "nor", "without", "cannot", "refuse", "refuses", "refused",
        "refusing", "refusal", "deny", "denies", "denied", "denying", "hardly", "scarcely", "avoid",
        "avoids", "avoided", "avoiding", "fail", "fails", "failed", "failing", "lack", "lacks",
        "rejected", "rejects", "reject", "rejection",
    ]

    static let hypothetical: Set<String> = [
        "may", "might", "could", "would", "should", "can", "if", "unless", "whether", "possible",
        "possibly", "potential", "potentially", "perhaps", "maybe", "probably", "likely", "unlikely",
        "probable", "improbable", "hypothetical", "hypothetically", "theoretically", "conceivably",
        "need", "needs", "want", "wants", "wanted", "seek", "seeks", "seeking", "sought", "hope",
        "hopes", "hoped", "hoping", "propose", "proposes", "proposed", "proposing", "proposal", "plan",
        "plans", "planned", "planning", "try", "tries", "tried", "trying", "attempt", "attempts",
        "attempting", "intend", "intends", "intended", "aim", "aims", "prospect", "prospects",
        "opportunity", "opportunities", "chance", "chances", "willing", "ready", "consider",
        "considering", "idea", "scenario", "imagine", "imagined", "either",
    ]

    static let future: Set<String> = ["will", "shall", "'ll", "soon", "forthcoming", "upcoming", "future", "going"]

    /// Words that open a condition for the rest of their clause.
    static let conditional: Set<String> = ["if", "unless", "whether", "suppose", "supposing", "assuming", "provided"]

    /// Words that may sit between a nominal cue and the verb or noun governing it ("may form an
    /// alliance", "refusal to establish allied relations"): skipped while looking for context words.
    static let governingChain: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "any", "some", "such", "its", "their",
        "both", "to", "of", "into", "as", "military", "strategic", "formal", "official", "full", "real",
        "close", "closer", "political", "economic", "defence", "defense", "security", "new",
        "bilateral", "joint", "trilateral", "genuine", "true", "comprehensive", "de", "facto", "-",
        "form", "forms", "formed", "forming", "formation", "conclude", "concludes", "concluded",
        "concluding", "conclusion", "establish", "establishes", "established", "establishing",
        "establishment", "create", "creates", "created", "creating", "creation", "sign", "signs",
        "signed", "signing", "build", "builds", "building", "forge", "forging", "enter", "entering",
        "formalize", "formalise", "formalization", "formalisation", "make", "making", "full-fledged",
    ]

    /// Adverbs allowed between a nominal cue's actors and a following modal ("X and Y may well").
    static let adverbs: Set<String> = ["also", "further", "even", "only", "still", "well", "now", "soon", "eventually"]

    static func isNegation(_ folded: String) -> Bool {
        negation.contains(folded) || folded.hasSuffix("n't")
    }

    /// A word that is not grammar: a noun, adjective, adverb or content verb.
    static func isContentWord(_ folded: String) -> Bool {
        !(grammarWords.contains(folded) || isNegation(folded))
    }

    /// Prepositions, auxiliaries, conjunctions, boundary words and pronouns in one set: one lookup
    /// where `isContentWord` made seven.
    private static let grammarWords: Set<String> = prepositions.union(auxiliaries).union(conjunctions)
        .union(boundaryWords).union(singularPronouns).union(pluralPronouns).union(otherPronouns)
}
