import Domain

/// Reads, for a clause that names a proposition's matter, how the author commits to it when no
/// estimative phrase says so: the grammar of the clause (future, negation, existence, contrast,
/// refutation, presupposition, changes of chance) composed under the author's own beliefs ("I
/// doubt", "I expect"), as FactBank's profiler composes values along the chain of sources (Saurí
/// and Pustejovsky 2012).
///
/// ```swift
/// // "I don't think Ukraine will ever join NATO": belief PR+ negated over future CT+ → PR- (unlikely)
/// let commitment = reader.commitment(tokens: tokens, clause: 0..<tokens.count, term: 8..<9)
/// ```
/// Every rule reads a few tokens around the term, so the work is linear in the clause.
struct FactualityReader: Sendable {
    let lexicon: FactualityLexicon
    let grammar: DiscourseLexicon

    /// How many words may stand between a marker and the matter's term ("will eventually sign a
    /// formal treaty": eventually, sign, a, formal).
    static let reach = 6
    /// How far back a negator denies the matter ("No one can stop Russia and China from forming
    /// an alliance": nine words).
    static let negationReach = 10

    /// The commitment to the matter at `term`, or nil when the clause shows none (a plain mention).
    func commitment(tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        let inner = matterCommitment(tokens: tokens, clause: clause, term: term)
        guard let belief = belief(tokens: tokens, clause: clause, before: term.lowerBound) else { return inner }
        let over = inner?.value ?? .certainPositive
        let value = belief.value.composed(over: over)
        let first = min(belief.cue.lowerBound, inner?.cue.lowerBound ?? belief.cue.lowerBound)
        let last = max(belief.cue.upperBound, inner?.cue.upperBound ?? belief.cue.upperBound)
        return Commitment(value: value, cue: first..<last, chain: belief.chain + (inner?.chain ?? []))
    }

    /// The value an elliptical answer gives a question ("No." CT-, "Probably not." via the
    /// estimative lexicon, "I don't think so." PR-, "I think so." PR+), or nil.
    func answer(tokens: [Token], clause: Range<Int>) -> Commitment? {
        guard declines(tokens: tokens, clause: clause) == nil else { return nil }
        let firstWord = clause.first { tokens[$0].kind == .word }
        // "No." and "Yes." answer as the clause's first word; "so" and "not" after a belief.
        let answers = lexicon.matches(.answer, in: tokens, range: clause).filter { found in
            ["so", "not"].contains(found.entry.phrase) || found.tokens.lowerBound == firstWord
        }
        guard let last = answers.last, let value = last.entry.value else { return nil }
        // "so" and "not" answer only after a verb of belief or seeming ("I think so", "I hope not").
        if ["so", "not"].contains(last.entry.phrase) {
            guard let belief = belief(tokens: tokens, clause: clause, before: last.tokens.lowerBound) else { return nil }
            return Commitment(
                value: belief.value.composed(over: value), cue: belief.cue.lowerBound..<last.tokens.upperBound,
                chain: belief.chain + ["answer \(value.rawValue) (\(last.entry.phrase))"])
        }
        return Commitment(value: value, cue: last.tokens, chain: ["answer \(value.rawValue) (\(last.entry.phrase))"])
    }

    /// True when the author declines to judge in the clause ("it remains to be seen", "I have no idea").
    func declines(tokens: [Token], clause: Range<Int>) -> Range<Int>? {
        lexicon.matches(.decline, in: tokens, range: clause).first?.tokens
    }

    /// True when `index` begins with an anaphor ("it", "this", "the idea", "the prospect").
    func anaphor(in tokens: [Token], at index: Int, limit: Int) -> Range<Int>? {
        lexicon.match(.anaphor, in: tokens, at: index, limit: limit)?.tokens
    }

    /// True when a verb of motive ("want", "wish") or of consequence ("use", "sell") stands between a
    /// cue and the matter: the estimate is about a motive ("unlikely to want nukes merely as a
    /// deterrent") or about what is done with the matter ("reluctant to use nuclear weapons").
    func motiveBetween(_ cue: Range<Int>, _ term: Range<Int>, in tokens: [Token]) -> Bool {
        guard cue.upperBound <= term.lowerBound else { return false }
        let between = cue.upperBound..<term.lowerBound
        return between.contains { Self.motives.contains(tokens[$0].folded) }
            || !lexicon.matches(.consequence, in: tokens, range: between).isEmpty
    }

    /// True when a cue after the matter estimates what the matter leads to: "an alliance ... is likely
    /// to worry India" (the alliance is taken as given; the estimate is of the worry). "is likely to
    /// happen", "is likely to be signed" and "is likely" alone estimate the matter itself.
    func estimatesConsequence(_ cue: Range<Int>, after term: Range<Int>, in tokens: [Token], clause: Range<Int>) -> Bool {
        guard cue.lowerBound >= term.upperBound else { return false }
        var next = cue.upperBound
        if next < clause.upperBound, tokens[next].folded != "to", tokens[cue.upperBound - 1].folded == "to" { next -= 1 }
        guard next + 1 < clause.upperBound, tokens[next].folded == "to" else { return false }
        let verb = tokens[next + 1]
        if ["be", "become", "come", "get"].contains(verb.folded) { return false }
        return lexicon.matches(.occur, in: tokens, range: (next + 1)..<min(clause.upperBound, next + 3)).isEmpty
            && lexicon.matches(.ongoing, in: tokens, range: (next + 1)..<min(clause.upperBound, next + 3)).isEmpty
    }

    /// "Now it's happening", "it is under way": an anaphor's matter is under way (CT+).
    func ongoing(tokens: [Token], clause: Range<Int>, after anaphor: Range<Int>) -> Commitment? {
        let window = anaphor.upperBound..<min(clause.upperBound, anaphor.upperBound + 4)
        guard let found = lexicon.matches(.ongoing, in: tokens, range: window).first, let value = found.entry.value,
            (anaphor.upperBound..<found.tokens.lowerBound).contains(where: { isBe(tokens[$0]) }),
            !(anaphor.upperBound..<found.tokens.lowerBound).contains(where: {
                grammar.isNegator(tokens[$0]) || isHedge(tokens[$0])
            })
        else { return nil }
        return Commitment(
            value: value, cue: anaphor.lowerBound..<found.tokens.upperBound,
            chain: ["ongoing \(value.rawValue) (\(found.entry.phrase))"])
    }

    /// Verbs of wanting and of seeing-as: "may see nuclear weapons as a necessity" is an attitude.
    private static let motives = WordLists.builtIn.set(.motiveVerbs)
}
