import Domain

extension LikelihoodTerm {
    /// A `Likelihood` of this term expressed by `cue`, with the term's band.
    public func likelihood(cue: String, span: TextSpan) -> Likelihood {
        Likelihood(term: name, pLow: pLow, pHigh: pHigh, cue: cue, cueSpan: span)
    }
}
