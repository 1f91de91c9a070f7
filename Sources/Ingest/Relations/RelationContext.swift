import Domain

/// The PLOVER context of a matched relation: asserted, future, hypothetical, negated or reported.
///
/// Which words count depends on the cue's form. For a verb they are the words between the subject
/// and the verb ("China does not recognize", "may become dependent", "will ... put pressure on").
/// For a nominalization they are the words governing the noun ("may form an alliance", "refusal to
/// establish allied relations", "seeking partnership") and a modal right after it ("competition
/// between China and Russia may increase"); words further away belong to other predications
/// ("will not be able to slow down the Russian-Chinese rapprochement" does not negate the
/// rapprochement). In both, a condition earlier in the clause ("if"), a question, and the words
/// inside the pattern's own gaps count. Negation wins over hypothetical, hypothetical over future,
/// and future over reported, so that nothing conditional or denied is ever read as asserted.
extension RelationContext {
    /// Higher is stronger; a duplicate relation keeps the strongest.
    var rank: Int {
        switch self {
        case .asserted: 0
        case .reported: 1
        case .future: 2
        case .hypothetical: 3
        case .negated: 4
        }
    }

    /// How many words of the governing chain are read before a nominal cue.
    static let chainLength = 6

    static func of(_ match: PatternMatcher.Match, in sentence: SentenceActors, isReported: Bool) -> RelationContext {
        var words: [String] = []
        let slotTokens = Set(
            [match.subject, match.object].compactMap { $0 }.flatMap { Array($0.first...$0.last) })
        let literalTokens = Set(match.literals)

        // Words inside the part after the anchor (gaps), never the actors or the cue words.
        if match.end > match.anchor {
            for index in (match.anchor + 1)...match.end where !slotTokens.contains(index) && !literalTokens.contains(index) {
                words.append(sentence.folded[index])
            }
        }

        switch match.pattern.form {
        case .verb:
            if let and = match.coordinationAnd {
                words += sentence.folded[(and + 1)..<match.anchor]
                if let subject = match.leadingGroup { words += carriedModals(after: subject.last, in: sentence) }
            } else if let leading = match.leadingGroup, leading.last < match.anchor {
                words += sentence.folded[(leading.last + 1)..<match.anchor]
            }
        case .noun:
            // The chain starts before the noun phrase ("China’s strategic cooperation"); the actors
            // of a distant subject are read through ("the prospect of creating a Sino-Russian
            // bloc"), so that "Moscow seeks an alliance" still finds "seeks".
            var chainStart = match.anchor
            var through: ClosedRange<Int>?
            if let leading = match.leadingGroup, !leading.viaPronoun, leading.last < match.anchor {
                if match.leadingAcrossGap { through = leading.first...leading.last } else { chainStart = leading.first }
            }
            words += governingChain(before: chainStart, through: through, in: sentence)
            words += modalAfter(match.end, in: sentence)
        }

        let start = min(match.anchor, match.leadingGroup?.first ?? match.anchor)
        if isConditional(before: start, in: sentence) { words.append("if") }
        if sentence.folded.last == "?" { words.append("if") }

        if words.contains(where: RelationGrammar.isNegation) { return .negated }
        if words.contains(where: RelationGrammar.hypothetical.contains) { return .hypothetical }
        if words.contains(where: RelationGrammar.future.contains) { return .future }
        return isReported ? .reported : .asserted
    }

    /// Context words of the chain governing a noun: "may form an", "refusal to establish".
    private static func governingChain(
        before start: Int, through actors: ClosedRange<Int>?,
        in sentence: SentenceActors
    ) -> [String] {
        var words: [String] = []
        var p = start - 1
        var read = 0
        while p >= 0, read < chainLength {
            if let actors, actors.contains(p) {
                p -= 1
                continue
            }
            read += 1
            let word = sentence.folded[p]
            if RelationGrammar.isNegation(word) || RelationGrammar.hypothetical.contains(word)
                || RelationGrammar.future.contains(word)
            {
                words.append(word)
            } else if !(RelationGrammar.governingChain.contains(word) || RelationGrammar.auxiliaries.contains(word)
                || RelationGrammar.adverbs.contains(word))
            {
                break
            }
            p -= 1
        }
        return words
    }

    /// A modal right after a nominal cue's last word: "... between China and Russia may increase".
    private static func modalAfter(_ end: Int, in sentence: SentenceActors) -> [String] {
        var p = end + 1
        if p < sentence.count, RelationGrammar.adverbs.contains(sentence.folded[p]) { p += 1 }
        guard p < sentence.count else { return [] }
        let word = sentence.folded[p]
        return RelationGrammar.auxiliaries.contains(word) || word.hasSuffix("n't") ? [word] : []
    }

    /// Modals of the first verb that a coordinated verb shares ("Russia may recognize X and sell
    /// Y"); negation is not shared ("does not recognize X, and sells Y").
    private static func carriedModals(after subjectEnd: Int, in sentence: SentenceActors) -> [String] {
        var words: [String] = []
        var p = subjectEnd + 1
        while p < sentence.count {
            let word = sentence.folded[p]
            if RelationGrammar.auxiliaries.contains(word) || RelationGrammar.adverbs.contains(word) || word == "," {
                if RelationGrammar.hypothetical.contains(word) || RelationGrammar.future.contains(word) { words.append(word) }
                p += 1
            } else if RelationGrammar.isNegation(word) {
                p += 1
            } else {
                break
            }
        }
        return words
    }

    /// "if" (or "unless", "whether") earlier in the clause.
    private static func isConditional(before start: Int, in sentence: SentenceActors) -> Bool {
        var p = start - 1
        let reach = max(0, start - RelationGrammar.clauseReach)
        while p >= reach, !sentence.isBoundary(p) {
            if RelationGrammar.conditional.contains(sentence.folded[p]) { return true }
            p -= 1
        }
        return false
    }
}
