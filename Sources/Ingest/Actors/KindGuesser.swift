import Domain

/// Guesses the kind of a candidate from the words of the name and around it, strongest cue first:
/// a suffix of the name ("Institute", "News"; or the head of "Treaty of ..."), a title before it, a
/// word right before it ("analyst"), a role before "of"/"at" ("director of"), a role in an appositive
/// after it (", senior policy fellow"), a reporting verb after a name of two words or more ("says"), a
/// preposition of place ("in"), and a line that is nothing but the name (a byline).
struct KindGuesser {
    let layout: SentenceLayout
    let words: CandidateWords

    private static let determiners = WordLists.builtIn.set(.articles)
    private static let appositiveEnd: Set<String> = [",", ".", ";", "(", ")", ":", "”", "\""]

    func guess(_ range: ClosedRange<Int>, nameWords: [Int], leadingCue: (kind: CandidateKind, word: String)?) -> (
        kind: CandidateKind, cue: String?
    ) {
        let tokens = layout.tokens
        for index in nameWords where words.suffix[tokens[index].folded] == .media {
            return (.media, tokens[index].text)
        }
        // The head of "Treaty of Friendship ..." stands before "of"; otherwise the last word.
        let head = range.first { tokens[$0].text == "of" }.map { $0 - 1 } ?? range.upperBound
        for index in [head, range.upperBound] {
            if let kind = words.suffix[tokens[index].folded] { return (kind, tokens[index].text) }
        }
        if let leadingCue { return (leadingCue.kind, leadingCue.word) }
        var before = range.lowerBound - 1
        while before >= 0, Self.determiners.contains(tokens[before].folded) { before -= 1 }
        if before >= 0, let kind = words.before[tokens[before].folded] { return (kind, tokens[before].text) }
        if let role = roleBeforeOfOrAt(range.lowerBound) { return (.organization, role) }
        if let cue = appositive(after: range.upperBound) { return cue }
        // "Novo-Ogaryovo" is one word: count the words that do not follow a hyphen.
        let spacedWords = nameWords.filter { $0 == 0 || tokens[$0 - 1].text != "-" }.count
        let next = range.upperBound + 1
        if spacedWords >= 2, next < tokens.count, let kind = words.verbs[tokens[next].folded] {
            return (kind, tokens[next].text)
        }
        if before >= 0, before == range.lowerBound - 1, let kind = words.prepositions[tokens[before].folded] {
            return (kind, tokens[before].text)
        }
        if layout.isAllCapitalized, (2...4).contains(spacedWords) { return (.person, nil) }
        return (.other, nil)
    }

    /// "director of [the] [US] National Intelligence", "fellow at the ...": the role word.
    private func roleBeforeOfOrAt(_ start: Int) -> String? {
        let tokens = layout.tokens
        var index = start - 1
        while index >= 0, layout.isCovered[index] || Self.determiners.contains(tokens[index].folded) { index -= 1 }
        guard index >= 1, ["of", "at"].contains(tokens[index].folded) else { return nil }
        let role = tokens[index - 1]
        return words.roleOf[role.folded] != nil ? role.text : nil
    }

    /// ", a military expert on Russia", ", head of the ...": the first role word of the appositive.
    private func appositive(after end: Int) -> (kind: CandidateKind, cue: String?)? {
        let tokens = layout.tokens
        guard end + 1 < tokens.count, tokens[end + 1].text == "," else { return nil }
        var index = end + 2
        while index < tokens.count, index <= end + 8, !Self.appositiveEnd.contains(tokens[index].text) {
            if let kind = words.after[tokens[index].folded] { return (kind, tokens[index].text) }
            index += 1
        }
        return nil
    }
}
