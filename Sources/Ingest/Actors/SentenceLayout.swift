import Domain

/// One sentence's tokens seen by the candidate finder: which tokens are covered by actor mentions,
/// which start a sentence (or a quote, a list item, a clause after a colon), and which lie inside a
/// title-case stretch such as a headline quoted in the text.
struct SentenceLayout {
    let tokens: [Token]
    let isCovered: [Bool]
    let isInitial: [Bool]
    let inHeadline: [Bool]

    /// Lower-case words that may join the words of one name.
    static let connectors = WordLists.builtIn.set(.nameConnectors)
    /// Marks after which the next word starts a sentence or a quote.
    private static let boundaries: Set<String> = [".", "!", "?", ":", ";", "“", "‘", "\"", "(", "«", "•", "➤", "—", "…"]
    /// Abbreviations whose dot does not end a sentence ("Mr. Kofman").
    private static let abbreviations = WordLists.builtIn.set(.titleAbbreviations)
    /// Marks that may stand inside a title-case stretch.
    private static let stretchGlue: Set<String> = ["-", "‘", "’", "'", "\"", "“", "”", "–"]

    init(tokens: [Token], mentions: [TextSpan], words: CandidateWords) {
        self.tokens = tokens
        isCovered = SpanCover.overlapped(tokens, by: mentions)
        var initial = [Bool](repeating: false, count: tokens.count)
        var atStart = true
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word, .number:
                initial[index] = atStart && token.kind == .word
                atStart = false
            case .punctuation:
                let afterAbbreviation = token.text == "." && index > 0 && Self.abbreviations.contains(tokens[index - 1].folded)
                if Self.boundaries.contains(token.text), !afterAbbreviation { atStart = true }
            case .possessive:
                break
            }
        }
        isInitial = initial
        inHeadline = Self.headlineStretches(tokens, words)
    }

    /// Title-case stretches of five or more capitalized words, or four with a capitalized function word
    /// after the first: "Tajikistan Approves New Chinese Base As Beijing's Security Presence In ...".
    /// Titles do not count, so "Deputy Foreign Minister Igor Morgulov" is no headline.
    private static func headlineStretches(_ tokens: [Token], _ words: CandidateWords) -> [Bool] {
        var flags = [Bool](repeating: false, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word, tokens[index].isCapitalized else {
                index += 1
                continue
            }
            var end = index
            var wordCount = 1
            var functionWords = 0
            var next = index + 1
            while next < tokens.count {
                let token = tokens[next]
                if token.kind == .word, token.isCapitalized {
                    if !words.titles.contains(token.folded) { wordCount += 1 }
                    if words.functionWords.contains(token.folded) { functionWords += 1 }
                    end = next
                } else if !(token.kind == .possessive || stretchGlue.contains(token.text)) {
                    break
                }
                next += 1
            }
            if wordCount >= 5 || (wordCount >= 4 && functionWords > 0) {
                for flagged in index...end { flags[flagged] = true }
            }
            index = end + 1
        }
        return flags
    }

    /// A heading: every word capitalized (lower-case function words aside), with a mention or a
    /// function word in it or five words or more. A short line of names only ("Perizat RISBEK KIZI")
    /// is a byline, not a heading.
    func isHeading(_ words: CandidateWords) -> Bool {
        let wordIndexes = tokens.indices.filter { tokens[$0].kind == .word }
        guard wordIndexes.count >= 2 else { return false }
        var hasFunctionWord = false
        for index in wordIndexes {
            let token = tokens[index]
            let isFunction = words.functionWords.contains(token.folded)
            if isFunction { hasFunctionWord = true }
            if !token.isCapitalized, !isFunction { return false }
        }
        return hasFunctionWord || isCovered.contains(true) || wordIndexes.count >= 5
    }

    /// True when every word of the sentence is capitalized: a byline or a name on a line of its own.
    var isAllCapitalized: Bool {
        tokens.allSatisfy { $0.kind != .word || $0.isCapitalized }
    }

    private func isRunWord(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && tokens[index].isCapitalized && !isCovered[index]
    }

    /// Maximal runs of capitalized, uncovered words, joined by connectors and unspaced hyphens.
    func runs(_ words: CandidateWords) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var index = 0
        while index < tokens.count {
            guard isRunWord(index) else {
                index += 1
                continue
            }
            var last = index
            var next = index + 1
            while next < tokens.count {
                if isRunWord(next) {
                    last = next
                    next += 1
                } else if tokens[next].text == "-", tokens[next].span.start == tokens[last].span.end, isRunWord(next + 1),
                    tokens[next + 1].span.start == tokens[next].span.end
                {
                    last = next + 1
                    next += 2
                } else {
                    var joined = next
                    while joined < tokens.count, joined - next < 2, Self.connectors.contains(tokens[joined].text) { joined += 1 }
                    guard joined > next, isRunWord(joined) else { break }
                    last = joined
                    next = joined + 1
                }
            }
            runs.append(index...last)
            index = last + 1
        }
        return runs
    }

    /// A run without stop words, titles and connectors at its edges, nor an ideology word at its end
    /// ("Radical Islamist"). A title or a `before` cue dropped from the front ("President", "Analyst") is
    /// kept as the cue, with its kind.
    func trim(_ run: ClosedRange<Int>, _ words: CandidateWords) -> (
        range: ClosedRange<Int>, cue: (kind: CandidateKind, word: String)?
    )? {
        var first = run.lowerBound
        var last = run.upperBound
        var cue: (kind: CandidateKind, word: String)?
        func isEdge(_ index: Int) -> Bool {
            let token = tokens[index]
            return token.kind != .word || Self.connectors.contains(token.text) || words.stop.contains(token.folded)
        }
        while first <= last {
            let folded = tokens[first].folded
            if words.titles.contains(folded) {
                cue = (.person, tokens[first].text)
            } else if let kind = words.before[folded], first < last {
                cue = (kind, tokens[first].text)
            } else if !isEdge(first) {
                break
            }
            first += 1
        }
        while last >= first, isEdge(last) || Self.isIdeology(tokens[last].folded) { last -= 1 }
        return first <= last ? (first...last, cue) : nil
    }

    /// "Islamist", "communists", "Marxism": ideology words, which name no one entity.
    static func isIdeology(_ folded: String) -> Bool {
        ["ist", "ists", "ism"].contains { folded.hasSuffix($0) }
    }
}
