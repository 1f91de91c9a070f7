import Domain

/// Links the claims of one source by their discourse cues: support and attack (AIF RA and CA).
///
/// Rules, each driven by a row of `link-cues.tsv`:
/// - a conclusion marker ("To sum up", "Thus", "So,") makes every premise of its section before it
///   support it; a section starts after a heading or after the previous such conclusion;
/// - "The reasons:" makes the first claim of each list item that follows support the claim that
///   introduced the list, until a heading or a body paragraph with a conclusion marker;
/// - "For example", "However", "But", "Nevertheless" ... link the claim to the claim before it in its
///   section; "As a result" links the claim before it to it;
/// - "because"/"since" make the clause that holds them support the other claim of the sentence
///   (or the claim before, when they open a sentence that is one claim); "although"/"despite"
///   mark the clause that holds them as conceded and attacked by the other claim of the sentence.
///
/// ```swift
/// let links = ArgumentLinker(cues: cues).links(claims: claims, in: document)
/// // [ExtractedLink(fromClaim: 1, toClaim: 0, type: .attacks, cue: "However"), ...]
/// ```
public struct ArgumentLinker: Sendable {
    public let cues: LinkCueLexicon

    public init(cues: LinkCueLexicon) {
        self.cues = cues
    }

    /// The links between `claims` (indexes into that array), each (from, to, type) once.
    public func links(claims: [ExtractedClaim], in document: AnalyzedText) -> [ExtractedLink] {
        let layout = ClaimLayout(claims: claims, document: document)
        var links: [ExtractedLink] = []
        var seen: Set<String> = []
        func add(_ from: Int, _ to: Int, _ type: ExtractedLink.LinkType, _ cue: String) {
            guard from != to, seen.insert("\(from) \(to) \(type.rawValue)").inserted else { return }
            links.append(ExtractedLink(fromClaim: from, toClaim: to, type: type, cue: cue))
        }

        var sectionStart = 0  // position in layout.order where the current section begins
        for (position, claim) in layout.order.enumerated() {
            if layout.startsSection(position) { sectionStart = position }
            let (tokens, opening) = layout.cueTokens(of: claim)
            for (cue, at) in cues.cues(in: tokens, opening: opening) {
                let written = cueText(tokens, at: at, count: cue.words.count, document: document)
                switch cue.target {
                case .previous:
                    if let previous = layout.previous(position, sectionStart: sectionStart) {
                        add(claim, previous, cue.type, written)
                    }
                case .fromPrevious:
                    if let previous = layout.previous(position, sectionStart: sectionStart) {
                        add(previous, claim, cue.type, written)
                    }
                case .section:
                    for premise in layout.order[sectionStart..<position] where claims[premise].role == .premise {
                        add(premise, claim, cue.type, written)
                    }
                case .list:
                    if let paragraph = layout.paragraphIndex(of: claim) {
                        for item in layout.listItems(afterParagraph: paragraph) { add(item, claim, cue.type, written) }
                    }
                case .reason:
                    if let other = layout.otherClaim(inSentenceOf: position) {
                        add(claim, other, cue.type, written)
                    } else if at == opening, let previous = layout.previous(position, sectionStart: sectionStart) {
                        add(claim, previous, cue.type, written)
                    }
                case .concession:
                    if let other = layout.otherClaim(inSentenceOf: position) {
                        add(other, claim, cue.type, written)
                    } else if at == opening, let previous = layout.previous(position, sectionStart: sectionStart) {
                        add(claim, previous, cue.type, written)
                    }
                }
            }
            // A conclusion closes its section: the next conclusion gathers only what follows.
            if cues.cues(in: tokens, opening: opening).contains(where: { $0.cue.target == .section }) {
                sectionStart = position + 1
            }
        }
        // "... souring fast. The reasons:" — the list cue often stands in a sentence of its own that
        // is no claim; the thesis is then the claim just before it.
        let claimed = Set(claims.map(\.sentenceIndex))
        for sentence in document.sentences.indices where !claimed.contains(sentence) {
            let tokens =
                sentence < document.tokens.count
                ? document.tokens[sentence] : Tokenizer.tokenize(document.text, in: document.sentences[sentence].span)
            let listCues = cues.cues(in: tokens, opening: 0).filter { $0.cue.target == .list }
            guard let (cue, at) = listCues.first,
                let thesis = layout.order.last(where: { claims[$0].sentenceIndex < sentence })
            else { continue }
            let written = cueText(tokens, at: at, count: cue.words.count, document: document)
            for item in layout.listItems(afterParagraph: document.sentences[sentence].paragraphIndex) {
                add(item, thesis, cue.type, written)
            }
        }
        return links
    }

    /// The cue as written in the source ("However", "So,").
    private func cueText(_ tokens: [Token], at start: Int, count: Int, document: AnalyzedText) -> String {
        let span = TextSpan(start: tokens[start].span.start, end: tokens[start + count - 1].span.end)
        return document.text[span]
    }
}
