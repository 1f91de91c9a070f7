import Domain

/// Who a report names: an actor of the gazetteer, or a noun phrase as written.
public struct Speaker: Sendable, Hashable {
    /// Canonical actor name, entity-candidate name, or the noun phrase as written ("the expert").
    public let name: String
    /// True when `name` is a canonical actor.
    public let isActor: Bool
}

/// Finds the noun phrase that names a speaker next to a reporting cue, with a small grammar of
/// English noun phrases (no part-of-speech tagger): determiners, adjectives and nouns up to a
/// function word (`np_stop` in discourse.tsv) or punctuation; an appositive between commas is skipped
/// ("Michael Kofman, a military expert at CNA, says"), and so are place and date phrases between a
/// subject and its verb ("the president on October 22nd, 2020 in Novo-Ogaryovo said").
struct SpeakerPhrase {
    let grammar: DiscourseLexicon
    let tokens: [Token]

    /// Longest noun phrase scanned, in tokens.
    static let maxLength = 10
    /// Longest appositive skipped, in tokens.
    static let maxAppositive = 20

    private static let prepositionsBeforeVerb = WordLists.builtIn.set(.speakerPrepositionsBeforeVerb)
    private static let determiners = WordLists.builtIn.set(.articles)
    private static let quoteMarks: Set<String> = ["“", "”", "\"", "«", "»", "‘", "’"]

    /// The noun phrase ending right before token `end` (the subject of "X said").
    func before(_ end: Int, floor: Int) -> Range<Int>? {
        var index = end - 1
        // "to note that": an infinitive has no subject of its own.
        guard index >= floor, tokens[index].folded != "to" else { return nil }
        // "the expert also said": skip adverbs right before the verb.
        var skipped = 0
        while index >= floor, skipped < 2, isAdverb(tokens[index]) {
            index -= 1
            skipped += 1
        }
        guard index >= floor else { return nil }
        // "... the Institute for Science and International Security (ISIS) says": skip the acronym.
        if tokens[index].text == ")", let open = (max(floor, index - 6)..<index).last(where: { tokens[$0].text == "(" }),
            open > floor
        {
            index = open - 1
        }
        // "he was asked ... and replied": the subject of the first verb, a pronoun earlier on.
        if ["and", "but"].contains(tokens[index].folded) {
            let pronoun = (max(floor, index - SpeakerPhrase.maxCoordinatedReach)..<index).last {
                ["he", "she", "they"].contains(tokens[$0].folded)
            }
            return pronoun.map { $0..<($0 + 1) }
        }
        if tokens[index].text == "," {
            guard let comma = previousComma(before: index, floor: floor) else { return nil }
            index = comma - 1
        }
        guard var phrase = nounPhrase(endingAt: index, floor: floor) else { return nil }
        // Skip place and date phrases: "... in Novo-Ogaryovo said", "... on October 22nd, 2020 said".
        // Only a capitalized phrase can be a place; a lower-case one ("the expert") is the subject.
        var end = phrase.lowerBound
        var hops = 0
        while hops < 3, tokens[phrase.upperBound - 1].isCapitalized,
            let resumed = skipAdjunct(before: end, floor: floor)
        {
            hops += 1
            if let earlier = nounPhrase(endingAt: resumed, floor: floor) {
                phrase = earlier
                end = earlier.lowerBound
            } else {
                end = resumed + 1  // a date ends here: skip it too
            }
        }
        return phrase
    }

    /// The noun phrase starting at token `start` (the object of "according to X").
    func after(_ start: Int, limit: Int) -> Range<Int>? {
        var end = start
        while end < limit, end - start < SpeakerPhrase.maxLength {
            let token = tokens[end]
            if token.kind == .punctuation, token.text != "-" { break }
            let folded = token.folded
            if token.kind == .word, grammar.contains(token, .npStop), folded != "of", folded != "at" { break }
            end += 1
        }
        while end > start, ["of", "and", "at"].contains(tokens[end - 1].folded) { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// "also", "recently", "publicly": a word that may stand between a subject and its verb.
    private func isAdverb(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized
            && (SpeakerPhrase.adverbs.contains(token.folded) || (token.folded.hasSuffix("ly") && token.text.count > 4))
    }

    private static let adverbs = WordLists.builtIn.set(.speakerAdverbs)

    /// How far back a pronoun may be the subject of a coordinated verb ("he was asked ... and replied").
    static let maxCoordinatedReach = 30

    /// Longest speaker between the words of a pattern such as "in {S} opinion".
    static let maxBetween = 4

    /// The noun phrase between `prefix` words and the cue at `anchor` ("In Moscow’s opinion").
    func between(prefix: [String], anchor: Int, floor: Int) -> Range<Int>? {
        var start = anchor - 1
        while start >= floor, anchor - start <= SpeakerPhrase.maxBetween + prefix.count {
            let prefixStart = start - prefix.count + 1
            if prefixStart >= floor, prefixStart < anchor - 1,
                zip(prefix, tokens[prefixStart...start]).allSatisfy({ $0 == $1.folded })
            {
                return (start + 1)..<anchor
            }
            if tokens[start].kind == .punctuation, tokens[start].text != "-" { return nil }
            start -= 1
        }
        return nil
    }

    /// A noun phrase whose last word is token `head`.
    private func nounPhrase(endingAt head: Int, floor: Int) -> Range<Int>? {
        guard head >= floor, tokens[head].kind == .word else { return nil }
        let headToken = tokens[head]
        // A pronoun alone is a speaker ("he said", "we believe"); another function word is not.
        if grammar.contains(headToken, .npStop), !grammar.contains(headToken, .authorPronoun) {
            return ["he", "she", "they"].contains(headToken.folded) ? head..<(head + 1) : nil
        }
        var properName = headToken.isCapitalized
        var start = head
        var index = head - 1
        while index >= floor, head - index < SpeakerPhrase.maxLength {
            let token = tokens[index]
            let folded = token.folded
            if token.kind == .punctuation {
                // Inner hyphen: "Novo-Ogaryovo", "Sino-Russian"; not "Central Asia- Russia".
                guard token.text == "-", index > floor, tokens[index - 1].kind == .word,
                    tokens[index - 1].span.end == token.span.start, token.span.end == tokens[index + 1].span.start
                else { break }
            } else if token.kind == .possessive {
                guard index > floor, tokens[index - 1].kind == .word else { break }
            } else if token.kind == .number {
                break
            } else if folded == "of" || folded == "and" {
                // "the director of US National Intelligence": lower-case words may precede "of".
                guard index > floor, tokens[index - 1].kind == .word, !grammar.contains(tokens[index - 1], .npStop) else { break }
                properName = false
            } else if grammar.contains(token, .npStop) {
                break
            } else if properName, !token.isCapitalized, !SpeakerPhrase.determiners.contains(folded) {
                // "in this regard Putin’s words": a name does not take lower-case words before it.
                break
            }
            start = index
            index -= 1
        }
        while start < head, ["of", "and", "-"].contains(tokens[start].folded) || tokens[start].kind == .possessive {
            start += 1
        }
        return start..<(head + 1)
    }

    /// The comma opening an appositive that ends at the comma `index`.
    private func previousComma(before index: Int, floor: Int) -> Int? {
        var cursor = index - 1
        while cursor >= floor, index - cursor <= SpeakerPhrase.maxAppositive {
            let token = tokens[cursor]
            if token.text == "," { return cursor }
            if SpeakerPhrase.quoteMarks.contains(token.text) || [".", ";", ":"].contains(token.text) { return nil }
            cursor -= 1
        }
        return nil
    }

    /// When a place or date phrase ("in Novo-Ogaryovo", "on October 22nd, 2020") ends at `start - 1`,
    /// the index of the last token before it.
    private func skipAdjunct(before start: Int, floor: Int) -> Int? {
        var index = start - 1
        // Date pieces: "October 22nd, 2020".
        while index >= floor, start - index <= 6,
            tokens[index].kind == .number || tokens[index].text == ","
                || (tokens[index].kind == .word
                    && (tokens[index].isCapitalized || tokens[index].text.contains(where: \.isNumber)))
        {
            if SpeakerPhrase.prepositionsBeforeVerb.contains(tokens[index].folded) { break }
            index -= 1
        }
        guard index >= floor, SpeakerPhrase.prepositionsBeforeVerb.contains(tokens[index].folded) else { return nil }
        guard tokens[start].isCapitalized || tokens[start].kind == .number || index < start - 1 else { return nil }
        return index - 1 >= floor ? index - 1 : nil
    }

    /// The speaker a noun phrase names: the author for "we", an actor when the phrase is exactly one
    /// mention, an entity candidate when it is exactly one, else the phrase as written.
    func speaker(
        _ range: Range<Int>, text: ScalarText, mentions: [ActorMention],
        candidates: [EntityCandidate]
    ) -> Speaker? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while upper > lower, tokens[upper - 1].kind == .possessive { upper -= 1 }
        guard upper > lower else { return nil }
        if upper - lower == 1, grammar.contains(tokens[lower], .authorPronoun) { return nil }
        // "raise my estimate", "our forecast": the author's own.
        if ["my", "our"].contains(tokens[upper - 1].folded) { return nil }
        let written = TextSpan(start: tokens[lower].span.start, end: tokens[upper - 1].span.end)
        // "the Carnegie Moscow Center" names "Carnegie Moscow Center"; "the expert" keeps its article.
        if upper - lower > 1, tokens[lower].folded == "the",
            tokens[(lower + 1)..<upper].allSatisfy({ $0.kind != .word || $0.isCapitalized || $0.folded == "of" })
        {
            lower += 1
        }
        let name = TextSpan(start: tokens[lower].span.start, end: tokens[upper - 1].span.end)
        let covering = mentions.filter { name.contains($0.span) || $0.span.contains(name) }
        if covering.count == 1, let mention = covering.first, mention.span.contains(name) || sameWords(mention.span, name, text) {
            return Speaker(name: mention.actor, isActor: true)
        }
        if let candidate = candidates.first(where: { $0.span.contains(name) && name.contains($0.span) }) {
            return Speaker(name: candidate.name, isActor: false)
        }
        return Speaker(name: text[lower == range.lowerBound ? written : name], isActor: false)
    }

    /// A mention covers the phrase up to a possessive ending ("Moscow’s" vs "Moscow").
    private func sameWords(_ mention: TextSpan, _ phrase: TextSpan, _ text: ScalarText) -> Bool {
        phrase.contains(mention) && text[phrase].hasPrefix(text[mention]) && phrase.length - mention.length <= 2
    }
}
