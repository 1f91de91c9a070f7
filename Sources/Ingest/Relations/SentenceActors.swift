/// One sentence's tokens with the actor mentions laid over them, and the coordinated actor groups
/// ("Kyrgyzstan, Turkmenistan and Uzbekistan", "Russia-Myanmar") a pattern slot can take.
struct SentenceActors {
    /// A mention as a run of tokens ("Beijing" + "’s", "South" + "Ossetia").
    struct Unit {
        let actor: String
        let first: Int
        let last: Int
    }

    /// Actors a slot stands for, with the tokens they cover.
    struct Group {
        var actors: [String]
        var first: Int
        var last: Int
        /// True when the slot was a pronoun resolved to an earlier mention.
        var viaPronoun = false
        /// True when a relational noun was replaced by its apposition ("opponents - India").
        var viaApposition = false
    }

    let tokens: [Token]
    let folded: [String]
    let units: [Unit]
    /// Token index -> index into `units`.
    let unitAt: [Int?]
    /// `isBoundary` and `isPronoun` of each token, looked up once: the pattern matcher asks
    /// about the same tokens over and over as it walks left and right of each cue.
    private let boundaries: [Bool]
    private let pronouns: [Bool]

    init(tokens: [Token], mentions: [ActorMention]) {
        self.tokens = tokens
        self.folded = tokens.map(\.folded)
        self.boundaries = tokens.map(Self.boundaryWords.contains)
        self.pronouns = tokens.map(Self.pronounWords.contains)
        var unitAt = [Int?](repeating: nil, count: tokens.count)
        var units: [Unit] = []
        for mention in mentions.sorted(by: { $0.span < $1.span }) {
            let covered = SpanCover.tokens(inside: mention.span, of: tokens)
            guard let first = covered.first, let last = covered.last,
                covered.allSatisfy({ unitAt[$0] == nil })
            else { continue }
            for index in covered { unitAt[index] = units.count }
            units.append(Unit(actor: mention.actor, first: first, last: last))
        }
        self.units = units
        self.unitAt = unitAt
    }

    var count: Int { tokens.count }

    func isBoundary(_ index: Int) -> Bool { boundaries[index] }

    private static let boundaryWords = WordTable(words: RelationGrammar.boundaryPunctuation.union(RelationGrammar.boundaryWords))
    private static let pronounWords = WordTable(
        words: RelationGrammar.singularPronouns.union(RelationGrammar.pluralPronouns)
            .union(RelationGrammar.relativePronouns))

    func isFreePunctuation(_ index: Int) -> Bool { RelationGrammar.freePunctuation.contains(folded[index]) }

    /// A word that may stand between a slot and its cue word: not grammar, not an actor.
    func isModifier(_ index: Int) -> Bool {
        guard unitAt[index] == nil else { return false }
        let token = tokens[index]
        guard token.kind == .word || token.kind == .number else { return false }
        return RelationGrammar.isContentWord(folded[index]) || RelationGrammar.determiners.contains(folded[index])
    }

    // MARK: Groups

    /// The separator between two units at `from...to` (exclusive of both units), if it coordinates.
    private func separator(from: Int, to: Int) -> String? {
        var words = Array(folded[from..<to])
        if let last = words.last, RelationGrammar.determiners.contains(last), words.count > 1 { words.removeLast() }
        switch words {
        case [","]: return ","
        case ["and"], ["&"], ["or"]: return "and"
        case [",", "and"], [",", "or"]: return ", and"
        case ["-"], ["–"]: return "-"
        case ["as", "well", "as"]: return "and"
        default: return nil
        }
    }

    /// Whether units joined by `separators` form a list: "A and B", "A, B and C", "A-B-C".
    private static func isValidList(_ separators: [String]) -> Bool {
        guard let last = separators.last else { return true }
        if separators.allSatisfy({ $0 == "-" }) { return true }
        // A lone comma does not coordinate ("In Russia, China is ..."), nor does ", and" after an
        // "and" ("Abkhazia and South Ossetia, and Crimea is ..." starts a new clause).
        if separators.count == 1 { return last == "and" }
        return separators.dropLast().allSatisfy { $0 == "," } && (last == "and" || last == ", and")
    }

    /// The most units a coordinated list holds: "A, B, C and D" reads as a relation's participants,
    /// a comma list of two hundred countries does not, and reading it as one made every match
    /// quadratic in its length (a 400 KB list took 17 s).
    static let longestList = 12

    /// The units chained to `unit` by separators, leftmost first, with the separators between them:
    /// at most `longestList - 1` units on either side.
    private func chain(around unit: Int) -> (units: [Int], separators: [String]) {
        var left: [Int] = []
        var leftSeparators: [String] = []
        var current = unit
        while current > 0, left.count < Self.longestList - 1 {
            let previous = current - 1
            guard let sep = separator(from: self.units[previous].last + 1, to: self.units[current].first) else { break }
            left.append(previous)
            leftSeparators.append(sep)
            current = previous
        }
        var units = Array(left.reversed()) + [unit]
        var separators = Array(leftSeparators.reversed())
        current = unit
        while current + 1 < self.units.count, units.count - left.count < Self.longestList {
            let next = current + 1
            guard let sep = separator(from: self.units[current].last + 1, to: self.units[next].first) else { break }
            units.append(next)
            separators.append(sep)
            current = next
        }
        return (units, separators)
    }

    private func group(of unitIndexes: ArraySlice<Int>) -> Group {
        var actors: [String] = []
        for index in unitIndexes where !actors.contains(units[index].actor) { actors.append(units[index].actor) }
        return Group(actors: actors, first: units[unitIndexes.first ?? 0].first, last: units[unitIndexes.last ?? 0].last)
    }

    /// Groups starting at `unit` and reading rightwards, longest valid list first.
    func groupsStarting(at unit: Int) -> [Group] {
        let (all, separators) = chain(around: unit)
        guard let start = all.firstIndex(of: unit) else { return [] }
        var result: [Group] = []
        for end in stride(from: all.count - 1, through: start, by: -1)
        where Self.isValidList(Array(separators[start..<end])) {
            result.append(group(of: all[start...end]))
        }
        return result
    }

    /// The longest valid list that ends with `unit` (found while reading leftwards).
    func groupEnding(at unit: Int) -> Group {
        let (all, separators) = chain(around: unit)
        let end = all.firstIndex(of: unit) ?? 0
        for start in 0...end where Self.isValidList(Array(separators[start..<end])) {
            return group(of: all[start...end])
        }
        return group(of: all[end...end])
    }

    /// The longest valid list containing `unit` (a pair pattern's participants).
    func groupContaining(_ unit: Int) -> Group {
        let (all, separators) = chain(around: unit)
        guard let position = all.firstIndex(of: unit) else { return group(of: [unit][...]) }
        var best = group(of: all[position...position])
        for start in 0...position {
            for end in stride(from: all.count - 1, through: position, by: -1)
            where Self.isValidList(Array(separators[start..<end])) && end - start + 1 > best.actors.count {
                best = group(of: all[start...end])
            }
        }
        return best
    }

    // MARK: Pronouns

    /// Resolves a pronoun at `index` to actors named earlier in the same sentence: "it" to the
    /// nearest single actor, "they"/"their" to the nearest coordinated group, "which" to the group
    /// just before it. Nil when the sentence names no antecedent (no guessing across sentences).
    func resolvePronoun(at index: Int) -> Group? {
        let word = folded[index]
        // The units before the pronoun, nearest last: found by binary search, at most a list's length.
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].last < index { low = middle + 1 } else { high = middle }
        }
        let before = max(0, low - Self.longestList)..<low
        guard let nearest = before.last else { return nil }
        var resolved: Group?
        if RelationGrammar.singularPronouns.contains(word) {
            resolved = Group(actors: [units[nearest].actor], first: index, last: index)
        } else if RelationGrammar.pluralPronouns.contains(word) {
            for unit in before.reversed() {
                let group = groupEnding(at: unit)
                if group.actors.count >= 2 {
                    resolved = Group(actors: group.actors, first: index, last: index)
                    break
                }
            }
        } else if RelationGrammar.relativePronouns.contains(word) {
            // "the Russia-Myanmar defence cooperation, which ...": the antecedent's actors stand
            // within a few words before the pronoun.
            if index - units[nearest].last <= 5 {
                let group = groupEnding(at: nearest)
                resolved = Group(actors: group.actors, first: index, last: index)
            }
        }
        resolved?.viaPronoun = true
        return resolved
    }

    func isPronoun(_ index: Int) -> Bool { pronouns[index] }
}
