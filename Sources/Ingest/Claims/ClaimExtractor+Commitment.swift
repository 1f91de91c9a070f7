import Domain

/// How the claim stage reads commitment beyond an estimative phrase: stated numbers, elliptical
/// answers and anaphors that carry the matter named just before, headlines that name their source,
/// and the factuality value stored with each claim.
extension ClaimExtractor {
    /// The estimative phrases and stated probabilities of a clause, in text order. A stated number
    /// wins over a phrase on the same words ("50-50").
    func cues(in tokens: [Token], clause: Range<Int>, text: ScalarText) -> [EstimativeCue] {
        let phrases = estimates.cues(in: tokens, range: clause, text: text)
        let stated = numbers.probabilities(in: tokens, range: clause).map {
            EstimativeCue(stated: $0, tokens: tokens, text: text)
        }
        guard !stated.isEmpty else { return phrases }
        let kept = phrases.filter { phrase in !stated.contains { $0.tokens.overlaps(phrase.tokens) } }
        return (kept + stated).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A clause that speaks of the matter named just before without naming it: an elliptical answer
    /// ("Probably not.", "More likely no than yes.", "I don't think so."), a refusal to judge
    /// ("there is no determinate answer"), or an anaphor that is the subject of an estimate ("...,
    /// and it's not going to happen", "the prospect appears remote").
    struct Carried {
        let proposition: String
        let cue: EstimativeCue?
        let commitment: Commitment?
    }

    /// An anaphor reaches back this many sentences for the matter it stands for ("Washington spent
    /// decades warning about it. Mocking the idea. ... Now it's happening."); an elliptical answer
    /// only the sentence right before it.
    static let anaphorSentences = 4

    /// Words of an elliptical answer at most.
    static let ellipticalWords = 6
    /// Words between an anaphor and the estimate it is the subject of, at most.
    static let anaphorReach = 4

    /// - Parameters:
    ///   - named: the proposition another clause of the same sentence names, if any: only an
    ///     anaphor reaches it ("..., although the prospect appears remote").
    ///   - previous: the proposition the sentence before named.
    func carriedProposition(
        _ tokens: [Token], clause: Range<Int>, cues: [EstimativeCue], sentence: Int,
        named: String?, previous: PreviousMention?
    ) -> Carried? {
        let words = clause.filter { tokens[$0].kind == .word }
        guard var start = words.first else { return nil }
        if Self.openers.contains(tokens[start].folded), words.count > 1 { start = words[1] }
        if let named {
            return anaphoric(tokens, clause: clause, cues: cues, start: start, proposition: named)
        }
        guard let previous, sentence - previous.sentence <= Self.anaphorSentences else { return nil }
        let adjacent = previous.sentence >= sentence - 1
        let elliptical =
            adjacent && (words.count <= Self.ellipticalWords || (previous.wasQuestion && words.count <= Self.ellipticalWords + 2))
        if elliptical {
            if let cue = cues.first { return Carried(proposition: previous.proposition, cue: cue, commitment: nil) }
            if let answer = factuality.answer(tokens: tokens, clause: clause) {
                return Carried(proposition: previous.proposition, cue: nil, commitment: answer)
            }
            if let declined = factuality.declines(tokens: tokens, clause: clause) {
                return Carried(
                    proposition: previous.proposition, cue: nil,
                    commitment: Commitment(value: .underspecified, cue: declined, chain: ["decline Uu"]))
            }
        }
        return anaphoric(tokens, clause: clause, cues: cues, start: start, proposition: previous.proposition)
    }

    /// After an estimate, "that", "for", "whether", or "to" with a verb that is not one of happening:
    /// the subject "it" stands for what follows.
    private func isExpletive(_ tokens: [Token], after cue: Range<Int>, clause: Range<Int>) -> Bool {
        let next = cue.upperBound
        guard next < clause.upperBound else { return false }
        let word = tokens[next].folded
        if ["that", "for", "whether", "if"].contains(word) { return true }
        guard word == "to", next + 1 < clause.upperBound else { return false }
        return lexicons.factuality.matches(.occur, in: tokens, range: (next + 1)..<min(clause.upperBound, next + 3)).isEmpty
    }

    /// Words that may open a clause before its subject: "and it", "but this", "now it's".
    static let openers = WordLists.builtIn.set(.commitmentOpeners)

    /// An anaphor at `start` that is the subject of an estimate ("it's not going to happen") or of
    /// the matter under way ("it's happening").
    private func anaphoric(
        _ tokens: [Token], clause: Range<Int>, cues: [EstimativeCue], start: Int,
        proposition: String
    ) -> Carried? {
        guard let anaphor = factuality.anaphor(in: tokens, at: start, limit: clause.upperBound) else { return nil }
        if let cue = cues.first(where: {
            $0.tokens.lowerBound >= anaphor.upperBound && $0.tokens.lowerBound - anaphor.upperBound <= Self.anaphorReach
        }) {
            // "it is hardly possible for partners to ...", "it is likely that ...": an expletive "it"
            // that announces its own matter, not an anaphor.
            guard !isExpletive(tokens, after: cue.tokens, clause: clause) else { return nil }
            return Carried(proposition: proposition, cue: cue, commitment: nil)
        }
        if let ongoing = factuality.ongoing(tokens: tokens, clause: clause, after: anaphor) {
            return Carried(proposition: proposition, cue: nil, commitment: ongoing)
        }
        return nil
    }

    /// Who speaks in a quotation: a report next to it in its first or last sentence; else a report
    /// in the sentence before when that sentence ends with a colon ("The report said:"); else, for a
    /// quotation the paragraph ends before it closes (a quote that runs on), a report in the next
    /// few sentences ("...," he said).
    func quoteSpeaker(_ quotation: Quotation, reports: [[Report]], document: AnalyzedText) -> Attribution {
        let own = Attribution.of(
            quotation: quotation, startReports: reports[quotation.startSentence],
            endReports: reports[quotation.endSentence])
        guard own == .author else { return own }
        let before = quotation.startSentence - 1
        if before >= 0, document.tokens[before].last?.text == ":",
            let report = reports[before].last(where: { $0.speaker != nil })
        {
            return Attribution(speaker: report.speaker, outer: nil, cue: report.cueText)
        }
        let endTokens = document.tokens[quotation.endSentence]
        let runsOn = quotation.endToken >= endTokens.count
        if runsOn {
            for next in (quotation.endSentence + 1)..<min(reports.count, quotation.endSentence + 4) {
                if let report = reports[next].first(where: { $0.speaker != nil && $0.kind == .speech }) {
                    return Attribution(speaker: report.speaker, outer: nil, cue: report.cueText)
                }
            }
        }
        return own
    }

    /// The terms of propositions named earlier in the paragraph, in a sentence that does not name
    /// their actors: the paragraph goes on about the same matter. A term that another actor owns
    /// ("the NATO alliance", "an alliance with Japan") is not the matter.
    func continuing(_ ids: Set<String>, tokens: [Token], mentions: [ActorMention]) -> [PropositionRecognizer.Match] {
        lexicons.recognizer.termMatches(in: tokens).filter { found in
            guard ids.contains(found.proposition) else { return false }
            let start = tokens[found.term.lowerBound].span.start
            let end = tokens[found.term.upperBound - 1].span.end
            let owned = mentions.contains { mention in
                (mention.span.end <= start && start - mention.span.end <= 3)
                    || (mention.span.start >= end && mention.span.start - end <= 8)
            }
            return !owned
        }.map { PropositionRecognizer.Match(proposition: $0.proposition, term: $0.term, via: .topic) }
    }

    /// True when the comma stretch holding `index` opens with an anaphor (after "and", "but"):
    /// "..., and it's not going to happen".
    func opensWithAnaphor(_ tokens: [Token], segmentOf index: Int, clause: Range<Int>) -> Bool {
        var start = index
        while start > clause.lowerBound, ![",", ";", ":", "—", "–"].contains(tokens[start - 1].text) { start -= 1 }
        if start < clause.upperBound, Self.openers.contains(tokens[start].folded) { start += 1 }
        guard start < clause.upperBound, let anaphor = factuality.anaphor(in: tokens, at: start, limit: clause.upperBound) else {
            return false
        }
        return index - anaphor.upperBound <= Self.anaphorReach
    }

    /// A headline that names its source after a dash: "Iran unlikely to build a bomb – ISIS report",
    /// "I don't think they will ever join, - Trump". The headline reports that source's view.
    func headlineSource(_ tokens: [Token], text: ScalarText) -> Attribution? {
        guard let dash = tokens.lastIndex(where: { ["-", "–", "—"].contains($0.text) }), dash >= 3,
            tokens[dash - 1].span.end < tokens[dash].span.start
        else { return nil }
        var after = Array((dash + 1)..<tokens.count)
        while let last = after.last, tokens[last].kind == .punctuation { after.removeLast() }
        let words = after.filter { tokens[$0].kind == .word }
        guard (1...5).contains(words.count),
            words.allSatisfy({ tokens[$0].isCapitalized || Self.sourceWords.contains(tokens[$0].folded) }),
            words.contains(where: { tokens[$0].isCapitalized })
        else { return nil }
        var named = words
        while let last = named.last, Self.sourceWords.contains(tokens[last].folded), named.count > 1 { named.removeLast() }
        guard let first = named.first, let last = named.last else { return nil }
        let span = TextSpan(start: tokens[first].span.start, end: tokens[last].span.end)
        return Attribution(speaker: Speaker(name: text[span], isActor: false), outer: nil, cue: "headline")
    }

    /// Words that may close a headline's source ("ISIS report", "Reuters says").
    static let sourceWords = WordLists.builtIn.set(.headlineSourceWords)

    /// The likelihood, factuality value and reading a claim stores.
    static func reading(
        estimate: EstimativeCue?, commitment: Commitment?, proposition: String?, tokens: [Token],
        text: ScalarText
    ) -> (Likelihood?, Factuality?, String?) {
        if let estimate {
            guard proposition != nil else { return (estimate.likelihood, nil, nil) }
            let chain =
                estimate.stated.map { "stated \(Self.percent($0)) (\(estimate.text))" }
                ?? "estimate \(estimate.term.name) (\(estimate.text))"
            return (estimate.likelihood, Factuality(term: estimate.term), chain)
        }
        guard let commitment else { return (nil, nil, nil) }
        let chain = commitment.chain.joined(separator: " > ")
        guard let term = commitment.value.term else { return (nil, commitment.value, chain) }
        let span = TextSpan(
            start: tokens[commitment.cue.lowerBound].span.start, end: tokens[commitment.cue.upperBound - 1].span.end)
        return (term.likelihood(cue: text[span], span: span), commitment.value, chain)
    }

    private static func percent(_ stated: StatedProbability) -> String {
        func format(_ value: Double) -> String {
            let percent = value * 100
            return percent == percent.rounded() ? "\(Int(percent))%" : "\(percent)%"
        }
        return stated.low == stated.high ? format(stated.low) : format(stated.low) + "-" + format(stated.high)
    }
}

extension Factuality {
    /// The value an estimate of `term` expresses: the ends of the scale are certain, "likely" and
    /// "unlikely" probable, an even chance possible.
    public init(term: LikelihoodScale.Term) {
        switch term.rank {
        case 6...: self = .certainPositive
        case 5: self = .probablePositive
        case LikelihoodScale.evenRank: self = .possiblePositive
        case 3: self = .probableNegative
        default: self = .certainNegative
        }
    }
}
