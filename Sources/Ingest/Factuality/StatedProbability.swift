import Domain

/// A probability an author states in numbers: "a 20 percent chance", "27% odds", "20-35%", "over
/// 50%", "odds of one in five", "3-to-1 against", "a one-third chance".
///
/// A number is read as a probability only next to a noun of chance (`chance` rows of
/// factuality.tsv: chance, odds, probability, likelihood, risk, prospects, estimate): "83% of
/// Ukrainians" is a share, "60% purity" a measure, "one in five Americans" a count.
public struct StatedProbability: Sendable, Hashable {
    /// Token indexes of the number phrase ("over 50 %", "1 - in - 5").
    public let tokens: Range<Int>
    /// The stated probability, or its range; a single number has `low == high`.
    public let low: Double
    public let high: Double

    /// The middle of the stated range: the band of the likelihood scale it falls in is the term.
    public var midpoint: Double { (low + high) / 2 }

    /// The term of the likelihood scale that holds the stated midpoint; a number on a bound between
    /// two bands belongs to the upper one (20% is "unlikely", 0.20-0.45; 50% "roughly even chance").
    public var term: LikelihoodScale.Term {
        LikelihoodScale.terms.first { midpoint < $0.pHigh } ?? LikelihoodScale.terms[LikelihoodScale.terms.count - 1]
    }
}

/// Finds stated probabilities in a clause's tokens.
struct StatedProbabilityReader: Sendable {
    let lexicon: FactualityLexicon

    /// How far from the number a noun of chance may stand (before it: "the odds of a recession
    /// are 30%"; after it: "a 30 percent chance").
    static let chanceBefore = 10
    static let chanceAfter = 3

    /// The stated probabilities in `range` of a sentence's tokens, left to right.
    func probabilities(in tokens: [Token], range: Range<Int>) -> [StatedProbability] {
        let chanceNouns = Set(lexicon.matches(.chance, in: tokens, range: range).map(\.tokens.lowerBound))
        guard !chanceNouns.isEmpty else { return [] }
        var found: [StatedProbability] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let number = expression(in: tokens, at: index, limit: range.upperBound) else {
                index += 1
                continue
            }
            if isAnchored(number.tokens, chanceNouns: chanceNouns, tokens: tokens, range: range) {
                found.append(number)
            }
            index = number.tokens.upperBound
        }
        return found
    }

    // MARK: Anchoring

    /// A noun of chance right after the number ("27% odds", "a one-in-five chance") or before it in
    /// the same stretch of words ("the probability ... is 27%"), and the number is not a share ("of
    /// Ukrainians").
    private func isAnchored(_ number: Range<Int>, chanceNouns: Set<Int>, tokens: [Token], range: Range<Int>) -> Bool {
        let after = number.upperBound
        if after < range.upperBound, tokens[after].folded == "of",
            after + 1 < range.upperBound, !chanceNouns.contains(after + 1)
        {
            return false  // "83% of Ukrainians"
        }
        for index in after..<min(range.upperBound, after + Self.chanceAfter) {
            if chanceNouns.contains(index) { return true }
            if tokens[index].kind == .punctuation { break }
        }
        var index = number.lowerBound - 1
        while index >= max(range.lowerBound, number.lowerBound - Self.chanceBefore) {
            if chanceNouns.contains(index) { return true }
            if [".", ";", ":", "?", "!"].contains(tokens[index].text) { break }
            index -= 1
        }
        return false
    }

    // MARK: Number phrases

    private static let percentWords = WordLists.builtIn.set(.percentWords)
    private static let above = WordLists.builtIn.set(.probabilityAboveWords)
    private static let aboveTwoWords = wordPairs(.probabilityAbovePhrases)
    private static let below = WordLists.builtIn.set(.probabilityBelowWords)
    private static let belowTwoWords = wordPairs(.probabilityBelowPhrases)
    private static let numberWords = WordLists.builtIn.numbers(.numberWords)
    private static let fractions = WordLists.builtIn.numbers(.fractionWords)

    /// The phrases of a list as word arrays ("more than" -> ["more", "than"]), compared with token pairs.
    private static func wordPairs(_ list: WordList) -> Set<[String]> {
        Set(WordLists.builtIn.ordered(list).map { $0.split(separator: " ").map(String.init) })
    }

    /// A number phrase starting at `index` (with a qualifier before it), if one does.
    private func expression(in tokens: [Token], at index: Int, limit: Int) -> StatedProbability? {
        // A qualifier: "over 50%", "more than 30 percent", "less than 10%".
        var start = index
        var bound: Bound = .point
        if Self.above.contains(tokens[index].folded) {
            bound = .above
            start = index + 1
        } else if Self.below.contains(tokens[index].folded) {
            bound = .below
            start = index + 1
        } else if index + 1 < limit {
            let pair = [tokens[index].folded, tokens[index + 1].folded]
            if Self.aboveTwoWords.contains(pair) {
                bound = .above
                start = index + 2
            } else if Self.belowTwoWords.contains(pair) {
                bound = .below
                start = index + 2
            }
        }
        guard start < limit else { return nil }
        if let (value, end) = percent(in: tokens, at: start, limit: limit) {
            return bounded(value, bound, tokens: (bound == .point ? start : index)..<end)
        }
        guard bound == .point else { return nil }
        if let (value, end) = odds(in: tokens, at: start, limit: limit) {
            return StatedProbability(tokens: start..<end, low: value.lowerBound, high: value.upperBound)
        }
        if let (value, end) = fraction(in: tokens, at: start, limit: limit) {
            return StatedProbability(tokens: start..<end, low: value, high: value)
        }
        return nil
    }

    private enum Bound { case point, above, below }

    private func bounded(_ value: ClosedRange<Double>, _ bound: Bound, tokens range: Range<Int>) -> StatedProbability? {
        guard value.lowerBound >= 0, value.upperBound <= 1 else { return nil }
        switch bound {
        case .point: return StatedProbability(tokens: range, low: value.lowerBound, high: value.upperBound)
        case .above: return StatedProbability(tokens: range, low: value.upperBound, high: max(value.upperBound, 0.99))
        case .below: return StatedProbability(tokens: range, low: min(value.lowerBound, 0.01), high: value.lowerBound)
        }
    }

    /// A number: digits ("27", "2.5") or a number word ("fifty").
    private func number(_ token: Token) -> Double? {
        if token.kind == .number { return Double(token.text.replacingOccurrences(of: ",", with: "")) }
        if token.kind == .word, token.folded != "a", token.folded != "an" { return Self.numberWords[token.folded] }
        return nil
    }

    /// The percent word after `index`: "%", "percent", "per cent"; returns the index after it.
    private func percentSign(in tokens: [Token], at index: Int, limit: Int) -> Int? {
        guard index < limit else { return nil }
        if Self.percentWords.contains(tokens[index].folded) { return index + 1 }
        if tokens[index].folded == "per", index + 1 < limit, tokens[index + 1].folded == "cent" { return index + 2 }
        return nil
    }

    /// "27%", "27 percent", "20-35%", "20 to 35 percent", "20%-35%", "between 20 and 35 percent".
    private func percent(in tokens: [Token], at index: Int, limit: Int) -> (ClosedRange<Double>, Int)? {
        var start = index
        var between = false
        if tokens[index].folded == "between" {
            between = true
            start += 1
        }
        guard start < limit, let first = number(tokens[start]) else { return nil }
        var cursor = start + 1
        let firstSign = percentSign(in: tokens, at: cursor, limit: limit)
        if let sign = firstSign { cursor = sign }
        // A second number: "-", "–", "to", "and" (after "between").
        if cursor + 1 < limit, ["-", "–", "to"].contains(tokens[cursor].folded) || (between && tokens[cursor].folded == "and"),
            let second = number(tokens[cursor + 1]), second >= first,
            let end = percentSign(in: tokens, at: cursor + 2, limit: limit)
        {
            return (first / 100...second / 100, end)
        }
        guard !between, let end = firstSign else { return nil }
        return (first / 100...first / 100, end)
    }

    /// "one in five", "1-in-5", "3-to-1 against", "3 to 1 on".
    private func odds(in tokens: [Token], at index: Int, limit: Int) -> (ClosedRange<Double>, Int)? {
        guard let first = number(tokens[index]) else { return nil }
        var cursor = index + 1
        func skipHyphen() { if cursor < limit, ["-", "–"].contains(tokens[cursor].text) { cursor += 1 } }
        skipHyphen()
        guard cursor < limit else { return nil }
        let joiner = tokens[cursor].folded
        guard joiner == "in" || joiner == "to" || joiner == ":" else { return nil }
        cursor += 1
        skipHyphen()
        guard cursor < limit, let second = number(tokens[cursor]), second > 0 else { return nil }
        cursor += 1
        if joiner == "in" {
            guard first < second, second <= 1000 else { return nil }
            return (first / second...first / second, cursor)
        }
        // "3 to 1 against": three losses to one win; "on" or "in favour" the other way round.
        guard cursor < limit else { return nil }
        switch tokens[cursor].folded {
        case "against": return (second / (first + second)...second / (first + second), cursor + 1)
        case "on", "for": return (first / (first + second)...first / (first + second), cursor + 1)
        default: return nil
        }
    }

    /// "a third", "one-third", "two-thirds", "a half" (before a noun of chance).
    private func fraction(in tokens: [Token], at index: Int, limit: Int) -> (Double, Int)? {
        var cursor = index
        var count = 1.0
        if let word = Self.numberWords[tokens[cursor].folded], tokens[cursor].kind == .word {
            count = word
            cursor += 1
            if cursor < limit, ["-", "–"].contains(tokens[cursor].text) { cursor += 1 }
        } else {
            return nil
        }
        guard cursor < limit, let part = Self.fractions[tokens[cursor].folded] else { return nil }
        let value = tokens[cursor].folded.hasSuffix("s") ? part : count * part
        guard value > 0, value < 1 else { return nil }
        return (value, cursor + 1)
    }
}
