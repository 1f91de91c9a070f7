import Domain
import Foundation

/// Sums up, per proposition, what a source's author concludes: the ICD 203 term, the polarity
/// (for, against, mixed) and the claims it rests on.
///
/// Rules, in order:
/// 1. Only the author's claims count (speaker nil): a quoted speaker's estimate is the speaker's.
///    A claim counts when it has a polarity for or against the proposition, or an estimate of it.
/// 2. Weights: a claim opened by a conclusion marker ("To sum up") weighs 3, a title or lead claim 2,
///    any other 1; a hypothetical claim half as much.
/// 3. A probability the author states in numbers decides (the last one stated: authors revise), unless
///    a marked conclusion gives a verbal estimate. Otherwise, when the author marks a conclusion about
///    the proposition, the last such conclusion decides (an author ends with the judgement the article
///    argues for). The deciding claim's evidence weight is raised by 1 so it comes first.
/// 4. Otherwise, when claims go both ways and the smaller side weighs at least a third of the two,
///    the verdict is mixed with no term. Else the heavier side wins, with the term whose band holds
///    the weighted mean of its claims' band midpoints. Only even-chance estimates give "mixed" with
///    "roughly even chance".
/// 5. A source with no counting claim about a proposition has no verdict on it.
public struct VerdictAggregator: Sendable {
    static let conclusionWeight = 3.0
    static let leadWeight = 2.0
    static let premiseWeight = 1.0
    static let hypotheticalFactor = 0.5
    static let decisiveBonus = 1.0
    /// The smaller side must weigh this share of both sides for the source to count as mixed.
    static let mixedShare = 1.0 / 3.0

    public init() {}

    /// The verdicts of one source, one per proposition it judges, in order of first evidence.
    public func verdicts(for claims: [ExtractedClaim], in document: AnalyzedText) -> [ExtractedVerdict] {
        var order: [String] = []
        var byProposition: [String: [Int]] = [:]
        for (index, claim) in claims.enumerated() where counts(claim) {
            guard let proposition = claim.proposition else { continue }
            if byProposition[proposition] == nil { order.append(proposition) }
            byProposition[proposition, default: []].append(index)
        }
        return order.compactMap { proposition in
            verdict(proposition, evidence: byProposition[proposition] ?? [], claims: claims)
        }
    }

    private func counts(_ claim: ExtractedClaim) -> Bool {
        guard claim.speaker == nil, claim.proposition != nil else { return false }
        return claim.polarity == .for || claim.polarity == .against || claim.likelihood != nil
    }

    private func weight(_ claim: ExtractedClaim) -> Double {
        let base: Double
        switch (claim.role, claim.roleCue) {
        case (.conclusion, "title"?), (.conclusion, "lead"?): base = VerdictAggregator.leadWeight
        case (.conclusion, _): base = VerdictAggregator.conclusionWeight
        case (.premise, _): base = VerdictAggregator.premiseWeight
        }
        return claim.context == .hypothetical ? base * VerdictAggregator.hypotheticalFactor : base
    }

    private func isMarkedConclusion(_ claim: ExtractedClaim) -> Bool {
        claim.role == .conclusion && claim.roleCue != "title" && claim.roleCue != "lead"
    }

    private func verdict(_ proposition: String, evidence: [Int], claims: [ExtractedClaim]) -> ExtractedVerdict? {
        guard !evidence.isEmpty else { return nil }
        var weights = Dictionary(uniqueKeysWithValues: evidence.map { ($0, weight(claims[$0])) })
        let forWeight = evidence.filter { claims[$0].polarity == .for }.reduce(0) { $0 + (weights[$1] ?? 0) }
        let againstWeight = evidence.filter { claims[$0].polarity == .against }.reduce(0) { $0 + (weights[$1] ?? 0) }
        let tally =
            "author claims: \(count(.for, evidence, claims)) for (weight \(format(forWeight))), "
            + "\(count(.against, evidence, claims)) against (weight \(format(againstWeight))), "
            + "\(count(.neutral, evidence, claims)) even"

        let polarity: ExtractedVerdict.Polarity
        var likelihood: Likelihood?
        var note: String
        if let stated = evidence.last(where: { claims[$0].likelihood?.isStated == true }),
            !evidence.contains(where: {
                isMarkedConclusion(claims[$0]) && claims[$0].likelihood != nil && !(claims[$0].likelihood?.isStated ?? false)
            })
        {
            // A number the author states is the most explicit estimate there is; the last one stated
            // is the current one ("I estimated 35% ... I raise my estimate to 50%").
            let claim = claims[stated]
            weights[stated, default: 0] += VerdictAggregator.decisiveBonus
            polarity = ExtractedVerdict.Polarity(claim.polarity)
            likelihood = claim.likelihood
            note = "The author's own number decides: \(claim.likelihood.map { "\($0.term) (“\($0.cue)”)" } ?? "")" + "; \(tally)."
        } else if let decisive = evidence.last(where: { isMarkedConclusion(claims[$0]) && claims[$0].likelihood != nil })
            ?? evidence.last(where: { isMarkedConclusion(claims[$0]) && claims[$0].polarity != .neutral })
        {
            let claim = claims[decisive]
            weights[decisive, default: 0] += VerdictAggregator.decisiveBonus
            polarity = ExtractedVerdict.Polarity(claim.polarity)
            likelihood = claim.likelihood
            note =
                "The author's conclusion (“\(claim.roleCue ?? "conclusion")”) decides"
                + (claim.likelihood.map { ": \($0.term) (“\($0.cue)”)" } ?? ": \(polarity.rawValue)")
                + "; \(tally)."
        } else if forWeight > 0, againstWeight > 0,
            min(forWeight, againstWeight) / (forWeight + againstWeight) >= VerdictAggregator.mixedShare
        {
            polarity = .mixed
            note = "No concluding judgement and the source argues both ways; \(tally)."
        } else if forWeight == 0, againstWeight == 0 {
            polarity = .mixed
            let even = evidence.compactMap { claims[$0].likelihood }
            likelihood = even.first
            note = "Only even-chance estimates, no lean either way; \(tally)."
        } else {
            let side: ExtractedClaim.Polarity = forWeight >= againstWeight ? .for : .against
            polarity = side == .for ? .for : .against
            let estimates = evidence.filter { claims[$0].polarity == side && claims[$0].likelihood != nil }
            let total = estimates.reduce(0) { $0 + (weights[$1] ?? 0) }
            if total > 0 {
                let mean =
                    estimates.reduce(0) { sum, index in
                        sum + (weights[index] ?? 0) * midpoint(claims[index].likelihood)
                    } / total
                let term = LikelihoodScale.term(containing: mean)
                let heaviest = estimates.max { (weights[$0] ?? 0) < (weights[$1] ?? 0) }
                let voice = estimates.first { claims[$0].likelihood?.term == term.name } ?? heaviest
                if let voice, let cue = claims[voice].likelihood {
                    likelihood = term.likelihood(cue: cue.cue, span: cue.cueSpan)
                }
                note =
                    "No concluding judgement; the \(side.rawValue) side outweighs, weighted mean estimate "
                    + "\(format(mean)) → \(term.name); \(tally)."
            } else {
                note = "No concluding judgement and no estimate; the \(side.rawValue) side outweighs; \(tally)."
            }
        }
        let ranked = evidence.sorted { (weights[$0] ?? 0, $0) > (weights[$1] ?? 0, $1) }
        return ExtractedVerdict(
            proposition: proposition, likelihood: likelihood, polarity: polarity,
            evidence: ranked.map { (claimIndex: $0, weight: weights[$0] ?? 0) }, note: note)
    }

    private func count(_ polarity: ExtractedClaim.Polarity, _ evidence: [Int], _ claims: [ExtractedClaim]) -> Int {
        evidence.filter { claims[$0].polarity == polarity }.count
    }

    private func midpoint(_ likelihood: Likelihood?) -> Double {
        guard let likelihood else { return 0.5 }
        return (likelihood.pLow + likelihood.pHigh) / 2
    }

    private func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}

extension ExtractedVerdict.Polarity {
    /// A claim's polarity as a verdict's: neutral or none is mixed.
    init(_ polarity: ExtractedClaim.Polarity?) {
        switch polarity {
        case .for?: self = .for
        case .against?: self = .against
        default: self = .mixed
        }
    }
}
