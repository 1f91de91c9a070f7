import Foundation

/// The estimative-probability scale of ICD 203: seven terms, each with a probability band.
///
/// The bands are exactly those of `likelihood_scale` in schema.sql, so a `Likelihood` built here
/// can be stored without a lookup.
///
/// ```swift
/// LikelihoodScale.term(named: "very unlikely")?.pLow   // 0.05
/// ```
public struct LikelihoodScale: Sendable {
    /// One term of the scale.
    public struct Term: Sendable, Hashable {
        public let name: String
        /// 1 = almost no chance ... 7 = almost certain (`likelihood_scale.rank`).
        public let rank: Int
        public let pLow: Double
        public let pHigh: Double

        /// The middle of the band, used to average several estimates.
        public var midpoint: Double { (pLow + pHigh) / 2 }

        /// The claim polarity an estimate of this term gives a proposition it is about: below the
        /// even band it argues against, above it argues for.
        public var polarity: ExtractedClaim.Polarity {
            rank < LikelihoodScale.evenRank ? .against : rank > LikelihoodScale.evenRank ? .for : .neutral
        }

        /// A `Likelihood` of this term expressed by `cue`.
        public func likelihood(cue: String, span: TextSpan) -> Likelihood {
            Likelihood(term: name, pLow: pLow, pHigh: pHigh, cue: cue, cueSpan: span)
        }
    }

    /// The seven terms, lowest first.
    public static let terms: [Term] = [
        Term(name: "almost no chance", rank: 1, pLow: 0.01, pHigh: 0.05),
        Term(name: "very unlikely", rank: 2, pLow: 0.05, pHigh: 0.20),
        Term(name: "unlikely", rank: 3, pLow: 0.20, pHigh: 0.45),
        Term(name: "roughly even chance", rank: 4, pLow: 0.45, pHigh: 0.55),
        Term(name: "likely", rank: 5, pLow: 0.55, pHigh: 0.80),
        Term(name: "very likely", rank: 6, pLow: 0.80, pHigh: 0.95),
        Term(name: "almost certain", rank: 7, pLow: 0.95, pHigh: 0.99),
    ]

    /// The rank of "roughly even chance", the middle of the scale.
    public static let evenRank = 4

    /// The term of a name, case-insensitively ("Very Unlikely" finds "very unlikely").
    public static func term(named name: String) -> Term? {
        let wanted = name.lowercased().trimmingCharacters(in: .whitespaces)
        return terms.first { $0.name == wanted }
    }

    /// The term of a rank, clamped to 1...7.
    public static func term(rank: Int) -> Term {
        terms[min(max(rank, 1), terms.count) - 1]
    }

    /// The term whose band holds `probability` (the lower term on a shared bound).
    public static func term(containing probability: Double) -> Term {
        terms.first { probability <= $0.pHigh } ?? terms[terms.count - 1]
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
        switch term.rank {
        case 1, 2, 3: return self.term(rank: evenRank)
        case evenRank: return term
        case 7: return self.term(rank: evenRank)
        default: return self.term(rank: 3)
        }
    }
}
