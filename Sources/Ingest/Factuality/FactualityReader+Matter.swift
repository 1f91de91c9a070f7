import Domain

/// The commitment a clause makes to the matter itself: refutation, contrast, change, future,
/// occurrence, negation, existence and presupposition.
extension FactualityReader {
    func matterCommitment(tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
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
    func refutation(_ tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        for found in lexicon.matches(.refutation, in: tokens, range: clause) {
            guard let value = found.entry.value else { continue }
            let position = found.tokens.lowerBound
            if position >= term.upperBound {
                // After the matter: a predicate of the clause the matter's noun phrase is subject of.
                guard position - term.upperBound <= Self.reach,
                    (term.upperBound..<position).contains(where: {
                        isBe(tokens[$0]) || tokens[$0].folded == "seem" || tokens[$0].folded == "seems"
                    }),
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
    func contrast(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        for found in lexicon.matches(.contrast, in: tokens, range: segment.lowerBound..<term.lowerBound) {
            guard let value = found.entry.value, onlyModifiers(tokens, found.tokens.upperBound..<term.lowerBound, limit: 3) else {
                continue
            }
            return Commitment(value: value, cue: found.tokens, chain: ["contrast \(value.rawValue) (\(found.entry.phrase))"])
        }
        return nil
    }

    /// "the chances of Ukraine joining NATO have only decreased", "recession odds rising".
    func change(_ tokens: [Token], clause: Range<Int>, segment: Range<Int>, term: Range<Int>) -> Commitment? {
        let nearby = max(clause.lowerBound, term.lowerBound - Self.reach - 2)..<min(clause.upperBound, term.upperBound + 4)
        guard let chance = lexicon.matches(.chance, in: tokens, range: nearby).first else { return nil }
        for found in lexicon.matches(.change, in: tokens, range: clause) {
            guard let value = found.entry.value, abs(found.tokens.lowerBound - chance.tokens.lowerBound) <= Self.reach + 4,
                changesTheChance(found.tokens, chance: chance.tokens, tokens: tokens)
            else { continue }
            let cue =
                min(chance.tokens.lowerBound, found.tokens.lowerBound)..<max(chance.tokens.upperBound, found.tokens.upperBound)
            return Commitment(
                value: value, cue: cue, chain: ["change \(value.rawValue) (\(found.entry.phrase) \(chance.entry.phrase))"])
        }
        return nil
    }

    /// The change word speaks of the noun of chance: right before it ("dwindling chances"), right
    /// after it ("odds rising"), or as a finite verb after an auxiliary ("the chances have only
    /// decreased", "prospects are slim"); not the matter's own verb ("the risk of the U.S. falling
    /// into recession").
    func changesTheChance(_ change: Range<Int>, chance: Range<Int>, tokens: [Token]) -> Bool {
        if change.upperBound <= chance.lowerBound { return chance.lowerBound - change.upperBound <= 1 }
        if change.lowerBound == chance.upperBound { return true }
        // A finite past form after the noun is its verb ("the chances of a deal fell"); a form in
        // -ing needs an auxiliary ("are falling"), else it is the matter's own ("the U.S. falling").
        if !tokens[change.lowerBound].folded.hasSuffix("ing"), !Self.adjectives.contains(tokens[change.lowerBound].folded) {
            return true
        }
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
    func future(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        var index = term.lowerBound - 1
        var words = 0
        while index >= segment.lowerBound, words <= Self.reach {
            let token = tokens[index]
            if let (marker, negated) = futureMarker(tokens, at: index, floor: segment.lowerBound) {
                guard !hasHedge(tokens, before: marker.lowerBound, floor: segment.lowerBound) else { return nil }
                let between = afterOwnNegator(marker, negated, tokens)..<term.lowerBound
                let value: Factuality =
                    ((negated ? 1 : 0) + flips(tokens, between)) % 2 == 1 ? .certainNegative : .certainPositive
                let start = negated ? max(segment.lowerBound, marker.lowerBound - 1) : marker.lowerBound
                return Commitment(
                    value: value, cue: min(start, marker.lowerBound)..<marker.upperBound,
                    chain: ["future \(value.rawValue) (\(tokens[marker].map(\.text).joined(separator: " ")))"])
            }
            if isClauseBreak(token) || isHedge(token) { return nil }
            index -= 1
            words += 1
        }
        return nil
    }

    /// Where the words after a future marker start: after its own "not" or "never" ("will not").
    func afterOwnNegator(_ marker: Range<Int>, _ negated: Bool, _ tokens: [Token]) -> Int {
        let next = marker.upperBound
        guard negated, next < tokens.count, ["not", "never"].contains(tokens[next].folded) else { return next }
        return next + 1
    }

    /// "an alliance will happen", "it is not going to materialize": the matter as the subject of a
    /// verb of happening.
    func occurrence(_ tokens: [Token], clause: Range<Int>, term: Range<Int>) -> Commitment? {
        let window = term.upperBound..<min(clause.upperBound, term.upperBound + Self.reach + 3)
        guard let verb = lexicon.matches(.occur, in: tokens, range: window).first else { return nil }
        var index = verb.tokens.lowerBound - 1
        while index >= term.upperBound {
            if let (marker, negated) = futureMarker(tokens, at: index, floor: term.upperBound) {
                let between = afterOwnNegator(marker, negated, tokens)..<verb.tokens.lowerBound
                let value: Factuality =
                    ((negated ? 1 : 0) + flips(tokens, between)) % 2 == 1 ? .certainNegative : .certainPositive
                return Commitment(
                    value: value, cue: marker.lowerBound..<verb.tokens.upperBound,
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
    func negation(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        var index = term.lowerBound - 1
        var words = 0
        while index >= segment.lowerBound, words <= Self.negationReach {
            if grammar.isNegator(tokens[index]) {
                guard !hasHedge(tokens, before: index, floor: segment.lowerBound), !isPastDenial(tokens, index) else {
                    return nil
                }
                let value: Factuality =
                    flips(tokens, (index + 1)..<term.lowerBound) % 2 == 0 ? .probableNegative : .probablePositive
                return Commitment(
                    value: value, cue: index..<(index + 1),
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
    func flips(_ tokens: [Token], _ range: Range<Int>) -> Int {
        var count = 0
        for found in lexicon.matches(.negative, in: tokens, range: range) where !found.tokens.isEmpty { count += 1 }
        return count + range.filter { grammar.isNegator(tokens[$0]) }.count
    }

    /// "Ukraine is now a de facto member of NATO", "we're in a recession", "a de facto alliance
    /// already exists": the matter holds now.
    func existence(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        // After the matter: "... already exists", "... has become a reality".
        let after = term.upperBound..<min(segment.upperBound, term.upperBound + Self.reach + 1)
        let afterLong = term.upperBound..<min(segment.upperBound, term.upperBound + Self.reach + 3)
        if let found = lexicon.matches(.existence, in: tokens, range: afterLong).first(where: {
            $0.entry.phrase == "as it stands"
        })
            ?? lexicon.matches(.existence, in: tokens, range: after).first(where: {
                ["exists", "exist"].contains($0.entry.phrase)
            })
        {
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
                    return Commitment(
                        value: .certainPositive, cue: found.tokens,
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
                    !(index..<term.lowerBound).contains(where: { grammar.isNegator(tokens[$0]) })
                else { return nil }
                let cue = index..<max(index + 1, (marker?.upperBound ?? index + 2))
                return Commitment(
                    value: .certainPositive, cue: cue,
                    chain: ["existence CT+ (\(tokens[cue].map(\.text).joined(separator: " ")))"])
            }
            if isClauseBreak(token) || isPast(token) || isHedge(token) { return nil }
            index -= 1
            words += 1
        }
        return nil
    }

    /// The existence phrase that covers token `index` and ends before `limit`, if any.
    func existencePhrase(_ tokens: [Token], covering index: Int, before limit: Int)
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
    func presupposition(_ tokens: [Token], segment: Range<Int>, term: Range<Int>) -> Commitment? {
        let before = max(segment.lowerBound, term.lowerBound - Self.reach)..<term.lowerBound
        for found in lexicon.matches(.presupposition, in: tokens, range: before) {
            guard let value = found.entry.value else { continue }
            let isClauseTrigger = found.entry.phrase == "once"
            guard
                isClauseTrigger
                    || (onlyModifiers(tokens, found.tokens.upperBound..<term.lowerBound, limit: 2)
                        && isDefinite(tokens, before: found.tokens.lowerBound, floor: segment.lowerBound))
            else { continue }
            // "a decision affirmed Ukraine's future membership": what a past act said, not the author.
            let reach = max(segment.lowerBound, found.tokens.lowerBound - 3)..<found.tokens.lowerBound
            guard !reach.contains(where: { isPast(tokens[$0]) || isPastForm(tokens[$0]) }) else { continue }
            return Commitment(
                value: value, cue: found.tokens, chain: ["presupposition \(value.rawValue) (\(found.entry.phrase))"])
        }
        return nil
    }

    /// "the formal ...", "Russia's future ...": a definite article or a possessive before the adjective.
    func isDefinite(_ tokens: [Token], before index: Int, floor: Int) -> Bool {
        guard index > floor else { return false }
        let previous = tokens[index - 1]
        return previous.kind == .possessive
            || ["the", "their", "its", "his", "her", "our", "this", "that"].contains(previous.folded)
    }

    /// "affirmed", "signed": a past form of a verb (lower case, "-ed").
    func isPastForm(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.text.count > 4 && token.folded.hasSuffix("ed")
    }
}
