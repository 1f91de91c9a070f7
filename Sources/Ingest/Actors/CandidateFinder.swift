/// Finds capitalized names the gazetteer does not know, with a guess of their kind, for a curator to
/// promote into actors.tsv (`entity_candidates`).
///
/// ```swift
/// let finder = CandidateFinder(gazetteer: gazetteer)
/// // "Kadri Liik, senior policy fellow at the ECFR, says ..." -> "Kadri Liik", person, cue "fellow"
/// ```
///
/// A candidate is a run of capitalized words not covered by a mention, joined by lower-case
/// connectors ("Treaty of Friendship and Good Neighbourliness") or unspaced hyphens ("Novo-Ogaryovo").
/// Not candidates: stop words, titles, months and days at a run's edges ("In December", "President");
/// sentences that read as headings (all words capitalized, with a mention or a function word in them)
/// and title-case stretches inside a sentence (an embedded headline of five or more capitalized words);
/// a single word at a sentence start unless the document also capitalizes it elsewhere; a single word
/// the document also writes in lower case; ideology words ("Islamist"); designations ("Su-35"); roman
/// numerals and single letters.
public struct CandidateFinder: Sendable {
    private let gazetteer: Gazetteer
    private let words: CandidateWords

    /// A finder with the built-in word classes.
    public init(gazetteer: Gazetteer) {
        self.init(gazetteer: gazetteer, words: .builtIn)
    }

    /// A finder with word classes extended from data/lexicon/candidate-stopwords.tsv.
    public init(gazetteer: Gazetteer, words: CandidateWords) {
        self.gazetteer = gazetteer
        self.words = words
    }

    /// The candidates of a document, in text order. `tokens[i]` are the tokens of `sentences[i]`;
    /// `mentions` are the tagger's, so that known actors are never candidates.
    public func candidates(
        in text: ScalarText, sentences: [Sentence], tokens: [[Token]],
        mentions: [ActorMention]
    ) -> [EntityCandidate] {
        var mentionSpans: [Int: [TextSpan]] = [:]
        for mention in mentions { mentionSpans[mention.sentenceIndex, default: []].append(mention.span) }
        let count = min(sentences.count, tokens.count)
        let layouts = (0..<count).map { index in
            SentenceLayout(tokens: tokens[index], mentions: mentionSpans[index] ?? [], words: words)
        }
        // Document-wide evidence: words capitalized inside sentences, and words written in lower case.
        var capitalizedInside: Set<String> = []
        for layout in layouts {
            for (index, token) in layout.tokens.enumerated() where token.kind == .word {
                if token.isCapitalized, !layout.isInitial[index], !layout.isCovered[index], !words.stop.contains(token.folded) {
                    capitalizedInside.insert(token.text)
                }
            }
        }
        let evidence = DocumentEvidence(capitalizedInside: capitalizedInside, layouts: layouts)
        var result: [EntityCandidate] = []
        for (sentenceIndex, layout) in layouts.enumerated() where !layout.isHeading(words) {
            for run in layout.runs(words) {
                if let candidate = candidate(run, layout, sentenceIndex, text, evidence) {
                    result.append(candidate)
                }
            }
        }
        return result
    }

    private func candidate(
        _ run: ClosedRange<Int>, _ layout: SentenceLayout, _ sentenceIndex: Int,
        _ text: ScalarText, _ evidence: DocumentEvidence
    ) -> EntityCandidate? {
        let tokens = layout.tokens
        guard let trimmed = layout.trim(run, words) else { return nil }
        let range = trimmed.range
        if range.contains(where: { layout.inHeadline[$0] }) { return nil }
        let nameWords = range.filter { tokens[$0].kind == .word && !SentenceLayout.connectors.contains(tokens[$0].text) }
        if nameWords.allSatisfy({ Self.isLetterOrNumeral(tokens[$0].text) }) { return nil }
        // "East and West": directions alone, however many.
        if nameWords.allSatisfy({ words.loneStop.contains(tokens[$0].folded) }) { return nil }
        // "Su-35", "S-400": a designation, not a name.
        let after = range.upperBound + 1
        if after + 1 < tokens.count, tokens[after].text == "-", tokens[after + 1].kind == .number { return nil }
        if nameWords.count == 1, let only = nameWords.first {
            let word = tokens[only]
            if words.suffix[word.folded] != nil { return nil }  // "this Center": a generic noun alone
            if layout.isInitial[only], !evidence.capitalizedInside.contains(word.text) { return nil }
            if !layout.isInitial[only], evidence.writesInLowerCase(word.text.lowercased()) { return nil }
        }
        let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound].span.end)
        let name = text[span]
        if gazetteer.actor(named: name) != nil { return nil }
        let guess = KindGuesser(layout: layout, words: words)
            .guess(range, nameWords: nameWords, leadingCue: trimmed.cue)
        return EntityCandidate(sentenceIndex: sentenceIndex, name: name, kindGuess: guess.kind, kindCue: guess.cue, span: span)
    }

    /// The first scalar is a lower-case letter (ASCII answered without the Unicode tables).
    static func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first.isASCII { return first.value >= 0x61 && first.value <= 0x7A }
        return first.properties.isLowercase
    }

    /// Single letters ("S", "I") and roman numerals ("IV") used as list markers.
    private static func isLetterOrNumeral(_ word: String) -> Bool {
        word.count == 1 || word.allSatisfy { "IVXLCDM".contains($0) }
    }
}

/// What the whole document says about a word.
final class DocumentEvidence {
    let capitalizedInside: Set<String>
    private let layouts: [SentenceLayout]

    init(capitalizedInside: Set<String>, layouts: [SentenceLayout]) {
        self.capitalizedInside = capitalizedInside
        self.layouts = layouts
    }

    /// True when the document also writes `word` (already lower-cased) as a word of its own that
    /// starts with a lower-case letter.
    ///
    /// Only a one-word candidate asks. The first questions are answered by a scan of the tokens:
    /// building a set of every word of every document cost ten times as much (callgrind), since
    /// most documents ask a few times or never. After `scansBeforeSet` questions the set is built
    /// once, so a huge document with thousands of candidates stays linear (scanning for each of
    /// them made a 100 MB file run for minutes).
    func writesInLowerCase(_ word: String) -> Bool {
        if let lowerCase { return lowerCase.contains(word) }
        questions += 1
        if questions > Self.scansBeforeSet {
            var words: Set<String> = []
            for layout in layouts {
                for token in layout.tokens where token.kind == .word && CandidateFinder.startsLowercase(token.text) {
                    words.insert(token.text)
                }
            }
            lowerCase = words
            return words.contains(word)
        }
        return layouts.contains { layout in
            layout.tokens.contains { $0.kind == .word && $0.text == word && CandidateFinder.startsLowercase($0.text) }
        }
    }

    /// Scans that cost about as much as building the set (a scan is some 30 instructions a token,
    /// an insert some 300).
    static let scansBeforeSet = 10
    private var questions = 0
    private var lowerCase: Set<String>?
}
