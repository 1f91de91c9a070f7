import Domain

/// The word classes the reader tests tokens for (future markers, be-forms, hedges, breaks).
extension FactualityReader {
    /// A future marker at `index`: "will", "shall", "'ll" (in "they'll"), "won't", "going to" after
    /// a form of "be". Returns its tokens and whether it carries its own negation.
    func futureMarker(_ tokens: [Token], at index: Int, floor: Int) -> (Range<Int>, Bool)? {
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

    func isPast(_ token: Token) -> Bool {
        ["was", "were", "wasn't", "weren't", "had"].contains(token.folded)
    }

    func isHedge(_ token: Token) -> Bool {
        lexicon.match(.hedge, in: [token], at: 0, limit: 1) != nil
    }

    func isConditional(_ token: Token) -> Bool {
        grammar.contains(token, .conditional)
    }

    /// A hedge or conditional earlier in the stretch ("would", "could", "if"): the matter is open.
    func hasHedge(_ tokens: [Token], before index: Int, floor: Int) -> Bool {
        (floor..<index).contains { isHedge(tokens[$0]) || isConditional(tokens[$0]) }
    }

    func isClauseBreak(_ token: Token) -> Bool {
        if token.kind == .punctuation { return [",", ";", ":", "—", "–", "(", ")", "?", "!", "."].contains(token.text) }
        return ["that", "which", "who", "because", "but", "while", "although", "though", "whereas"].contains(token.folded)
    }

    /// Only determiners, adjectives, possessives and hyphens in `range`, at most `limit` words.
    func onlyModifiers(_ tokens: [Token], _ range: Range<Int>, limit: Int) -> Bool {
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
    func segmentRange(tokens: [Token], clause: Range<Int>, around index: Int) -> Range<Int> {
        var start = index
        while start > clause.lowerBound, !Self.segmentBoundaries.contains(tokens[start - 1].text) { start -= 1 }
        var end = index
        while end < clause.upperBound, !Self.segmentBoundaries.contains(tokens[end].text) { end += 1 }
        return start..<end
    }

    private static let segmentBoundaries: Set<String> = [",", ";", ":", "—", "–", "(", ")"]
}
