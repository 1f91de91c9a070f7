import Domain

/// Splits a sentence's tokens into clauses and a clause into segments.
///
/// A clause ends at a semicolon, before a contrast word ("but", "however", "yet", ...) that
/// follows a comma, semicolon or dash ("..., but it will come up anyway"), and before "although"
/// or "whereas" wherever they stand, so each side of a contrast can carry its own estimate (and
/// its own speaker). "but also" does not split. Segments are the comma pieces
/// of a clause: an estimate reaches a proposition's term only inside one segment, unless the
/// estimate takes a `that` clause.
struct ClauseSplitter: Sendable {
    let grammar: DiscourseLexicon

    private static let softBoundaries: Set<String> = [",", ";", "—", "–"]
    /// Contrast words that subordinate a clause wherever they stand.
    private static let subordinators = WordLists.builtIn.set(.clauseSubordinators)
    private static let segmentBoundaries: Set<String> = [",", ";", ":", "—", "–", "(", ")"]

    func clauses(_ tokens: [Token]) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.text == ";" {
                if index > start { clauses.append(start..<index) }
                start = index + 1
                continue
            }
            // "although", "whereas" open a clause of their own, with or without a comma before them.
            let subordinate = Self.subordinators.contains(token.folded) && index > start + 2
            guard index > start + 1, grammar.contains(token, .contrast),
                subordinate || ClauseSplitter.softBoundaries.contains(tokens[index - 1].text)
            else { continue }
            if subordinate && !ClauseSplitter.softBoundaries.contains(tokens[index - 1].text) {
                clauses.append(start..<index)
                start = index
                continue
            }
            if index + 1 < tokens.count, tokens[index + 1].folded == "also" { continue }
            clauses.append(start..<(index - 1))
            start = index
        }
        if start < tokens.count { clauses.append(start..<tokens.count) }
        return clauses.filter { range in range.contains { tokens[$0].kind == .word } }
    }

    /// Segment number of each token of `clause` (indexed from the clause start).
    func segments(_ tokens: [Token], clause: Range<Int>) -> [Int] {
        var segment = 0
        var result: [Int] = []
        result.reserveCapacity(clause.count)
        for index in clause {
            // Every boundary is a punctuation token: words skip the set lookup.
            if tokens[index].kind == .punctuation, ClauseSplitter.segmentBoundaries.contains(tokens[index].text) { segment += 1 }
            result.append(segment)
        }
        return result
    }
}
