/// A list of English words the code reasons with: one group of rows of `data/lexicon/grammar/words.tsv`,
/// whose `list` column is the raw value.
///
/// The file says what each list is for and which code reads it; `WordLists.builtIn` loads them once.
///
/// ```swift
/// WordLists.builtIn.set(.relationPrepositions).contains("with")   // true
/// WordList(rawValue: "month-names")                                // .monthNames
/// ```
public enum WordList: String, CaseIterable, Sendable {
    /// Every list by its name in words.tsv (a String enum's `init(rawValue:)` compares the names
    /// one by one).
    static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    // MARK: Page chrome

    /// The word of a comment link ("3 comments").
    case chromeCommentCore = "chrome-comment-core"
    /// The other words a comment link may have ("Leave a comment").
    case chromeCommentFiller = "chrome-comment-filler"
    /// The word of a share widget ("Share on Facebook", "Tweet").
    case chromeShareCore = "chrome-share-core"
    /// The other words a share widget may have ("Share this article").
    case chromeShareFiller = "chrome-share-filler"
    /// The first word of a print widget ("Print", "Printer-friendly version").
    case chromePrintCore = "chrome-print-core"
    /// The other words a print widget may have ("Print this page").
    case chromePrintFiller = "chrome-print-filler"
    /// Words that name a typo in a typo prompt ("Found a typo?").
    case chromeTypoWords = "chrome-typo-words"
    /// Actions a typo prompt asks for ("select it and press Ctrl+Enter").
    case chromeTypoActions = "chrome-typo-actions"
    /// Headings of "related posts" blocks ("Read also").
    case chromeRelatedHeadings = "chrome-related-headings"
    /// Words that make a short line a poll heading.
    case chromePollWords = "chrome-poll-words"
    /// Image credit labels before a colon ("Photo: AFP").
    case chromeCreditLabels = "chrome-credit-labels"
    /// Openings of an image credit ("Photo by"), matched with a space after them.
    case chromeCreditPrefixes = "chrome-credit-prefixes"
    /// Words of a view counter ("Views: 740", "740 views").
    case chromeViewWords = "chrome-view-words"
    /// The word a rating names itself by ("Average: 5 (7 votes)", "Rated 4 out of 5").
    case chromeRatingCore = "chrome-rating-core"
    /// The other words a rating may have ("votes", "out of").
    case chromeRatingFiller = "chrome-rating-filler"
    /// Navigation and footer menu entries ("Privacy policy", "Sign in").
    case chromeNavigationItems = "chrome-navigation-items"
    /// Openings of a promotion line: subscription, paywall, newsletter, notification and skip-link
    /// prompts ("Subscribe to read", "Skip to main content"), matched at the start of a short line.
    case chromePromotionOpenings = "chrome-promotion-openings"
    /// Labels that open a taxonomy line before a colon ("Tags: Russia, China").
    case chromeTaxonomyLabels = "chrome-taxonomy-labels"
    /// Last words of a site or blog name ("Eurasia Review"), never part of a person's name.
    case publisherWords = "publisher-words"
    /// Site accounts that publish for everyone ("admin"): a byline naming one has no author.
    case genericAccountNames = "generic-account-names"
    /// Endings of a byline avatar's alt text ("Admin's picture"), in the order they are tried.
    case avatarSuffixes = "avatar-suffixes"

    // MARK: Page header

    /// Labels a site prints before a date ("Published:"), longest first, in the order they are tried.
    case dateLabels = "date-labels"
    /// Byline openings ("Written by"), matched with a space after them, in the order they are tried.
    case bylineLabels = "byline-labels"
    /// Lower-case parts of a person's name on a byline ("Jean de la Tour").
    case nameParticles = "name-particles"
    /// Labels before the article's own address ("Originally published at").
    case ownURLLabels = "own-url-labels"

    // MARK: Dates

    /// English month names and abbreviations; value the month's number.
    case monthNames = "month-names"
    /// Russian month names in the genitive and their abbreviations; value the month's number.
    case monthNamesRussian = "month-names-russian"
    /// Month names of other European languages, as a page saved in a browser of that locale prints
    /// its date ("søndag 25. oktober 2020"); value the month's number.
    case monthNamesEuropean = "month-names-european"
    /// Words a printed date may carry around the day: weekdays and linking words.
    case dateIgnoredWords = "date-ignored-words"
    /// Time-zone names dropped after a time ("16:43 GMT").
    case timeZoneWords = "time-zone-words"
    /// Suffixes of an ordinal day ("4th", "22nd").
    case ordinalSuffixes = "ordinal-suffixes"
    /// Words left lower-case in English title case.
    case titleCaseMinorWords = "title-case-minor-words"

    // MARK: Sentence ends

    /// Titles before a name whose dot never ends a sentence ("Mr.", "Gen."); case-sensitive.
    case abbreviationTitles = "abbreviation-titles"
    /// Abbreviations always followed by more of the same sentence ("e.g.").
    case abbreviationsJoining = "abbreviations-joining"
    /// Abbreviations before a number ("No. 5", "Sept. 11"); case-sensitive.
    case abbreviationsBeforeNumber = "abbreviations-before-number"
    /// Abbreviations that end a sentence as often as not ("etc.").
    case abbreviationsAmbiguous = "abbreviations-ambiguous"
    /// Words that open a sentence far more often than they continue a name ("The").
    case sentenceOpeners = "sentence-openers"

    // MARK: Actors

    /// Prefixes that, joined by a hyphen, negate a name ("anti-NATO").
    case negatingPrefixes = "negating-prefixes"
    /// The articles: "the", "a", "an".
    case articles = "articles"
    /// Lower-case words that may join the words of one name ("Treaty of Friendship").
    case nameConnectors = "name-connectors"
    /// Titles whose dot does not end a sentence for the candidate finder ("Mr. Kofman").
    case titleAbbreviations = "title-abbreviations"
    /// Words that may stand before a person's name without being part of it ("Chinese President").
    case leadingTitles = "leading-titles"

    // MARK: Relations

    /// Words that end a clause for the relation matcher ("but", "which").
    case relationBoundaryWords = "relation-boundary-words"
    /// Prepositions: an actor right after one is not a verb's subject ("relations with China").
    case relationPrepositions = "relation-prepositions"
    /// Determiners the relation matcher knows ("the", "these", "several").
    case relationDeterminers = "relation-determiners"
    /// Auxiliary verbs the relation matcher knows ("has", "would").
    case relationAuxiliaries = "relation-auxiliaries"
    /// Conjunctions the relation matcher knows ("and", "whether").
    case relationConjunctions = "relation-conjunctions"
    /// Pronouns that can stand for one actor ("it").
    case relationSingularPronouns = "relation-singular-pronouns"
    /// Pronouns that can stand for several actors ("they").
    case relationPluralPronouns = "relation-plural-pronouns"
    /// Relative pronouns that can stand for an actor ("which").
    case relationRelativePronouns = "relation-relative-pronouns"
    /// Pronouns that are grammar, never an actor ("he", "we").
    case relationOtherPronouns = "relation-other-pronouns"
    /// Words that open a clause before its subject ("And Russia, in turn, ...").
    case relationClauseOpeners = "relation-clause-openers"
    /// Nouns naming a party by its relation to the possessor ("China's opponents").
    case relationalNouns = "relational-nouns"
    /// Words and marks that introduce the actors a relational noun stands for ("including").
    case appositionMarkers = "apposition-markers"
    /// Context words that negate a relation ("never", "refused").
    case relationNegation = "relation-negation"
    /// Context words that make a relation hypothetical ("might", "proposal").
    case relationHypothetical = "relation-hypothetical"
    /// Context words that put a relation in the future ("will", "upcoming").
    case relationFuture = "relation-future"
    /// Words that open a condition for the rest of their clause ("if", "unless").
    case relationConditional = "relation-conditional"
    /// Words between a nominal cue and the word governing it ("may form an alliance").
    case relationGoverningChain = "relation-governing-chain"
    /// Adverbs between a nominal cue's actors and a modal ("X and Y may well").
    case relationAdverbs = "relation-adverbs"
    /// Words that refer back to a region named before ("in the region").
    case regionAnaphora = "region-anaphora"

    // MARK: Claims

    /// Contrast words that open a clause wherever they stand ("although").
    case clauseSubordinators = "clause-subordinators"
    /// Plural pronouns that refer to a proposition's actors together ("they", "both").
    case propositionPluralPronouns = "proposition-plural-pronouns"
    /// Words that open a place or date phrase between a speaker and the verb ("on").
    case speakerPrepositionsBeforeVerb = "speaker-prepositions-before-verb"
    /// Words that may stand between a speaker and the verb ("also", "has").
    case speakerAdverbs = "speaker-adverbs"
    /// Words a speaker named after its verb never starts with ("said of").
    case notASpeakerStart = "not-a-speaker-start"
    /// Words that may open a clause before its subject ("and it", "now it's").
    case commitmentOpeners = "commitment-openers"
    /// Words that may close a headline's source ("ISIS report", "Reuters says").
    case headlineSourceWords = "headline-source-words"

    // MARK: Factuality

    /// Verbs of wanting and of seeing-as ("want", "see ... as").
    case motiveVerbs = "motive-verbs"
    /// Change words that are adjectives and need a form of "be" ("slim").
    case changeAdjectives = "change-adjectives"
    /// First-person subjects: the author's own view ("I", "we're").
    case firstPerson = "first-person"
    /// Words between a first-person subject and its verb ("we have all").
    case firstPersonGapWords = "first-person-gap-words"
    /// Forms of "be" in the present or past.
    case beForms = "be-forms"
    /// Words and marks after a number that make it a percentage ("27 percent").
    case percentWords = "percent-words"
    /// One word before a number that makes it a lower bound ("over 50%").
    case probabilityAboveWords = "probability-above-words"
    /// Two words before a number that make it a lower bound ("more than 30%").
    case probabilityAbovePhrases = "probability-above-phrases"
    /// One word before a number that makes it an upper bound ("under 10%").
    case probabilityBelowWords = "probability-below-words"
    /// Two words before a number that make it an upper bound ("less than 10%").
    case probabilityBelowPhrases = "probability-below-phrases"
    /// Number words; value the number ("fifty": 50).
    case numberWords = "number-words"
    /// Fraction words; value the fraction ("third": 1/3).
    case fractionWords = "fraction-words"

    // MARK: Questions

    /// Everyday likelihood words of a question; value a `LikelihoodTerm`.
    case questionLikelihoodWords = "question-likelihood-words"
    /// Words of a question that mean "not excluded" ("possible").
    case questionPossibleWords = "question-possible-words"
    /// Words of a question naming a side; value a `VerdictPolarity`.
    case questionPolarityWords = "question-polarity-words"
    /// Superlatives that order sources by their verdict; value the order ("mostSkeptical").
    case questionOrderingWords = "question-ordering-words"
    /// Words of a question that ask for sources.
    case questionSourceWords = "question-source-words"
    /// Words of a question that ask for reasons.
    case questionReasonWords = "question-reason-words"
    /// Words of a question that ask what the corpus says.
    case questionSayingWords = "question-saying-words"
    /// Relation words of a question; value a `RelationPredicate` (none: any relation).
    case questionRelationWords = "question-relation-words"
    /// Words of a question that ask for a grounded label; value the label.
    case questionAcceptabilityWords = "question-acceptability-words"
    /// Words of a question that ask which sources oppose another.
    case questionContradictionWords = "question-contradiction-words"
    /// Words of a question that ask for reported speakers only.
    case questionQuotedWords = "question-quoted-words"
    /// Words of a question that ask for sources naming an actor.
    case questionMentionWords = "question-mention-words"
    /// Verbs that say what happens to a matter rather than what it is ("join").
    case matterVerbs = "matter-verbs"
    /// Words of a question that are its grammar, never its matter.
    case questionGrammar = "question-grammar"
    /// Words left out when a question names a source by its title.
    case sourceTitleStopWords = "source-title-stop-words"
    /// Words of an open question never searched for.
    case openQuestionStop = "open-question-stop"
    /// Nouns that ask for a person; value `expert` for analysts' nouns.
    case answerPersonNouns = "answer-person-nouns"
    /// Nouns that ask for sources.
    case answerSourceNouns = "answer-source-nouns"
    /// Nouns that ask for actors; value the `ActorKind`s, '|'-separated.
    case answerActorNouns = "answer-actor-nouns"
    /// Nouns that ask for sentences stating a number.
    case answerQuantityNouns = "answer-quantity-nouns"
    /// Phrases that ask for sources taking no side.
    case questionNoVerdictPhrases = "question-no-verdict-phrases"
    /// Phrases that limit a question to dated sources.
    case questionDatedPhrases = "question-dated-phrases"

    /// True for a list whose word may have several rows, one per value (a relation word may name
    /// several predicates).
    public var isMultiValued: Bool {
        self == .questionRelationWords
    }

    /// True for a list whose every row has a number as its value.
    public var hasNumbers: Bool {
        switch self {
        case .monthNames, .monthNamesRussian, .monthNamesEuropean, .numberWords, .fractionWords: return true
        default: return false
        }
    }
}
