import Domain

/// The closed-class English words the relation matcher reasons with.
///
/// These are grammar, not domain vocabulary: they say where a clause ends, which words may sit
/// between an actor and its verb, and which words change a relation's context. Domain patterns
/// (verbs, nominalizations, predicates) live in `data/lexicon/relations.tsv`. All words are folded
/// (lower-case, typographic apostrophes as "'").
enum RelationGrammar {
    /// Words that end a clause for the purpose of finding a verb's subject or a gap's extent.
    static let boundaryWords = WordLists.builtIn.set(.relationBoundaryWords)

    /// How far back (in tokens) a scan for a clause's start goes: a clause is far shorter, and an
    /// unbounded scan made a line without clause punctuation quadratic.
    static let clauseReach = 80

    /// Punctuation that ends a clause. Commas do not ("Russia, in turn, does not ...") and hyphens
    /// join actors ("Russia-Myanmar").
    static let boundaryPunctuation: Set<String> = [".", ";", ":", "?", "!", "(", ")", "[", "]", "—"]

    /// Punctuation a modifier run may contain without counting ("resource-rich", quoted words).
    static let freePunctuation: Set<String> = ["-", "–", "“", "”", "\"", "‘", "'"]

    /// Prepositions: an actor right after one is not a verb's subject ("relations with China").
    static let prepositions = WordLists.builtIn.set(.relationPrepositions)

    static let determiners = WordLists.builtIn.set(.relationDeterminers)

    static let auxiliaries = WordLists.builtIn.set(.relationAuxiliaries)

    static let conjunctions = WordLists.builtIn.set(.relationConjunctions)

    /// Personal and relative pronouns that can stand for an actor.
    static let singularPronouns = WordLists.builtIn.set(.relationSingularPronouns)
    static let pluralPronouns = WordLists.builtIn.set(.relationPluralPronouns)
    static let relativePronouns = WordLists.builtIn.set(.relationRelativePronouns)
    static let otherPronouns = WordLists.builtIn.set(.relationOtherPronouns)

    /// Words that open a clause before its subject ("And Russia, in turn, ...").
    static let clauseOpeners = WordLists.builtIn.set(.relationClauseOpeners)

    /// Nouns naming a party by its relation to the possessor: "China's opponents" is not China.
    static let relationalNouns = WordLists.builtIn.set(.relationalNouns)

    /// Words that introduce the actors a relational noun stands for ("opponents - India and Vietnam").
    static let appositionMarkers = WordLists.builtIn.set(.appositionMarkers)

    /// Context words. Negation is checked first, then hypothetical, then future.
    static let negation = WordLists.builtIn.set(.relationNegation)

    static let hypothetical = WordLists.builtIn.set(.relationHypothetical)

    static let future = WordLists.builtIn.set(.relationFuture)

    /// Words that open a condition for the rest of their clause.
    static let conditional = WordLists.builtIn.set(.relationConditional)

    /// Words that may sit between a nominal cue and the verb or noun governing it ("may form an
    /// alliance", "refusal to establish allied relations"): skipped while looking for context words.
    static let governingChain = WordLists.builtIn.set(.relationGoverningChain)

    /// Adverbs allowed between a nominal cue's actors and a following modal ("X and Y may well").
    static let adverbs = WordLists.builtIn.set(.relationAdverbs)

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
