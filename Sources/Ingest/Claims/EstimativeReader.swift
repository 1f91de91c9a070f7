import Domain

/// An estimative cue found in a clause, after negation and scope have been applied.
public struct EstimativeCue: Sendable, Hashable {
    /// Token indexes of the phrase in the sentence's tokens.
    public let tokens: Range<Int>
    public let entry: EstimativeLexicon.Entry
    /// The term after negation: "not likely" gives "unlikely".
    public let term: LikelihoodScale.Term
    /// The negator that changed the term, as written.
    public let negator: String?
    /// True when the cue takes a `that` clause ("cannot exclude that ...", "it is likely that ..."),
    /// so it governs everything after it in the clause.
    public let governsComplement: Bool
    /// The cue as written and its span (from the first to the last token of the phrase).
    public let text: String
    public let span: TextSpan
    /// The probability the cue states in numbers ("a 20 percent chance"), when it is one.
    public var stated: StatedProbability?

    /// The cue's likelihood: the term's band, or the numbers the author stated.
    public var likelihood: Likelihood {
        guard let stated else { return term.likelihood(cue: text, span: span) }
        return Likelihood(term: term.name, pLow: stated.low, pHigh: stated.high, cue: text, cueSpan: span)
    }

    /// A stated probability as a cue: its term is the band that holds its midpoint.
    init(stated: StatedProbability, tokens: [Token], text: ScalarText) {
        let span = TextSpan(
            start: tokens[stated.tokens.lowerBound].span.start, end: tokens[stated.tokens.upperBound - 1].span.end)
        let term = stated.term
        self.tokens = stated.tokens
        self.entry = EstimativeLexicon.Entry(
            phrase: text[span], term: term, isHypothetical: false,
            notes: "stated probability", lineNumber: 0)
        self.term = term
        self.negator = nil
        // "a 27% probability that Iran ...": the number governs a that-clause after its noun of chance.
        self.governsComplement = (stated.tokens.upperBound..<min(tokens.count, stated.tokens.upperBound + 4))
            .contains { tokens[$0].folded == "that" }
        self.text = text[span]
        self.span = span
        self.stated = stated
    }

    init(
        tokens: Range<Int>, entry: EstimativeLexicon.Entry, term: LikelihoodScale.Term, negator: String?,
        governsComplement: Bool, text: String, span: TextSpan
    ) {
        self.tokens = tokens
        self.entry = entry
        self.term = term
        self.negator = negator
        self.governsComplement = governsComplement
        self.text = text
        self.span = span
        self.stated = nil
    }
}

/// Finds estimative cues in a clause and applies negation scope.
///
/// Negation rule: a negator ("not", "n't", "no", "never", "nobody", "hardly", ...) changes a cue when it
/// stands at most five tokens before it with no clause boundary between (punctuation, "that",
/// "which", "and", "but", ...), or right after it ("may not", "likely not"). Phrases that carry their
/// own negation ("cannot be ruled out", "in no hurry") are whole lexicon entries, and a negator
/// inside a matched phrase is never counted again.
public struct EstimativeReader: Sendable {
    let lexicon: EstimativeLexicon
    let grammar: DiscourseLexicon

    /// How far before a cue a negator still governs it.
    static let negationWindow = 5

    public init(lexicon: EstimativeLexicon, grammar: DiscourseLexicon) {
        self.lexicon = lexicon
        self.grammar = grammar
    }

    /// The cues in `range` of a sentence's tokens, left to right.
    public func cues(in tokens: [Token], range: Range<Int>, text: ScalarText) -> [EstimativeCue] {
        let matches = lexicon.matcher.matches(in: tokens, range: range)
        var covered = Set<Int>()
        for match in matches { covered.formUnion(match.tokens) }
        let sentenceStart = firstWordIndex(tokens)
        let titleCase = Self.isTitleCase(tokens)
        var cues: [EstimativeCue] = []
        for match in matches {
            let first = tokens[match.tokens.lowerBound]
            // A capitalized cue inside a sentence is a name ("May 2021", "Remote Sensing Agency"),
            // unless every word is capitalized (a headline: "Russia and China Are Almost There").
            if first.isCapitalized, !titleCase, match.tokens.lowerBound != sentenceStart,
                match.tokens.lowerBound != range.lowerBound
            {
                continue
            }
            let entry = lexicon.entries[match.value]
            guard let entryTerm = entry.term else { continue }  // "made it possible": not an estimate
            let negator = findNegator(tokens, cue: match.tokens, range: range, covered: covered)
            let term = negator == nil ? entryTerm : LikelihoodScale.negated(entryTerm)
            let last = tokens[match.tokens.upperBound - 1]
            let span = TextSpan(start: first.span.start, end: last.span.end)
            cues.append(
                EstimativeCue(
                    tokens: match.tokens, entry: entry, term: term, negator: negator,
                    governsComplement: takesComplement(tokens, match.tokens, range),
                    text: text[span], span: span))
        }
        return cues
    }

    /// The phrases of `none` rows in `range` ("more likely", "made it possible"): they look
    /// estimative and are not; what they govern is not asserted either ("makes it more likely that
    /// Tehran will decide" is no forecast that it will).
    public func nonEstimates(in tokens: [Token], range: Range<Int>) -> [Range<Int>] {
        lexicon.matcher.matches(in: tokens, range: range).filter { lexicon.entries[$0.value].term == nil }.map(\.tokens)
    }

    /// A headline in title case: every word of four letters or more is capitalized (at least three).
    ///
    /// One pass without allocation that stops at the first lower-case long word: it runs for every
    /// sentence with a cue or an attribution (`make bench`, perf).
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        var long = 0
        for token in tokens where token.kind == .word && token.span.length >= 4 {
            guard token.isCapitalized else { return false }
            long += 1
        }
        return long >= 3
    }

    private func firstWordIndex(_ tokens: [Token]) -> Int {
        tokens.firstIndex { $0.kind == .word } ?? 0
    }

    private func findNegator(_ tokens: [Token], cue: Range<Int>, range: Range<Int>, covered: Set<Int>) -> String? {
        // Right after the cue: "may not", "likely not".
        let after = cue.upperBound
        if after < range.upperBound, !covered.contains(after), grammar.isNegator(tokens[after]),
            tokens[after].folded == "not" || tokens[after].folded == "never"
        {
            return tokens[after].text
        }
        var index = cue.lowerBound - 1
        var steps = 0
        while index >= range.lowerBound, steps < EstimativeReader.negationWindow {
            let token = tokens[index]
            if covered.contains(index) { return nil }  // another cue owns the words before
            if grammar.isScopeBoundary(token) { return nil }
            if grammar.isNegator(token) { return token.text }
            // "no one" / "nobody" style two-word negators end in a word we already check; "no" is enough.
            index -= 1
            steps += 1
        }
        return nil
    }

    /// "cannot exclude that", "it is likely that": the cue (or the word after it) is "that".
    private func takesComplement(_ tokens: [Token], _ cue: Range<Int>, _ range: Range<Int>) -> Bool {
        for index in cue.upperBound..<min(cue.upperBound + 2, range.upperBound) where tokens[index].folded == "that" {
            return true
        }
        return false
    }
}
