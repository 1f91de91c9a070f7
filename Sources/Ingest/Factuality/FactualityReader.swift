import Domain

/// The author's commitment to a matter, with the words that carry it.
public struct Commitment: Sendable, Hashable {
    public let value: Factuality
    /// Token indexes of the words that carry the commitment, first to last ("won't", "already",
    /// "rather than", "I don't think ... will").
    public let cue: Range<Int>
    /// The steps of the chain of sources, outermost first: ["belief PR- (I don't think)", "future CT+ (will)"].
    public let chain: [String]
}

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
            return Commitment(value: belief.value.composed(over: value), cue: belief.cue.lowerBound..<last.tokens.upperBound,
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
              !(anaphor.upperBound..<found.tokens.lowerBound).contains(where: { grammar.isNegator(tokens[$0]) || isHedge(tokens[$0]) })
        else { return nil }
        return Commitment(value: value, cue: anaphor.lowerBound..<found.tokens.upperBound,
                          chain: ["ongoing \(value.rawValue) (\(found.entry.phrase))"])
    }

    /// Verbs of wanting and of seeing-as: "may see nuclear weapons as a necessity" is an attitude.
    private static let motives = WordLists.builtIn.set(.motiveVerbs)

    // MARK: The matter's own clause

    private func matterCommitment(tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        let segment = segmentRange(tokens: tokens, clause: clause, around: term.lowerBound)
        // The author declines to judge: "no one knows whether ...", "it remains to be seen if ...".
        if let declined = lexicon.matches(.decline, in: tokens, range: clause.lowerBound..<term.lowerBound).first {
            return Commitment(value: .underspecified, cue: declined.tokens, chain: ["decline Uu (\(declined.entry.phrase))"])
        }
        // A conditional or a hedge in the matter's own stretch leaves it open.
        if (segment.lowerBound..<term.lowerBound).contains(where: { isConditional(tokens[$0]) }) { return nil }
        if let found = refutation(tokens, clause: clause, term: term) { return found }
        if let found = contrast(tokens, segment: segment, term: term) { return found }
        if let found = change(tokens, clause: clause, segment: segment, term: term) { return found }
        if let found = future(tokens, segment: segment, term: term) { return found }
        if let found = occurrence(tokens, clause: clause, term: term) { return found }
        if let found = negation(tokens, segment: segment, term: term) { return found }
        if let found = existence(tokens, segment: segment, term: term) { return found }
        if let found = presupposition(tokens, segment: segment, term: term) { return found }
        return nil
    }

    /// "talk of an alliance is overblown", "fears of a recession are premature", "the misconception
    /// that Iran would build a bomb".
    private func refutation(_ tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        for found in lexicon.matches(.refutation, in: tokens, range: clause) {
            guard let value = found.entry.value else { continue }
            let position = found.tokens.lowerBound
            if position >= term.upperBound {
                // After the matter: a predicate of the clause the matter's noun phrase is subject of.
                guard position - term.upperBound <= Self.reach,
                      (term.upperBound..<position).contains(where: { isBe(tokens[$0]) || tokens[$0].folded == "seem" || tokens[$0].folded == "seems" }),
                      !(term.upperBound..<position).contains(where: { grammar.isNegator(tokens[$0]) })
                else { continue }
            } else {
                // Before it: a noun whose "that" clause (or "of" phrase) holds the matter.
                let between = found.tokens.upperBound..<term.lowerBound
                guard between.contains(where: { ["that", "of", ":"].contains(tokens[$0].folded) }) else { continue }
            }
            return Commitment(value: value, cue: found.tokens, chain: ["refutation \(value.rawValue) (\(found.entry.phrase))"])
        }
        return nil
    }

    /// "an alignment rather than an alliance", "stops short of a pact", "a partnership, not an
    /// alliance": a contrast word right before the matter's noun phrase.
    private func contrast(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        for found in lexicon.matches(.contrast, in: tokens, range: segment.lowerBound..<term.lowerBound) {
            guard let value = found.entry.value, onlyModifiers(tokens, found.tokens.upperBound..<term.lowerBound, limit: 3) else { continue }
            return Commitment(value: value, cue: found.tokens, chain: ["contrast \(value.rawValue) (\(found.entry.phrase))"])
        }
        return nil
    }

    /// "the chances of Ukraine joining NATO have only decreased", "recession odds rising".
    private func change(_ tokens: [Token], clause: Range<Int>, segment: Range<Int>, term: Range<Int>) -> Commitment? {
        let nearby = max(clause.lowerBound, term.lowerBound - Self.reach - 2)..<min(clause.upperBound, term.upperBound + 4)
        guard let chance = lexicon.matches(.chance, in: tokens, range: nearby).first else { return nil }
        for found in lexicon.matches(.change, in: tokens, range: clause) {
            guard let value = found.entry.value, abs(found.tokens.lowerBound - chance.tokens.lowerBound) <= Self.reach + 4,
                  changesTheChance(found.tokens, chance: chance.tokens, tokens: tokens) else { continue }
            let cue = min(chance.tokens.lowerBound, found.tokens.lowerBound)..<max(chance.tokens.upperBound, found.tokens.upperBound)
            return Commitment(value: value, cue: cue, chain: ["change \(value.rawValue) (\(found.entry.phrase) \(chance.entry.phrase))"])
        }
        return nil
    }

    /// The change word speaks of the noun of chance: right before it ("dwindling chances"), right
    /// after it ("odds rising"), or as a finite verb after an auxiliary ("the chances have only
    /// decreased", "prospects are slim"); not the matter's own verb ("the risk of the U.S. falling
    /// into recession").
    private func changesTheChance(_ change: Range<Int>, chance: Range<Int>, tokens: [Token]) -> Bool {
        if change.upperBound <= chance.lowerBound { return chance.lowerBound - change.upperBound <= 1 }
        if change.lowerBound == chance.upperBound { return true }
        // A finite past form after the noun is its verb ("the chances of a deal fell"); a form in
        // -ing needs an auxiliary ("are falling"), else it is the matter's own ("the U.S. falling").
        if !tokens[change.lowerBound].folded.hasSuffix("ing"), !Self.adjectives.contains(tokens[change.lowerBound].folded) { return true }
        var index = change.lowerBound - 1
        var steps = 0
        while index >= chance.upperBound, steps < 3 {
            let word = tokens[index].folded
            if ["have", "has", "had", "are", "is", "were", "was", "been", "be"].contains(word) { return true }
            guard word.hasSuffix("ly") || ["only", "now", "also", "even", "further"].contains(word) else { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// Change words that are adjectives: they need a form of "be" ("prospects are slim").
    private static let adjectives = WordLists.builtIn.set(.changeAdjectives)

    /// "will join", "won't get", "is not going to sign", "they'll form": a future marker before the
    /// matter, a negator next to it giving CT-.
    private func future(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        var index = term.lowerBound - 1
        var words = 0
        while index >= segment.lowerBound, words <= Self.reach {
            let token = tokens[index]
            if let (marker, negated) = futureMarker(tokens, at: index, floor: segment.lowerBound) {
                guard !hasHedge(tokens, before: marker.lowerBound, floor: segment.lowerBound) else { return nil }
                let between = afterOwnNegator(marker, negated, tokens)..<term.lowerBound
                let value: Factuality = ((negated ? 1 : 0) + flips(tokens, between)) % 2 == 1 ? .certainNegative : .certainPositive
                let start = negated ? max(segment.lowerBound, marker.lowerBound - 1) : marker.lowerBound
                return Commitment(value: value, cue: min(start, marker.lowerBound)..<marker.upperBound,
                                  chain: ["future \(value.rawValue) (\(tokens[marker].map(\.text).joined(separator: " ")))"])
            }
            if isClauseBreak(token) || isHedge(token) { return nil }
            index -= 1
            words += 1
        }
        return nil
    }

    /// Where the words after a future marker start: after its own "not" or "never" ("will not").
    private func afterOwnNegator(_ marker: Range<Int>, _ negated: Bool, _ tokens: [Token]) -> Int {
        let next = marker.upperBound
        guard negated, next < tokens.count, ["not", "never"].contains(tokens[next].folded) else { return next }
        return next + 1
    }

    /// "an alliance will happen", "it is not going to materialize": the matter as the subject of a
    /// verb of happening.
    private func occurrence(_ tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        let window = term.upperBound..<min(clause.upperBound, term.upperBound + Self.reach + 3)
        guard let verb = lexicon.matches(.occur, in: tokens, range: window).first else { return nil }
        var index = verb.tokens.lowerBound - 1
        while index >= term.upperBound {
            if let (marker, negated) = futureMarker(tokens, at: index, floor: term.upperBound) {
                let between = afterOwnNegator(marker, negated, tokens)..<verb.tokens.lowerBound
                let value: Factuality = ((negated ? 1 : 0) + flips(tokens, between)) % 2 == 1 ? .certainNegative : .certainPositive
                return Commitment(value: value, cue: marker.lowerBound..<verb.tokens.upperBound,
                                  chain: ["future \(value.rawValue) (\(verb.entry.phrase))"])
            }
            index -= 1
        }
        return nil
    }

    /// "this isn't the beginning of an alliance", "there is no alliance": a negator before the
    /// matter in its stretch of words denies it as it stands (PR-: a present denial leaves the
    /// future open; "won't" is read as a future). A verb that negates in turn ("no one could deny
    /// accession", "cannot prevent membership") makes the two negations an affirmation (PR+).
    private func negation(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        var index = term.lowerBound - 1
        var words = 0
        while index >= segment.lowerBound, words <= Self.negationReach {
            if grammar.isNegator(tokens[index]) {
                guard !hasHedge(tokens, before: index, floor: segment.lowerBound), !isPastDenial(tokens, index) else { return nil }
                let value: Factuality = flips(tokens, (index + 1)..<term.lowerBound) % 2 == 0 ? .probableNegative : .probablePositive
                return Commitment(value: value, cue: index..<(index + 1),
                                  chain: ["negation \(value.rawValue) (\(tokens[index].text))"])
            }
            if isClauseBreak(tokens[index]) || isHedge(tokens[index]) { return nil }
            index -= 1
            words += 1
        }
        return nil
    }

    /// "did not receive", "wasn't", "had never": a denial of the past tells nothing of the future.
    func isPastDenial(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].folded
        if ["didn't", "wasn't", "weren't", "hadn't"].contains(word) { return true }
        return index > 0 && ["did", "was", "were", "had"].contains(tokens[index - 1].folded)
    }

    /// Negators and verbs that negate what follows ("deny", "prevent") in `range`.
    private func flips(_ tokens: [Token], _ range: Range<Int>) -> Int {
        var count = 0
        for found in lexicon.matches(.negative, in: tokens, range: range) where !found.tokens.isEmpty { count += 1 }
        return count + range.filter { grammar.isNegator(tokens[$0]) }.count
    }

    /// "Ukraine is now a de facto member of NATO", "we're in a recession", "a de facto alliance
    /// already exists": the matter holds now.
    private func existence(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        // After the matter: "... already exists", "... has become a reality".
        let after = term.upperBound..<min(segment.upperBound, term.upperBound + Self.reach + 1)
        let afterLong = term.upperBound..<min(segment.upperBound, term.upperBound + Self.reach + 3)
        if let found = lexicon.matches(.existence, in: tokens, range: afterLong).first(where: { $0.entry.phrase == "as it stands" })
            ?? lexicon.matches(.existence, in: tokens, range: after).first(where: { ["exists", "exist"].contains($0.entry.phrase) }) {
            return Commitment(value: .certainPositive, cue: found.tokens, chain: ["existence CT+ (\(found.entry.phrase))"])
        }
        // Before it: a form of "be" (or "has become") with a marker of the present, or "in".
        var index = term.lowerBound - 1
        var marker: Range<Int>?
        var words = 0
        while index >= segment.lowerBound, words <= Self.reach {
            // A marker of several words ("in all but name") is taken whole, from its first word.
            if let found = existencePhrase(tokens, covering: index, before: term.lowerBound) {
                if ["has become", "have become", "has formed", "have formed"].contains(found.entry.phrase) {
                    return Commitment(value: .certainPositive, cue: found.tokens,
                                      chain: ["existence CT+ (\(found.entry.phrase))"])
                }
                marker = marker ?? found.tokens
                index = found.tokens.lowerBound
            }
            let token = tokens[index]
            if isBe(token) {
                let inBefore = index + 1 < term.lowerBound && tokens[index + 1].folded == "in"
                guard marker != nil || inBefore, !isPast(token),
                      !hasHedge(tokens, before: index, floor: segment.lowerBound),
                      !(index..<term.lowerBound).contains(where: { grammar.isNegator(tokens[$0]) }) else { return nil }
                let cue = index..<max(index + 1, (marker?.upperBound ?? index + 2))
                return Commitment(value: .certainPositive, cue: cue,
                                  chain: ["existence CT+ (\(tokens[cue].map(\.text).joined(separator: " ")))"])
            }
            if isClauseBreak(token) || isPast(token) || isHedge(token) { return nil }
            index -= 1
            words += 1
        }
        return nil
    }

    /// The existence phrase that covers token `index` and ends before `limit`, if any.
    private func existencePhrase(_ tokens: [Token], covering index: Int, before limit: Int)
        -> (tokens: Range<Int>, entry: FactualityLexicon.Entry)?
    {
        for start in stride(from: index, through: max(0, index - 4), by: -1) {
            if let found = lexicon.match(.existence, in: tokens, at: start, limit: limit), found.tokens.contains(index) {
                return found
            }
        }
        return nil
    }

    /// "once Iran has the bomb", "Russia's future military alliance", "the coming recession".
    private func presupposition(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        let before = max(segment.lowerBound, term.lowerBound - Self.reach)..<term.lowerBound
        for found in lexicon.matches(.presupposition, in: tokens, range: before) {
            guard let value = found.entry.value else { continue }
            let isClauseTrigger = found.entry.phrase == "once"
            guard isClauseTrigger || (onlyModifiers(tokens, found.tokens.upperBound..<term.lowerBound, limit: 2)
                                      && isDefinite(tokens, before: found.tokens.lowerBound, floor: segment.lowerBound))
            else { continue }
            // "a decision affirmed Ukraine's future membership": what a past act said, not the author.
            let reach = max(segment.lowerBound, found.tokens.lowerBound - 3)..<found.tokens.lowerBound
            guard !reach.contains(where: { isPast(tokens[$0]) || isPastForm(tokens[$0]) }) else { continue }
            return Commitment(value: value, cue: found.tokens, chain: ["presupposition \(value.rawValue) (\(found.entry.phrase))"])
        }
        return nil
    }

    /// "the formal ...", "Russia's future ...": a definite article or a possessive before the adjective.
    private func isDefinite(_ tokens: [Token], before index: Int, floor: Int) -> Bool {
        guard index > floor else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .possessive || ["the", "their", "its", "his", "her", "our", "this", "that"].contains(previous.folded)
    }

    /// "affirmed", "signed": a past form of a verb (lower case, "-ed").
    private func isPastForm(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.text.count > 4 && token.folded.hasSuffix("ed")
    }

    // MARK: Beliefs of the author

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
    private func isApposition(_ token: Token) -> Bool {
        (token.kind == .word && !token.isCapitalized && !grammar.contains(token, .verb) && !grammar.contains(token, .npStop))
            || token.text == "-"
    }

    /// First-person subjects: the author ("I", "we", "many of us", "I'm", "we've").
    private static let firstPerson = WordLists.builtIn.set(.firstPerson)
    private static let auxiliaries = WordLists.builtIn.set(.firstPersonGapWords)

    // MARK: Word classes

    /// A future marker at `index`: "will", "shall", "'ll" (in "they'll"), "won't", "going to" after
    /// a form of "be". Returns its tokens and whether it carries its own negation.
    private func futureMarker(_ tokens: [Token], at index: Int, floor: Int) -> (Range<Int>, Bool)? {
        let folded = tokens[index].folded
        if folded == "won't" || folded == "wont" || folded == "shan't" { return (index..<(index + 1), true) }
        if folded.hasSuffix("'ll") { return (index..<(index + 1), false) }
        guard let found = lexicon.match(.future, in: tokens, at: index, limit: tokens.count) else { return nil }
        if found.entry.phrase == "going to" {
            // A form of "be" before it, perhaps across a negator: "is (not) going to", "it's going to".
            var cursor = index - 1
            var negated = false
            while cursor >= floor, index - cursor <= 3 {
                if grammar.isNegator(tokens[cursor]) {
                    negated = true
                } else if isBe(tokens[cursor]) {
                    return (cursor..<found.tokens.upperBound, negated || tokens[cursor].folded.hasSuffix("n't"))
                } else if tokens[cursor].kind != .possessive, !tokens[cursor].folded.hasSuffix("ly") {
                    return nil
                }
                cursor -= 1
            }
            return nil
        }
        let next = found.tokens.upperBound
        let negated = next < tokens.count && (tokens[next].folded == "not" || tokens[next].folded == "never")
        return (found.tokens, negated)
    }

    /// A form of "be" in the present or past: "is", "are", "am", "'s" (after a pronoun), "isn't",
    /// "we're", "I'm", "was".
    func isBe(_ token: Token) -> Bool {
        let folded = token.folded
        if Self.beForms.contains(folded) { return true }
        if token.kind == .possessive { return true }  // "it's", "that's": the tokenizer's possessive
        return folded.hasSuffix("'re") || folded.hasSuffix("'m")
    }

    private static let beForms = WordLists.builtIn.set(.beForms)

    private func isPast(_ token: Token) -> Bool {
        ["was", "were", "wasn't", "weren't", "had"].contains(token.folded)
    }

    private func isHedge(_ token: Token) -> Bool {
        lexicon.match(.hedge, in: [token], at: 0, limit: 1) != nil
    }

    private func isConditional(_ token: Token) -> Bool {
        grammar.contains(token, .conditional)
    }

    /// A hedge or conditional earlier in the stretch ("would", "could", "if"): the matter is open.
    private func hasHedge(_ tokens: [Token], before index: Int, floor: Int) -> Bool {
        (floor..<index).contains { isHedge(tokens[$0]) || isConditional(tokens[$0]) }
    }

    private func isClauseBreak(_ token: Token) -> Bool {
        if token.kind == .punctuation { return [",", ";", ":", "—", "–", "(", ")", "?", "!", "."].contains(token.text) }
        return ["that", "which", "who", "because", "but", "while", "although", "though", "whereas"].contains(token.folded)
    }

    /// Only determiners, adjectives, possessives and hyphens in `range`, at most `limit` words.
    private func onlyModifiers(_ tokens: [Token], _ range: Range<Int>, limit: Int) -> Bool {
        var words = 0
        for index in range {
            let token = tokens[index]
            if token.kind == .punctuation, token.text != "-" { return false }
            if token.kind == .word {
                words += 1
                if grammar.contains(token, .verb) || grammar.isNegator(token) { return false }
            }
        }
        return words <= limit
    }

    /// The comma stretch of the clause that holds `index`.
    private func segmentRange(tokens: [Token], clause: Range<Int>, around index: Int) -> Range<Int> {
        var start = index
        while start > clause.lowerBound, !Self.segmentBoundaries.contains(tokens[start - 1].text) { start -= 1 }
        var end = index
        while end < clause.upperBound, !Self.segmentBoundaries.contains(tokens[end].text) { end += 1 }
        return start..<end
    }

    private static let segmentBoundaries: Set<String> = [",", ";", ":", "—", "–", "(", ")"]
}
