/// Where the claims of a source stand: their order, sentences, paragraphs and sections.
struct ClaimLayout {
    let claims: [ExtractedClaim]
    let document: AnalyzedText
    /// Claim indexes in reading order.
    let order: [Int]
    /// Positions in `order` of the claims of each sentence (ascending), so that lookups by sentence
    /// stay linear in a document with thousands of claims.
    private let positionsBySentence: [Int: [Int]]
    /// The first claim (in reading order) of each paragraph that has one.
    private let firstClaimOfParagraph: [Int: Int]

    init(claims: [ExtractedClaim], document: AnalyzedText) {
        self.claims = claims
        self.document = document
        let order = claims.indices.sorted {
            (claims[$0].sentenceIndex, claims[$0].span.start, $0) < (claims[$1].sentenceIndex, claims[$1].span.start, $1)
        }
        self.order = order
        var positions: [Int: [Int]] = [:]
        for (position, claim) in order.enumerated() { positions[claims[claim].sentenceIndex, default: []].append(position) }
        self.positionsBySentence = positions
        var firsts: [Int: Int] = [:]
        for claim in order.reversed() {
            let sentence = claims[claim].sentenceIndex
            if document.sentences.indices.contains(sentence) { firsts[document.sentences[sentence].paragraphIndex] = claim }
        }
        self.firstClaimOfParagraph = firsts
    }

    func paragraphIndex(of claim: Int) -> Int? {
        let sentence = claims[claim].sentenceIndex
        guard document.sentences.indices.contains(sentence) else { return nil }
        return document.sentences[sentence].paragraphIndex
    }

    func kind(of claim: Int) -> Paragraph.Kind? {
        guard let paragraph = paragraphIndex(of: claim), document.paragraphs.indices.contains(paragraph) else { return nil }
        return document.paragraphs[paragraph].kind
    }

    /// True when a heading or title stands between this claim and the one before it.
    func startsSection(_ position: Int) -> Bool {
        guard position > 0, let here = paragraphIndex(of: order[position]),
            let before = paragraphIndex(of: order[position - 1])
        else { return position == 0 }
        if kind(of: order[position]) == .heading || kind(of: order[position]) == .title { return true }
        guard before < here else { return false }
        return document.paragraphs[(before + 1)...here].contains { $0.kind == .heading || $0.kind == .title }
            || kind(of: order[position - 1]) == .title || kind(of: order[position - 1]) == .heading
    }

    /// The claim before `position` in its section.
    func previous(_ position: Int, sectionStart: Int) -> Int? {
        position > sectionStart ? order[position - 1] : nil
    }

    /// The other claim of the same sentence, the nearest first.
    func otherClaim(inSentenceOf position: Int) -> Int? {
        let sentence = claims[order[position]].sentenceIndex
        let others = (positionsBySentence[sentence] ?? []).filter { $0 != position }
        return others.min { abs($0 - position) < abs($1 - position) }.map { order[$0] }
    }

    /// The first claim of each list-item paragraph after paragraph `start`, until a heading.
    func listItems(afterParagraph start: Int) -> [Int] {
        var items: [Int] = []
        var paragraph = start + 1
        while paragraph < document.paragraphs.count {
            let kind = document.paragraphs[paragraph].kind
            if kind == .heading || kind == .title { break }
            if kind == .listItem, let claim = firstClaimOfParagraph[paragraph] { items.append(claim) }
            paragraph += 1
        }
        return items
    }

    /// The tokens where the claim's cues are looked for, and the index of its opening token: the
    /// whole sentence up to the claim's end when the claim is its sentence's first ("However, ..."
    /// may stand outside the clause), else the claim itself.
    func cueTokens(of claim: Int) -> (tokens: [Token], opening: Int) {
        let span = claims[claim].span
        var start = span.start
        let sentence = claims[claim].sentenceIndex
        if document.sentences.indices.contains(sentence) {
            let sentenceSpan = document.sentences[sentence].span
            let isFirst = !(positionsBySentence[sentence] ?? []).contains {
                order[$0] != claim && claims[order[$0]].span.start < span.start
            }
            if isFirst { start = min(start, sentenceSpan.start) }
        }
        let tokens = tokens(from: start, to: span.end, inSentence: sentence)
        var opening = 0
        while opening < tokens.count,
            tokens[opening].kind == .punctuation || (tokens[opening].folded == "and" && opening + 1 < tokens.count)
        {
            opening += 1
        }
        return (tokens, opening)
    }

    /// The sentence's tokens that lie within `start..<end`, taken from the document's tokens:
    /// tokenizing the span again was a fifteenth of extraction (callgrind).
    private func tokens(from start: Int, to end: Int, inSentence sentence: Int) -> [Token] {
        guard document.tokens.indices.contains(sentence) else {
            return Tokenizer.tokenize(document.text, in: TextSpan(start: start, end: end))
        }
        let all = document.tokens[sentence]
        let first = all.partitioningIndex { $0.span.start >= start }
        var last = first
        while last < all.count, all[last].span.end <= end { last += 1 }
        return Array(all[first..<last])
    }
}

extension Array {
    /// The first index whose element satisfies `isAbove`, for a predicate that is false and then
    /// true along the array (binary search).
    func partitioningIndex(where isAbove: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAbove(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
