import Domain

/// The author's own beliefs over the matter ("I think", "I doubt").
extension FactualityReader {
    /// A belief predicate of the author before `index` in the clause: "I expect", "I don't think",
    /// "we are convinced", "many of us have been expecting". Its value, negated by a negator between
    /// the pronoun and the predicate.
    func belief(tokens: [Token], clause: Range<Int>, before index: Int) -> Commitment? {
        for found in lexicon.matches(.belief, in: tokens, range: clause.lowerBound..<index).reversed() {
            guard let value = found.entry.value else { continue }
            // The subject: a first-person pronoun, across auxiliaries, adverbs and one negator.
            var cursor = found.tokens.lowerBound - 1
            var negated = false
            var steps = 0
            var subject: Int?
            while cursor >= clause.lowerBound, steps < 6 {
                let token = tokens[cursor]
                if Self.firstPerson.contains(token.folded) {
                    subject = cursor
                    break
                }
                if grammar.isNegator(token) {
                    negated = true
                } else if !(Self.auxiliaries.contains(token.folded) || token.folded.hasSuffix("ly") || isApposition(token)) {
                    break
                }
                cursor -= 1
                steps += 1
            }
            guard let subject else { continue }
            let own = negated ? value.negated : value
            let words = tokens[subject..<found.tokens.upperBound].map(\.text).joined(separator: " ")
            return Commitment(value: own, cue: subject..<found.tokens.upperBound, chain: ["belief \(own.rawValue) (\(words))"])
        }
        return nil
    }

    /// A lower-case noun of an apposition after the pronoun ("many of us economy-watchers").
    func isApposition(_ token: Token) -> Bool {
        (token.kind == .word && !token.isCapitalized && !grammar.contains(token, .verb) && !grammar.contains(token, .npStop))
            || token.text == "-"
    }

    /// First-person subjects: the author ("I", "we", "many of us", "I'm", "we've").
    private static let firstPerson = WordLists.builtIn.set(.firstPerson)
    private static let auxiliaries = WordLists.builtIn.set(.firstPersonGapWords)
}
