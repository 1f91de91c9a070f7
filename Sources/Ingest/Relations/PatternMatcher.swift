/// Matches one compiled pattern at one anchor token of a sentence.
///
/// Words after the anchor are matched left to right with backtracking over gaps and over how many
/// coordinated actors a slot takes ("between X and Y" needs X to stop before "and"). A slot written
/// before the anchor is searched leftwards: next to the anchor (`X cooperation`, modifiers allowed)
/// or anywhere back to the clause start (`X ... cooperate`), skipping actors that follow a
/// preposition, since those are not the verb's subject.
struct PatternMatcher {
    /// How far (in tokens) a `X ...` subject may stand before its cue.
    static let leadingWindow = 10
    /// Modifiers allowed between a slot and the word next to it ("the resource-rich Central Asia").
    static let slotModifiers = 3

    struct Match {
        let pattern: RelationPattern
        var subject: SentenceActors.Group?
        var object: SentenceActors.Group?
        let anchor: Int
        var literals: [Int] = []
        /// Last token matched by the part after the anchor.
        var end: Int
        /// The leading slot's group, when the pattern has one.
        var leadingGroup: SentenceActors.Group?
        var leadingAcrossGap = false
        /// Set when the subject was taken from a coordinated verb phrase ("Russia does not
        /// recognize ..., and sells ..."): the "and" whose verb this is.
        var coordinationAnd: Int?
    }

    let sentence: SentenceActors

    func match(_ pattern: RelationPattern, at anchor: Int) -> Match? {
        var seed = Match(pattern: pattern, anchor: anchor, literals: [anchor], end: anchor)
        if let leading = pattern.leading {
            guard let found = leadingGroup(for: leading, anchor: anchor, isPair: !pattern.hasObject) else { return nil }
            seed.leadingGroup = found.group
            seed.leadingAcrossGap = leading.acrossGap
            seed.coordinationAnd = found.coordinationAnd
            switch leading.role {
            case .subject: seed.subject = found.group
            case .object: seed.object = found.group
            }
        }
        return matchRest(pattern.elements, 1, anchor + 1, seed)
    }

    // MARK: After the anchor

    private func matchRest(_ elements: [PatternElement], _ index: Int, _ position: Int, _ state: Match) -> Match? {
        guard index < elements.count else { return state }
        switch elements[index] {
        case .word(let matcher, let optional):
            var positions = [position]
            if index > 0, case .slot = elements[index - 1] {
                // A word after a slot may follow a couple of modifiers ("Russia’s foreign trade").
                var p = position
                while positions.count <= 2, p < sentence.count, sentence.isModifier(p) {
                    p += 1
                    positions.append(p)
                }
            }
            for p in positions where p < sentence.count && matcher.matches(sentence.folded[p]) {
                var next = state
                next.literals.append(p)
                next.end = p
                if let result = matchRest(elements, index + 1, p + 1, next) { return result }
            }
            return optional ? matchRest(elements, index + 1, position, state) : nil
        case .gap(let width):
            var p = position
            for skipped in 0...width {
                if skipped > 0 {
                    guard p < sentence.count, !sentence.isBoundary(p) else { return nil }
                    p += 1
                }
                if let result = matchRest(elements, index + 1, p, state) { return result }
            }
            return nil
        case .slot(let role):
            for group in groupsRightwards(from: position) {
                var next = state
                switch role {
                case .subject: next.subject = group
                case .object: next.object = group
                }
                next.end = group.last
                if let result = matchRest(elements, index + 1, group.last + 1, next) { return result }
            }
            return nil
        }
    }

    /// The groups a slot can take starting at `position`, after at most three modifiers.
    private func groupsRightwards(from position: Int) -> [SentenceActors.Group] {
        var p = position
        var skipped = 0
        while p < sentence.count, sentence.unitAt[p] == nil, !sentence.isPronoun(p) {
            if sentence.isFreePunctuation(p) {
                p += 1
                continue
            }
            guard sentence.isModifier(p), skipped < Self.slotModifiers else { return [] }
            skipped += 1
            p += 1
        }
        guard p < sentence.count else { return [] }
        if let unit = sentence.unitAt[p] {
            guard sentence.units[unit].first == p else { return [] }
            return sentence.groupsStarting(at: unit).compactMap(resolvingRelationalNoun)
        }
        return sentence.resolvePronoun(at: p).map { [$0] } ?? []
    }

    /// "China’s opponents in these disputes - India and Vietnam": a relational noun after the
    /// actors means the slot is the apposition, not the possessor; without one, no match.
    private func resolvingRelationalNoun(_ group: SentenceActors.Group) -> SentenceActors.Group? {
        var p = group.last + 1
        if p < sentence.count, sentence.isModifier(p), !RelationGrammar.relationalNouns.contains(sentence.folded[p]) {
            p += 1
        }
        guard p < sentence.count, RelationGrammar.relationalNouns.contains(sentence.folded[p]) else { return group }
        var q = p + 1
        while q < min(sentence.count, p + 9) {
            let word = sentence.folded[q]
            if RelationGrammar.appositionMarkers.contains(word) || word == "such" {
                var r = q + 1
                if word == "such", r < sentence.count, sentence.folded[r] == "as" { r += 1 }
                if r < sentence.count, RelationGrammar.determiners.contains(sentence.folded[r]) { r += 1 }
                if r < sentence.count, let unit = sentence.unitAt[r], sentence.units[unit].first == r,
                    var apposition = sentence.groupsStarting(at: unit).first
                {
                    apposition.viaApposition = true
                    return apposition
                }
            }
            if sentence.isBoundary(q) { return nil }
            q += 1
        }
        return nil
    }

    // MARK: Before the anchor

    private func leadingGroup(for slot: LeadingSlot, anchor: Int, isPair: Bool)
        -> (group: SentenceActors.Group, coordinationAnd: Int?)?
    {
        slot.acrossGap
            ? leadingAcrossGap(anchor: anchor, isPair: isPair, allowCoordination: slot.role == .subject)
            : leadingAdjacent(anchor: anchor, isPair: isPair).map { ($0, nil) }
    }

    /// `X cooperation`: the actors right before the anchor, modifiers allowed ("China’s strategic
    /// security cooperation", "Sino–Russian emerging technology cooperation").
    private func leadingAdjacent(anchor: Int, isPair: Bool) -> SentenceActors.Group? {
        var p = anchor - 1
        var skipped = 0
        while p >= 0, sentence.unitAt[p] == nil, !sentence.isPronoun(p) {
            if sentence.isFreePunctuation(p) {
                p -= 1
                continue
            }
            guard sentence.isModifier(p), skipped < Self.slotModifiers else { return nil }
            skipped += 1
            p -= 1
        }
        guard p >= 0 else { return nil }
        if let unit = sentence.unitAt[p] {
            return isPair ? sentence.groupContaining(unit) : sentence.groupEnding(at: unit)
        }
        return sentence.resolvePronoun(at: p)
    }

    /// `X ... cooperate`: the nearest actors to the left in the same clause that are not the object
    /// of a preposition.
    private func leadingAcrossGap(anchor: Int, isPair: Bool, allowCoordination: Bool)
        -> (group: SentenceActors.Group, coordinationAnd: Int?)?
    {
        var p = anchor - 1
        let limit = max(0, anchor - Self.leadingWindow)
        while p >= limit {
            if let unit = sentence.unitAt[p] {
                let group = isPair ? sentence.groupContaining(unit) : sentence.groupEnding(at: unit)
                // "intensification of China’s cooperation": a possessor is the noun's subject even
                // after a preposition.
                if !isPair && !endsWithPossessive(group) && followsPreposition(group.first) {
                    p = group.first - 1
                    continue
                }
                return (group, nil)
            }
            if sentence.isPronoun(p) {
                if !isPair && followsPreposition(p) {
                    p -= 1
                    continue
                }
                return sentence.resolvePronoun(at: p).map { ($0, nil) }
            }
            if sentence.isBoundary(p) { return nil }
            if allowCoordination && !isPair && sentence.folded[p] == "and" {
                // "Russia does not recognize ..., and sells ...": the verb shares the clause's subject.
                return clauseSubject(before: p).map { ($0, p) }
            }
            p -= 1
        }
        return nil
    }

    /// The actors opening the clause that contains `index`, if the clause starts with them.
    private func clauseSubject(before index: Int) -> SentenceActors.Group? {
        var start = index - 1
        let reach = max(-1, index - RelationGrammar.clauseReach)
        while start > reach, !sentence.isBoundary(start) { start -= 1 }
        var p = start + 1
        while p < index, sentence.unitAt[p] == nil, RelationGrammar.clauseOpeners.contains(sentence.folded[p]) {
            p += 1
        }
        guard p < index, let unit = sentence.unitAt[p] else { return nil }
        return sentence.groupsStarting(at: unit).first
    }

    private func endsWithPossessive(_ group: SentenceActors.Group) -> Bool {
        sentence.tokens[group.last].kind == .possessive
    }

    private func followsPreposition(_ first: Int) -> Bool {
        var q = first - 1
        while q >= 0, RelationGrammar.determiners.contains(sentence.folded[q]) || sentence.isFreePunctuation(q) { q -= 1 }
        return q >= 0 && RelationGrammar.prepositions.contains(sentence.folded[q])
    }
}
