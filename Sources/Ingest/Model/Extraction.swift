import Domain

/// The results of the extraction stages for one source. Actors are named by their canonical name
/// (as in actors.tsv); the writer turns names into row ids. All spans index the normalized text.

/// One actor named in one sentence.
public struct ActorMention: Sendable, Equatable, Hashable {
    /// Index into the document's sentences.
    public var sentenceIndex: Int
    /// Canonical actor name, e.g. "Russia" for "Moscow’s".
    public var actor: String
    /// The surface form's span, possessive ending included when written ("Beijing’s").
    public var span: TextSpan
    /// How the surface names the actor.
    public var aliasKind: AliasKind

    public init(sentenceIndex: Int, actor: String, span: TextSpan, aliasKind: AliasKind) {
        self.sentenceIndex = sentenceIndex
        self.actor = actor
        self.span = span
        self.aliasKind = aliasKind
    }
}

/// A capitalized name the gazetteer does not know.
public struct EntityCandidate: Sendable, Equatable, Hashable {
    public var sentenceIndex: Int
    public var name: String
    public var kindGuess: CandidateKind
    /// The word that suggested the kind ("analyst", "Institute"), when one did.
    public var kindCue: String?
    public var span: TextSpan

    public init(sentenceIndex: Int, name: String, kindGuess: CandidateKind, kindCue: String?, span: TextSpan) {
        self.sentenceIndex = sentenceIndex
        self.name = name
        self.kindGuess = kindGuess
        self.kindCue = kindCue
        self.span = span
    }
}

/// A likelihood on the ICD 203 scale, with the words that expressed it.
public struct Likelihood: Sendable, Equatable, Hashable {
    /// A term of `likelihood_scale`, e.g. "very unlikely".
    public var term: String
    public var pLow: Double
    public var pHigh: Double
    /// The cue as written and its span, e.g. "highly improbable".
    public var cue: String
    public var cueSpan: TextSpan

    /// True when the numbers are the author's own ("a 20 percent chance"), not the term's band.
    public var isStated: Bool {
        guard let band = LikelihoodScale.term(named: term) else { return false }
        return band.pLow != pLow || band.pHigh != pHigh
    }

    public init(term: String, pLow: Double, pHigh: Double, cue: String, cueSpan: TextSpan) {
        self.term = term
        self.pLow = pLow
        self.pHigh = pHigh
        self.cue = cue
        self.cueSpan = cueSpan
    }
}

/// A sentence or clause that asserts something.
public struct ExtractedClaim: Sendable, Equatable {
    public typealias ClaimType = Domain.ClaimType
    public typealias Role = ClaimRole
    public typealias Polarity = ClaimPolarity
    public typealias Context = ClaimContext

    public var sentenceIndex: Int
    /// The claim's clause (the whole sentence when no clause is singled out).
    public var span: TextSpan
    public var type: ClaimType
    public var role: Role
    /// Why it is a conclusion ("To sum up", "title"), when it is one.
    public var roleCue: String?
    /// NULL = the author; else the reported speaker (canonical actor name or the name as written).
    public var speaker: String?
    /// True when `speaker` is a canonical actor of the gazetteer.
    public var speakerIsActor: Bool
    /// The outer speaker of a nested report ("the expert said that Putin said ...").
    public var outerSpeaker: String?
    public var attributionCue: String?
    public var proposition: String?
    public var polarity: Polarity?
    public var likelihood: Likelihood?
    public var context: Context
    public var confidence: Double
    /// The author's (or the speaker's) commitment to the proposition's matter, FactBank's value.
    public var factuality: Factuality?
    /// How the commitment was read, outermost source first ("belief PR- (I don't think) > future CT+ (will)").
    public var commitment: String?

    public init(
        sentenceIndex: Int, span: TextSpan, type: ClaimType, role: Role = .premise, roleCue: String? = nil,
        speaker: String? = nil, speakerIsActor: Bool = false, outerSpeaker: String? = nil,
        attributionCue: String? = nil, proposition: String? = nil, polarity: Polarity? = nil,
        likelihood: Likelihood? = nil, context: Context = .asserted, confidence: Double = 0.5,
        factuality: Factuality? = nil, commitment: String? = nil
    ) {
        self.sentenceIndex = sentenceIndex
        self.span = span
        self.type = type
        self.role = role
        self.roleCue = roleCue
        self.speaker = speaker
        self.speakerIsActor = speakerIsActor
        self.outerSpeaker = outerSpeaker
        self.attributionCue = attributionCue
        self.proposition = proposition
        self.polarity = polarity
        self.likelihood = likelihood
        self.context = context
        self.confidence = confidence
        self.factuality = factuality
        self.commitment = commitment
    }
}

/// A source's overall judgement of a proposition.
public struct ExtractedVerdict: Sendable, Equatable {
    public typealias Polarity = VerdictPolarity

    public var proposition: String
    /// The ICD 203 term, when the source's judgement has one.
    public var likelihood: Likelihood?
    public var polarity: Polarity
    /// Indexes into the document's claims, the weightiest first, with their weights.
    public var evidence: [(claimIndex: Int, weight: Double)]
    /// How the verdict was reached, in words.
    public var note: String

    public init(
        proposition: String, likelihood: Likelihood?, polarity: Polarity,
        evidence: [(claimIndex: Int, weight: Double)], note: String
    ) {
        self.proposition = proposition
        self.likelihood = likelihood
        self.polarity = polarity
        self.evidence = evidence
        self.note = note
    }

    public static func == (lhs: ExtractedVerdict, rhs: ExtractedVerdict) -> Bool {
        lhs.proposition == rhs.proposition && lhs.likelihood == rhs.likelihood && lhs.polarity == rhs.polarity
            && lhs.evidence.map(\.claimIndex) == rhs.evidence.map(\.claimIndex) && lhs.note == rhs.note
    }
}

/// Actor to actor, PLOVER-style.
public struct ExtractedRelation: Sendable, Equatable, Hashable {
    public var sentenceIndex: Int
    public var subject: String
    public var object: String
    public var predicate: RelationPredicate
    public var quadClass: QuadClass
    public var context: RelationContext
    public var region: String?
    public var speaker: String?
    public var speakerIsActor: Bool
    public var cue: String
    public var cueSpan: TextSpan
    public var confidence: Double

    public init(
        sentenceIndex: Int, subject: String, object: String, predicate: RelationPredicate, quadClass: QuadClass,
        context: RelationContext, region: String? = nil, speaker: String? = nil, speakerIsActor: Bool = false,
        cue: String, cueSpan: TextSpan, confidence: Double = 0.5
    ) {
        self.sentenceIndex = sentenceIndex
        self.subject = subject
        self.object = object
        self.predicate = predicate
        self.quadClass = quadClass
        self.context = context
        self.region = region
        self.speaker = speaker
        self.speakerIsActor = speakerIsActor
        self.cue = cue
        self.cueSpan = cueSpan
        self.confidence = confidence
    }
}

/// Claim to claim within one source (indexes into the document's claims).
public struct ExtractedLink: Sendable, Equatable, Hashable {
    public typealias LinkType = Domain.LinkType

    public var fromClaim: Int
    public var toClaim: Int
    public var type: LinkType
    public var cue: String

    public init(fromClaim: Int, toClaim: Int, type: LinkType, cue: String) {
        self.fromClaim = fromClaim
        self.toClaim = toClaim
        self.type = type
        self.cue = cue
    }
}
