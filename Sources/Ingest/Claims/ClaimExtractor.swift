/// Finds the claims of a document: which clauses assert something, of what type and role, said by
/// whom, about which proposition, with which estimated likelihood.
///
/// ```swift
/// let extractor = ClaimExtractor(lexicons: try ClaimLexicons(folder: lexiconFolder))
/// let claims = extractor.claims(in: analyzed)
/// ```
///
/// Everything here is rule and lexicon: nothing depends on a particular article. Per sentence the
/// work is linear in its tokens (trie matches, a few scans); per document, mentions, quotations and
/// reports are grouped once.
// A class, not a struct: its closures capture `self`, and copying a struct of lexicons retained
// every table in it each time (perf).
public final class ClaimExtractor: Sendable {
    let lexicons: ClaimLexicons
    let estimates: EstimativeReader
    let attribution: AttributionReader
    let splitter: ClauseSplitter
    let classifier: ClaimClassifier
    let factuality: FactualityReader
    let numbers: StatedProbabilityReader
    /// Actor → the state it stands for in proposition matching (see `Gazetteer.stateAffiliations`).
    let affiliations: [String: String]

    /// A lead sentence is searched this many paragraphs after the title at most.
    static let leadParagraphWindow = 4

    /// - Parameter affiliations: actor → the state it stands for when a proposition names states
    ///   ("Vladimir Putin" → "Russia"); empty means actors stand only for themselves.
    public init(lexicons: ClaimLexicons, affiliations: [String: String] = [:]) {
        self.lexicons = lexicons
        self.affiliations = affiliations
        estimates = EstimativeReader(lexicon: lexicons.estimative, grammar: lexicons.discourse)
        attribution = AttributionReader(lexicon: lexicons.attribution, grammar: lexicons.discourse)
        splitter = ClauseSplitter(grammar: lexicons.discourse)
        classifier = ClaimClassifier(grammar: lexicons.discourse)
        factuality = FactualityReader(lexicon: lexicons.factuality, grammar: lexicons.discourse)
        numbers = StatedProbabilityReader(lexicon: lexicons.factuality)
    }

    /// The claims of `document`, in text order.
    public func claims(in document: AnalyzedText) -> [ExtractedClaim] {
        let context = DocumentContext(document: document, affiliations: affiliations)
        let reports = document.sentences.indices.map { index in
            attribution.reports(
                in: document.tokens[index], text: document.text,
                mentions: context.mentionsBySentence[index],
                candidates: context.candidatesBySentence[index])
        }
        let speech = QuoteScanner.quotations(in: document).filter(\.isSpeech)
        let quoteSpeakers = speech.map { quoteSpeaker($0, reports: reports, document: document) }
        var quotationsBySentence = Array(repeating: [Int](), count: document.sentences.count)
        for (index, quotation) in speech.enumerated() {
            for sentence in quotation.startSentence...quotation.endSentence { quotationsBySentence[sentence].append(index) }
        }
        let layout = DocumentLayout(document: document, grammar: lexicons.discourse)
        let titlePropositions = layout.titleSentences.flatMap { index in
            lexicons.recognizer.matches(
                in: document.tokens[index], actors: context.actors(inSentence: index, affiliations: affiliations),
                topicActors: context.topicActors, titleSetsTopic: true)
        }.map(\.proposition)

        var claims: [ExtractedClaim] = []
        var leadSeen = false
        // Propositions named so far in the current paragraph: a later sentence of the paragraph that
        // uses a term without naming the actors continues the matter ("any talk of an alliance").
        var paragraphPropositions: (paragraph: Int, ids: Set<String>) = (-1, [])
        // The proposition named last, for an elliptical answer or an anaphor in the next sentence.
        var previous: PreviousMention?
        // A conclusion marker opening a paragraph ("In sum, ...") makes the whole paragraph the conclusion.
        var paragraphConclusion: (paragraph: Int, cue: String)?
        for index in document.sentences.indices {
            let tokens = document.tokens[index]
            let paragraphIndex = document.sentences[index].paragraphIndex
            let opensParagraph = index == 0 || document.sentences[index - 1].paragraphIndex != paragraphIndex
            let marker = conclusionMarker(tokens)
            if opensParagraph { paragraphConclusion = marker.map { (paragraphIndex, $0) } }
            let inheritedConclusion = paragraphConclusion.flatMap { $0.paragraph == paragraphIndex ? $0.cue : nil }
            let paragraphKind =
                document.paragraphs.indices.contains(paragraphIndex)
                ? document.paragraphs[paragraphIndex].kind : .body
            let isTitle = paragraphKind == .title
            let isLeadCandidate = !leadSeen && !isTitle && paragraphIndex <= layout.leadParagraphLimit
            if paragraphPropositions.paragraph != paragraphIndex { paragraphPropositions = (paragraphIndex, []) }
            var propositions = lexicons.recognizer.matches(
                in: tokens, actors: context.actors(inSentence: index, affiliations: affiliations),
                topicActors: context.topicActors, titleSetsTopic: isTitle)
            if propositions.isEmpty, !paragraphPropositions.ids.isEmpty {
                propositions = continuing(paragraphPropositions.ids, tokens: tokens, mentions: context.mentionsBySentence[index])
            }
            paragraphPropositions.ids.formUnion(propositions.map(\.proposition))
            let sentence = SentenceFacts(
                index: index, tokens: tokens, paragraphKind: paragraphKind,
                isQuestion: tokens.contains { $0.text == "?" },
                inReasonList: layout.reasonListParagraphs.contains(paragraphIndex),
                propositions: propositions,
                ownReports: reports[index].filter { report in
                    !quotationsBySentence[index].contains { speech[$0].contains(sentence: index, token: report.cue.lowerBound) }
                },
                headline: isTitle ? headlineSource(tokens, text: document.text) : nil,
                quotations: quotationsBySentence[index].map { (speech[$0], quoteSpeakers[$0]) },
                roleCue: marker ?? inheritedConclusion ?? (isTitle ? "title" : isLeadCandidate ? "lead" : nil),
                inheritedProposition: (isTitle || isLeadCandidate) ? titlePropositions.first : nil)
            let found = sentenceClaims(sentence, document: document, previous: previous)
            if isLeadCandidate, !found.isEmpty { leadSeen = true }
            claims.append(contentsOf: found)
            if let first = sentence.propositions.first {
                previous = PreviousMention(proposition: first.proposition, sentence: index, wasQuestion: sentence.isQuestion)
            } else if let inherited = found.last(where: { $0.proposition != nil })?.proposition {
                previous = PreviousMention(proposition: inherited, sentence: index, wasQuestion: false)
            }
        }
        return claims
    }

    /// A proposition named in a sentence, for the sentence after it.
    struct PreviousMention {
        let proposition: String
        let sentence: Int
        let wasQuestion: Bool
    }

    /// What the extractor knows about one sentence before looking at its clauses.
    struct SentenceFacts {
        let index: Int
        let tokens: [Token]
        let paragraphKind: Paragraph.Kind
        let isQuestion: Bool
        let inReasonList: Bool
        let propositions: [PropositionRecognizer.Match]
        /// The sentence's own reports (outside speech quotations).
        let ownReports: [Report]
        /// The source a headline names after a dash ("... – ISIS report").
        let headline: Attribution?
        let quotations: [(Quotation, Attribution)]
        let roleCue: String?
        let inheritedProposition: String?
    }

    private func sentenceClaims(_ sentence: SentenceFacts, document: AnalyzedText, previous: PreviousMention?) -> [ExtractedClaim]
    {
        let tokens = sentence.tokens
        var result: [ExtractedClaim] = []
        // A title or heading speaks of one matter: its cue reaches the term across a colon.
        let isTitle =
            sentence.paragraphKind == .title || sentence.paragraphKind == .heading || EstimativeReader.isTitleCase(tokens)
        for clause in splitter.clauses(tokens) {
            let cues = cues(in: tokens, clause: clause, text: document.text)
            let input = ClaimClassifier.Input(
                tokens: tokens, clause: clause, paragraphKind: sentence.paragraphKind,
                isQuestion: sentence.isQuestion, cues: cues,
                inReasonList: sentence.inReasonList)
            let inClause = sentence.propositions.filter { clause.contains($0.term.lowerBound) }
            // An answer or an anaphor with no matter of its own speaks of the matter named just before.
            let carried =
                inClause.isEmpty
                ? carriedProposition(
                    tokens, clause: clause, cues: cues, sentence: sentence.index,
                    named: sentence.propositions.first?.proposition, previous: previous) : nil
            guard classifier.isClaim(input) || carried != nil else { continue }

            // The proposition and the estimate about it.
            var proposition: String?
            var estimate: EstimativeCue?
            var commitment: Commitment?
            var polarity: ExtractedClaim.Polarity?
            var confidence = 0.5
            // Of several terms ("the Treaty ... far from framing a strategic alliance"), the one an
            // estimate reaches speaks for the clause.
            let linked = inClause.lazy.compactMap { match in
                self.linkedCue(cues, to: match.term, tokens: tokens, clause: clause, anySegment: isTitle).map { (match, $0) }
            }.first
            if let match = linked?.0 ?? inClause.first {
                proposition = match.proposition
                estimate = linked?.1
                if let estimate {
                    polarity = estimate.term.polarity
                    confidence += 0.2
                } else if !estimates.nonEstimates(in: tokens, range: clause).contains(where: {
                    $0.upperBound <= match.term.lowerBound
                }),
                    let read = factuality.commitment(tokens: tokens, clause: clause, term: match.term)
                {
                    // Uu (the author declines to judge) is kept, with no term and no side.
                    commitment = read
                    polarity = read.value.strength <= 1 ? .neutral : read.value.sign > 0 ? .for : .against
                    confidence += 0.1
                } else {
                    polarity = negatesTerm(match.term, cues: cues, tokens: tokens, clause: clause) ? .against : .neutral
                }
                confidence += match.via == .actors ? 0.1 : -0.1
            } else if let carried {
                proposition = carried.proposition
                estimate = carried.cue
                commitment = carried.commitment
                polarity =
                    carried.cue?.term.polarity
                    ?? carried.commitment.map { $0.value.sign > 0 ? .for : $0.value.sign < 0 ? .against : .neutral }
            } else if sentence.propositions.isEmpty, let inherited = sentence.inheritedProposition, let first = cues.first {
                // A title or lead that estimates without naming the matter speaks of the title's matter.
                proposition = inherited
                estimate = first
                polarity = first.term.polarity
            } else {
                estimate = cues.first
            }

            let attribution = speaker(of: clause, in: sentence)
            let kinds = classifier.kinds(input)
            let context = classifier.context(input, hasLikelihood: estimate != nil, kinds: kinds)
            let role: ExtractedClaim.Role = sentence.roleCue == nil ? .premise : .conclusion
            if role == .conclusion { confidence += 0.1 }
            if context == .hypothetical { confidence -= 0.2 }

            let span = TextSpan(start: tokens[clause.lowerBound].span.start, end: tokens[clause.upperBound - 1].span.end)
            let (likelihood, value, chain) = Self.reading(
                estimate: estimate, commitment: commitment,
                proposition: proposition, tokens: tokens, text: document.text)
            result.append(
                ExtractedClaim(
                    sentenceIndex: sentence.index, span: span, type: classifier.type(input, kinds: kinds), role: role,
                    roleCue: sentence.roleCue, speaker: attribution.speaker?.name,
                    speakerIsActor: attribution.speaker?.isActor ?? false, outerSpeaker: attribution.outer?.name,
                    attributionCue: attribution.cue, proposition: proposition, polarity: polarity,
                    likelihood: likelihood, context: context, confidence: min(max(confidence, 0.1), 0.95),
                    factuality: value, commitment: chain))
        }
        return result
    }

    /// The cue that estimates the proposition: in the term's comma segment, or a cue taking a `that`
    /// clause before the term; the nearest wins ("cannot exclude that ... may well be concluded").
    /// - Parameter anySegment: a title speaks of one matter: its cue reaches the term across a colon
    ///   ("The Alliance They Feared: Russia and China Are Almost There").
    private func linkedCue(
        _ cues: [EstimativeCue], to term: Range<Int>, tokens: [Token], clause: Range<Int>,
        anySegment: Bool = false
    ) -> EstimativeCue? {
        let segments = splitter.segments(tokens, clause: clause)
        let termSegment = segments[term.lowerBound - clause.lowerBound]
        let linked = cues.filter { cue in
            guard !factuality.motiveBetween(cue.tokens, term, in: tokens),
                !factuality.estimatesConsequence(cue.tokens, after: term, in: tokens, clause: clause)
            else { return false }
            let cueSegment = segments[cue.tokens.lowerBound - clause.lowerBound]
            return cueSegment == termSegment || anySegment
                || (cue.governsComplement && cue.tokens.upperBound <= term.lowerBound)
                || (cueSegment > termSegment && opensWithAnaphor(tokens, segmentOf: cue.tokens.lowerBound, clause: clause))
        }
        func distance(_ cue: EstimativeCue) -> Int {
            cue.tokens.upperBound <= term.lowerBound
                ? term.lowerBound - cue.tokens.upperBound : cue.tokens.lowerBound - term.upperBound
        }
        return linked.min { distance($0) < distance($1) }
    }

    /// "there is no alliance", "Beijing does not want an alliance": a negator before the term in its
    /// segment (outside any estimate) argues against the proposition; a denial of the past ("did
    /// not receive an invitation") tells nothing of the future.
    private func negatesTerm(_ term: Range<Int>, cues: [EstimativeCue], tokens: [Token], clause: Range<Int>) -> Bool {
        let segments = splitter.segments(tokens, clause: clause)
        let termSegment = segments[term.lowerBound - clause.lowerBound]
        var covered = Set<Int>()
        for cue in cues { covered.formUnion(cue.tokens) }
        return (clause.lowerBound..<term.lowerBound).contains { index in
            segments[index - clause.lowerBound] == termSegment && !covered.contains(index)
                && lexicons.discourse.isNegator(tokens[index]) && !factuality.isPastDenial(tokens, index)
        }
    }

    /// A clause mostly inside a speech quotation is the quoted speaker's; otherwise the sentence's
    /// own reports decide.
    private func speaker(of clause: Range<Int>, in sentence: SentenceFacts) -> Attribution {
        let words = clause.filter { sentence.tokens[$0].kind == .word }
        for (quotation, attribution) in sentence.quotations {
            let inside = words.filter { quotation.contains(sentence: sentence.index, token: $0) }.count
            if inside * 2 > words.count { return attribution }
        }
        if let headline = sentence.headline { return headline }
        // A clause that opens with a contrast ("although the prospect appears remote") is the
        // author's again, unless it has a report of its own.
        let opensWithContrast = clause.first.map { lexicons.discourse.contains(sentence.tokens[$0], .contrast) } ?? false
        return Attribution.of(
            reports: sentence.ownReports.filter { report in
                !(opensWithContrast && report.cue.upperBound <= clause.lowerBound)
            })
    }

    /// "To sum up", "In sum", "So,", "Thus" at the start of the sentence (after an opening
    /// conjunction or bullet), as written.
    private func conclusionMarker(_ tokens: [Token]) -> String? {
        guard var index = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        if ["and", "but"].contains(tokens[index].folded), index + 1 < tokens.count { index += 1 }
        guard let match = lexicons.discourse.match(.conclusion, in: tokens, at: index) else { return nil }
        let last = match.tokens.upperBound - 1
        // "So ," is stored with its comma; the cue shown is the words.
        let end = tokens[last].kind == .punctuation && last > match.tokens.lowerBound ? last - 1 : last
        return tokens[match.tokens.lowerBound...end].map(\.text).joined(separator: " ")
    }
}
