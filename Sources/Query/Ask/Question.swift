/// A question as `ask` understood it: what to list, and the filters the words named.
public struct Question: Sendable, Equatable {
    /// What the answer lists.
    public enum Target: String, Sendable {
        /// Sources with their verdict ("which sources call an alliance improbable").
        case sources
        /// Who asserts something, author or quoted speaker ("who says an alliance is possible").
        case speakers
        /// Claims (on a proposition, naming an actor, by a speaker, in a source).
        case claims
        /// Reasons given for or against a proposition.
        case reasons
        /// A number of sources ("how many sources ...").
        case count
        /// Actor-to-actor relations ("which actors compete with China", "what links Russia and India").
        case relations
        /// Actors ranked by mentions ("which actors are mentioned most").
        case actors
        /// Sources whose verdict opposes a given source's ("which sources contradict ...").
        case contradictions
        /// Claims by their grounded label ("which claims are unchallenged").
        case acceptability
        /// Verdicts in date order ("when did sources call an alliance likely").
        case timeline
        /// A yes/no question answered by the verdicts on record ("is an alliance likely?").
        case summary
        /// Sources naming an actor ("which sources mention India").
        case mentioningSources
        /// A question no form reads, answered by the open answerer (`OpenAnswerer`).
        case open
    }

    /// Orders sources by their verdict's band.
    public enum Ordering: String, Sendable {
        /// Lowest probability first ("the most skeptical source").
        case mostSkeptical
        /// Highest probability first ("the most confident source").
        case mostConfident
    }

    public var target: Target
    /// A proposition id, when the question names one (by its terms: alliance, bloc, pact...).
    public var proposition: String?
    /// The likelihood the question asks about, as a range of ranks on the ICD 203 scale.
    public var likelihood: LikelihoodRange?
    /// for, against or mixed.
    public var polarity: String?
    /// Actors the question is about (any alias), canonical names.
    public var actors: [String]
    /// A speaker: an actor or name that says something ("what does Putin say").
    public var speaker: String?
    /// Relation predicates named by the question's verbs ("compete" → competes_with).
    public var predicates: [String]
    /// A region ("in Central Asia").
    public var region: String?
    /// A source the question names (id), for contradictions and "in source" filters.
    public var sourceID: Int?
    /// Publication dates: ISO prefixes, inclusive ("2021" → from "2021", to "2021-12-31~").
    public var publishedFrom: String?
    public var publishedBefore: String?
    /// A grounded label: in (unchallenged), out (defeated), undecided.
    public var acceptability: String?
    public var ordering: Ordering?
    /// Only the authors' own claims ("which authors say ...").
    public var authorOnly: Bool
    /// Only reported speakers, never the authors ("who is quoted").
    public var quotedOnly = false
    /// Only sources with a publication date ("counting only the articles that carry a date").
    public var datedOnly = false
    /// Sources that take no side on the proposition ("which article makes no prediction").
    public var noVerdict = false
    /// A proposition read from the question when none on record fits.
    public var adHoc: AdHocProposition?
    /// The open reading, when `target` is `.open`.
    var open: OpenQuestion?

    public init(
        target: Target, proposition: String? = nil, likelihood: LikelihoodRange? = nil, polarity: String? = nil,
        actors: [String] = [], speaker: String? = nil, predicates: [String] = [], region: String? = nil,
        sourceID: Int? = nil, publishedFrom: String? = nil, publishedBefore: String? = nil,
        acceptability: String? = nil, ordering: Ordering? = nil, authorOnly: Bool = false
    ) {
        self.target = target
        self.proposition = proposition
        self.likelihood = likelihood
        self.polarity = polarity
        self.actors = actors
        self.speaker = speaker
        self.predicates = predicates
        self.region = region
        self.sourceID = sourceID
        self.publishedFrom = publishedFrom
        self.publishedBefore = publishedBefore
        self.acceptability = acceptability
        self.ordering = ordering
        self.authorOnly = authorOnly
    }

    /// An open question.
    init(target: Target, open: OpenQuestion) {
        self.init(target: target, actors: open.actors, sourceID: open.sourceID)
        self.open = open
    }
}

/// A range of ranks of `likelihood_scale` (1 = almost no chance ... 7 = almost certain), with the
/// words of the question that named it.
public struct LikelihoodRange: Sendable, Equatable {
    public var lowestRank: Int
    public var highestRank: Int
    /// The question's words, e.g. "improbable".
    public var words: String

    public init(lowestRank: Int, highestRank: Int, words: String) {
        self.lowestRank = lowestRank
        self.highestRank = highestRank
        self.words = words
    }

    /// The range a single term implies in a question: calling something "unlikely" includes the
    /// sources that call it very unlikely, so a term below the middle means "this or lower", a term
    /// above it "this or higher", and the middle term itself only.
    public static func implied(byRank rank: Int, words: String) -> LikelihoodRange {
        switch rank {
        case ..<4: return LikelihoodRange(lowestRank: 1, highestRank: rank, words: words)
        case 4: return LikelihoodRange(lowestRank: 4, highestRank: 4, words: words)
        default: return LikelihoodRange(lowestRank: rank, highestRank: 7, words: words)
        }
    }
}
