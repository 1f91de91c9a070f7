/// A term of the estimative-probability scale of ICD 203, with its probability band.
///
/// The bands are exactly the rows of `likelihood_scale` in schema.sql (`DomainSchemaTests`), so a
/// likelihood built from a term can be stored without a lookup.
///
/// ```swift
/// LikelihoodTerm.veryUnlikely.pLow                 // 0.05
/// LikelihoodScale.term(named: "Very Unlikely")     // .veryUnlikely
/// ```
public enum LikelihoodTerm: String, ClosedSet {
    case almostNoChance = "almost no chance"
    case veryUnlikely = "very unlikely"
    case unlikely
    case roughlyEvenChance = "roughly even chance"
    case likely
    case veryLikely = "very likely"
    case almostCertain = "almost certain"

    /// The `likelihood_scale` table lists them (claims, verdicts and phrases refer to it).
    public static let schemaColumns: [String] = []

    /// The term as stored ("very unlikely").
    public var name: String { rawValue }

    /// 1 = almost no chance ... 7 = almost certain (`likelihood_scale.rank`).
    public var rank: Int {
        switch self {
        case .almostNoChance: return 1
        case .veryUnlikely: return 2
        case .unlikely: return 3
        case .roughlyEvenChance: return 4
        case .likely: return 5
        case .veryLikely: return 6
        case .almostCertain: return 7
        }
    }

    /// The band's lower bound.
    public var pLow: Double {
        switch self {
        case .almostNoChance: return 0.01
        case .veryUnlikely: return 0.05
        case .unlikely: return 0.20
        case .roughlyEvenChance: return 0.45
        case .likely: return 0.55
        case .veryLikely: return 0.80
        case .almostCertain: return 0.95
        }
    }

    /// The band's upper bound.
    public var pHigh: Double {
        switch self {
        case .almostNoChance: return 0.05
        case .veryUnlikely: return 0.20
        case .unlikely: return 0.45
        case .roughlyEvenChance: return 0.55
        case .likely: return 0.80
        case .veryLikely: return 0.95
        case .almostCertain: return 0.99
        }
    }

    /// The middle of the band, used to average several estimates.
    public var midpoint: Double { (pLow + pHigh) / 2 }

    /// The side an estimate of this term takes on the proposition it is about: below the even
    /// band it argues against, above it for.
    public var polarity: ClaimPolarity {
        rank < LikelihoodScale.evenRank ? .against : rank > LikelihoodScale.evenRank ? .for : .neutral
    }

    /// The term of the opposite side at the same distance from even ("likely" ↔ "unlikely"):
    /// what a question's "not" asks for.
    public var mirrored: LikelihoodTerm { LikelihoodScale.term(rank: LikelihoodScale.mirroredRank(rank)) }
}

/// The scale as a whole: its terms in order, its middle, and lookups.
public enum LikelihoodScale {
    /// One term of the scale.
    public typealias Term = LikelihoodTerm

    /// The seven terms, lowest first.
    public static let terms: [Term] = Term.allCases

    /// The rank of "roughly even chance", the middle of the scale.
    public static let evenRank = LikelihoodTerm.roughlyEvenChance.rank

    /// The highest rank.
    public static let topRank = LikelihoodTerm.almostCertain.rank

    /// The rank on the other side of even at the same distance (2 ↔ 6).
    public static func mirroredRank(_ rank: Int) -> Int { 2 * evenRank - rank }

    /// The term of a name, case-insensitively ("Very Unlikely" finds "very unlikely").
    public static func term(named name: String) -> Term? {
        let lower = name.lowercased()
        let trimmed = lower.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        return Term(rawValue: String(trimmed))
    }

    /// The term of a rank, clamped to 1...7.
    public static func term(rank: Int) -> Term {
        terms[min(max(rank, 1), terms.count) - 1]
    }

    /// The term whose band holds `probability` (the lower term on a shared bound).
    public static func term(containing probability: Double) -> Term {
        terms.first { probability <= $0.pHigh } ?? .almostCertain
    }

    /// What a negation makes of a term, e.g. "not likely" → unlikely, "not unlikely" → roughly even.
    ///
    /// Denying a low estimate ("not impossible", "not unlikely", "does not rule out") leaves the
    /// question open rather than asserting the opposite, so it gives "roughly even chance". Denying a
    /// high estimate ("not likely", "not expected to") argues against, so it gives "unlikely"; but
    /// denying certainty ("not inevitable") only removes the certainty, so it gives "roughly even
    /// chance". An even chance stays even ("may not", "might not": maybe, maybe not); the strong
    /// denials of possibility ("not possible", "isn't possible") are lexicon entries of their own.
    public static func negated(_ term: Term) -> Term {
        switch term {
        case .almostNoChance, .veryUnlikely, .unlikely, .almostCertain: return .roughlyEvenChance
        case .roughlyEvenChance: return term
        case .likely, .veryLikely: return .unlikely
        }
    }

    /// SQL that gives the side of a rank column against the even band ('against', 'mixed', 'for').
    public static func sideSQL(rank column: String) -> String {
        "CASE WHEN \(column) < \(evenRank) THEN 'against' WHEN \(column) > \(evenRank) THEN 'for' ELSE 'mixed' END"
    }
}
