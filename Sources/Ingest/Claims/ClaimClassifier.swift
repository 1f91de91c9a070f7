import Domain

/// Decides whether a clause is a claim, and its type and context, from discourse markers.
///
/// - Not a claim: a question, a fragment (fewer than `minimumWords` words), a title or heading with
///   no finite-verb signal and no estimate.
/// - Type, first that applies: recommendation ("should", "need to", "it is worth"), reason
///   ("because", "due to", an item of a list of reasons), prediction (a future or modal marker, or an
///   estimate followed by "to": "unlikely to become"), assessment (an estimate or an evaluative
///   word), else fact.
/// - Context, first that applies: hypothetical (a conditional marker or a hypothetical cue such as
///   "in the unlikely event"), negated (a negator not inside an estimate, when there is no estimate),
///   future (a future or modal marker), else asserted.
struct ClaimClassifier: Sendable {
    let grammar: DiscourseLexicon

    /// Fewer words than this in a body clause is a fragment, unless a verb signal shows an assertion.
    static let minimumWords = 4
    /// Fewer words than this is never a claim.
    static let minimumWordsWithVerb = 3

    struct Input {
        let tokens: [Token]
        let clause: Range<Int>
        let paragraphKind: Paragraph.Kind
        let isQuestion: Bool
        let cues: [EstimativeCue]
        let inReasonList: Bool
    }

    func isClaim(_ input: Input) -> Bool {
        if input.isQuestion { return false }
        let words = Self.wordsOutsideURLs(input.tokens, input.clause)
        let hasVerb =
            input.clause.contains { input.tokens[$0].kind == .word && grammar.contains(input.tokens[$0], .verb) }
            || input.clause.contains { isPastForm(input.tokens[$0]) } || !input.cues.isEmpty
        switch input.paragraphKind {
        case .title, .heading:
            return hasVerb && words >= ClaimClassifier.minimumWordsWithVerb
        case .body, .listItem:
            return words >= ClaimClassifier.minimumWords || (hasVerb && words >= ClaimClassifier.minimumWordsWithVerb)
        }
    }

    /// The words of a clause, not counting those of a web address written out ("https://www.x.org/a-b/"),
    /// which asserts nothing.
    static func wordsOutsideURLs(_ tokens: [Token], _ clause: Range<Int>) -> Int {
        var count = 0
        var inURL = false
        for index in clause {
            let token = tokens[index]
            if token.kind == .word, token.folded.utf8.first == UInt8(ascii: "h") || token.folded.utf8.first == UInt8(ascii: "w"),
                ["http", "https", "www"].contains(token.folded),
                index + 1 < tokens.count, [":", "."].contains(tokens[index + 1].text)
            {
                inURL = true
            } else if inURL, index > clause.lowerBound, token.span.start != tokens[index - 1].span.end {
                inURL = false  // white space ends the address
            }
            if token.kind == .word && !inURL { count += 1 }
        }
        return count
    }

    /// The discourse kinds that occur in the clause, read once for `type` and `context`.
    func kinds(_ input: Input) -> DiscourseLexicon.Kinds {
        grammar.kinds(in: input.tokens, range: input.clause)
    }

    func type(_ input: Input, kinds: DiscourseLexicon.Kinds) -> ExtractedClaim.ClaimType {
        let tokens = input.tokens
        let range = input.clause
        if kinds.contains(.recommendation) { return .recommendation }
        if input.inReasonList || kinds.contains(.reason) { return .reason }
        let estimateWithInfinitive =
            input.cues.contains { cue in
                cue.tokens.upperBound < range.upperBound && tokens[cue.tokens.upperBound].folded == "to"
            } || input.cues.contains { tokens[$0.tokens.upperBound - 1].folded == "to" }
        if estimateWithInfinitive || kinds.contains(.future) || kinds.contains(.modal) {
            return .prediction
        }
        if !input.cues.isEmpty || kinds.contains(.evaluative) { return .assessment }
        return .fact
    }

    func context(_ input: Input, hasLikelihood: Bool, kinds: DiscourseLexicon.Kinds) -> ExtractedClaim.Context {
        let tokens = input.tokens
        let range = input.clause
        var covered = Set<Int>()
        for cue in input.cues { covered.formUnion(cue.tokens) }
        // A conditional inside a cue ("not a matter of if, but when") frames nothing.
        let conditional = grammar.matches(.conditional, in: tokens, range: range).contains {
            !covered.contains($0.tokens.lowerBound)
        }
        if input.cues.contains(where: \.entry.isHypothetical) || conditional {
            return .hypothetical
        }
        if !hasLikelihood {
            if range.contains(where: { !covered.contains($0) && grammar.isNegator(tokens[$0]) }) { return .negated }
        }
        if kinds.contains(.future) || kinds.contains(.modal) { return .future }
        return .asserted
    }

    /// "proposed", "signed": a past form of a verb, a finite-verb signal for headings.
    private func isPastForm(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && token.text.count > 4 && token.folded.hasSuffix("ed")
    }
}
