import Domain

/// A reporting cue found in a sentence, with the speaker it names.
struct Report: Sendable, Hashable {
    /// Token indexes of the cue words.
    let cue: Range<Int>
    /// The cue as written ("said", "according to").
    let cueText: String
    let kind: AttributionLexicon.Kind
    /// nil for an impersonal report ("it is said") until the sentence names a source.
    let speaker: Speaker?
}

/// Finds who a sentence reports: "Putin said", "according to X", "In Moscow’s opinion", ...
///
/// A speaker-before cue must be written in lower case ("the United States" is not "X states"), and a
/// report by "we" or "I" is the author's own view, so it is not a report at all.
struct AttributionReader: Sendable {
    let lexicon: AttributionLexicon
    let grammar: DiscourseLexicon

    /// Words a speaker named after its verb never starts with ("said of", "says that", "said it").
    static let notASpeakerStart = WordLists.builtIn.set(.notASpeakerStart)

    /// How far after a cue its `needs` word may stand ("sees Y as Z").
    static let needsWindow = 15

    func reports(
        in tokens: [Token], text: ScalarText, mentions: [ActorMention],
        candidates: [EntityCandidate]
    ) -> [Report] {
        let phrase = SpeakerPhrase(grammar: grammar, tokens: tokens)
        var reports: [Report] = []
        for match in lexicon.matcher.matches(in: tokens) {
            for patternIndex in match.value {
                let pattern = lexicon.patterns[patternIndex]
                if let needs = pattern.needs, !follows(needs, after: match.tokens.upperBound, in: tokens) { continue }
                let cueSpan = TextSpan(
                    start: tokens[match.tokens.lowerBound].span.start,
                    end: tokens[match.tokens.upperBound - 1].span.end)
                let cueText = text[cueSpan]
                var range: Range<Int>?
                switch pattern.shape {
                case .speakerBefore:
                    // A capitalized verb is a name ("the United States"); a verb is never capitalized
                    // mid-text, except in a headline in title case ("Forecasters Give 27% Odds").
                    if tokens[match.tokens.lowerBound].isCapitalized, !EstimativeReader.isTitleCase(tokens) { continue }
                    range = phrase.before(match.tokens.lowerBound, floor: 0)
                case .speakerAfter:
                    // "said of the relationship": a speaker does not start with a preposition or a pronoun.
                    let next = match.tokens.upperBound
                    if next < tokens.count, Self.notASpeakerStart.contains(tokens[next].folded) { continue }
                    range = phrase.after(next, limit: tokens.count)
                case .speakerBetween(let prefix):
                    range = phrase.between(prefix: prefix, anchor: match.tokens.lowerBound, floor: 0)
                case .impersonal:
                    reports.append(Report(cue: match.tokens, cueText: cueText, kind: pattern.kind, speaker: nil))
                }
                if case .impersonal = pattern.shape { break }
                guard let range else { continue }
                // A report by the author ("we believe") is the author's own claim.
                guard let speaker = phrase.speaker(range, text: text, mentions: mentions, candidates: candidates) else {
                    break
                }
                reports.append(Report(cue: match.tokens, cueText: cueText, kind: pattern.kind, speaker: speaker))
                break
            }
        }
        return reports
    }

    private func follows(_ word: String, after start: Int, in tokens: [Token]) -> Bool {
        var index = start
        while index < tokens.count, index - start < AttributionReader.needsWindow {
            if tokens[index].folded == word { return true }
            if [".", ";", "?", "!"].contains(tokens[index].text) { return false }
            index += 1
        }
        return false
    }
}

/// The speaker of a claim, as the extractor assigns it.
struct Attribution: Sendable, Hashable {
    var speaker: Speaker?
    var outer: Speaker?
    var cue: String?

    static let author = Attribution(speaker: nil, outer: nil, cue: nil)

    /// The speaker of a sentence's own words (outside speech quotations): the innermost report names
    /// the speaker ("the expert notes that Russian leaders believe ..." → Russian leaders), the
    /// outermost, when different, is kept as the outer speaker. An impersonal report takes the
    /// sentence's named source, or "unnamed".
    static func of(reports: [Report]) -> Attribution {
        let own = reports.filter { $0.kind != .quote }
        guard !own.isEmpty else { return .author }
        let named = own.filter { $0.speaker != nil }
        if own.contains(where: { $0.kind == .impersonal }) {
            let impersonal = own.first { $0.kind == .impersonal }
            let source = named.last?.speaker ?? Speaker(name: "unnamed", isActor: false)
            return Attribution(speaker: source, outer: nil, cue: impersonal?.cueText)
        }
        guard let inner = named.last else { return .author }
        let outer = named.first.flatMap { $0.speaker == inner.speaker ? nil : $0.speaker }
        return Attribution(speaker: inner.speaker, outer: outer, cue: inner.cueText)
    }

    /// The speaker of a speech quotation: the report nearest before the opening mark in the first
    /// sentence ("Putin’s words: “...”"), else the first after the closing mark in the last sentence
    /// (“...,” the expert concludes). Another report before the quotation is the outer speaker.
    static func of(quotation: Quotation, startReports: [Report], endReports: [Report]) -> Attribution {
        let before = startReports.filter { $0.cue.upperBound <= quotation.startToken && $0.speaker != nil }
        if let inner = before.last {
            let outer = before.first.flatMap { $0.speaker == inner.speaker ? nil : $0.speaker }
            return Attribution(speaker: inner.speaker, outer: outer, cue: inner.cueText)
        }
        let after = endReports.filter { $0.cue.lowerBound > quotation.endToken && $0.speaker != nil }
        if let first = after.first {
            return Attribution(speaker: first.speaker, outer: nil, cue: first.cueText)
        }
        return .author
    }
}
