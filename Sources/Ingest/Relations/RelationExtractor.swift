import Domain

/// Finds actor-to-actor relations (PLOVER-style) in an analyzed document.
///
/// Each sentence is scanned once; at every token the lexicon hands back only the patterns anchored
/// on that word, so the work is O(tokens × patterns sharing an anchor). At one anchor the most
/// specific pattern wins ("sells weapons to" over "sells ... to"), and one relation per
/// subject, predicate and object is kept per sentence, with the strongest context.
///
/// ```swift
/// let extractor = RelationExtractor(lexicon: lexicon)
/// for relation in extractor.relations(in: document, speakers: [4: ("Russia", true)]) {
///     print(relation.subject, relation.predicate, relation.object, relation.context)
/// }
/// ```
public struct RelationExtractor: Sendable {
    public let lexicon: RelationLexicon
    /// Actors that may be a relation's region ("competes with China in Central Asia"). Nil lets
    /// any actor after "in" be the region; the pipeline passes the actors of kind `region`.
    public let regions: Set<String>?

    public init(lexicon: RelationLexicon, regions: Set<String>? = nil) {
        self.lexicon = lexicon
        self.regions = regions
    }

    /// The relations of every sentence of `document`.
    ///
    /// - Parameters:
    ///   - document: the segmented, actor-tagged source.
    ///   - speakers: sentence index -> the reported speaker the claims stage found for it; such
    ///     sentences give context `reported` (unless negated, hypothetical or future) and a speaker.
    public func relations(
        in document: AnalyzedText,
        speakers: [Int: (name: String, isActor: Bool)] = [:]
    ) -> [ExtractedRelation] {
        var mentionsBySentence: [Int: [ActorMention]] = [:]
        for mention in document.mentions { mentionsBySentence[mention.sentenceIndex, default: []].append(mention) }
        var result: [ExtractedRelation] = []
        // The region named last, for "in the region" further on: (region, sentence index).
        var recentRegion: (name: String, sentence: Int)?
        for index in document.sentences.indices where index < document.tokens.count {
            guard let mentions = mentionsBySentence[index], !mentions.isEmpty else { continue }
            let sentence = SentenceActors(tokens: document.tokens[index], mentions: mentions)
            let paragraph = document.sentences[index].paragraphIndex
            let kind = document.paragraphs.indices.contains(paragraph) ? document.paragraphs[paragraph].kind : .body
            let antecedent = recentRegion.flatMap { index - $0.sentence <= Self.regionAnaphoraReach ? $0.name : nil }
            result += relations(
                in: sentence, index: index, text: document.text, speaker: speakers[index],
                isHeading: kind == .title || kind == .heading, recentRegion: antecedent)
            if let last = mentions.last(where: { regions?.contains($0.actor) ?? false }) {
                recentRegion = (last.actor, index)
            }
        }
        return result
    }

    /// "in the region" refers to a region named at most this many sentences before.
    static let regionAnaphoraReach = 6

    /// Words that refer back to a region named before: "in the region", "in this area".
    static let regionAnaphora = WordLists.builtIn.set(.regionAnaphora)

    private func relations(
        in sentence: SentenceActors, index: Int, text: ScalarText,
        speaker: (name: String, isActor: Bool)?, isHeading: Bool,
        recentRegion: String?
    ) -> [ExtractedRelation] {
        let matcher = PatternMatcher(sentence: sentence)
        var found: [ExtractedRelation] = []
        // A cue word is never part of an actor's name ("United" in "United States").
        for anchor in 0..<sentence.count where sentence.tokens[anchor].kind == .word && sentence.unitAt[anchor] == nil {
            let candidates = lexicon.candidates(anchoredAt: sentence.tokens[anchor])
            guard !candidates.isEmpty else { continue }
            var matches = candidates.compactMap { matcher.match(lexicon.patterns[$0], at: anchor) }
            // The most specific pattern at an anchor wins; a pattern naming an object beats one that
            // pairs up coordinated actors.
            if let best = matches.map(\.pattern.specificity).max() { matches.removeAll { $0.pattern.specificity < best } }
            if matches.contains(where: { $0.object != nil }) { matches.removeAll { $0.object == nil } }
            // An actor right before the cue beats one found further back.
            if matches.contains(where: { $0.leadingGroup != nil && !$0.leadingAcrossGap }) {
                matches.removeAll { $0.leadingAcrossGap }
            }
            for match in matches {
                found += emit(
                    match, sentence: sentence, index: index, text: text, speaker: speaker, isHeading: isHeading,
                    recentRegion: recentRegion)
            }
        }
        return Self.deduplicated(found)
    }

    private func emit(
        _ match: PatternMatcher.Match, sentence: SentenceActors, index: Int, text: ScalarText,
        speaker: (name: String, isActor: Bool)?, isHeading: Bool, recentRegion: String?
    ) -> [ExtractedRelation] {
        guard let subject = match.subject else { return [] }
        var pairs: [(String, String)] = []
        if let object = match.object {
            for s in subject.actors {
                for o in object.actors where s != o {
                    pairs.append((s, o))
                    if match.pattern.isSymmetric { pairs.append((o, s)) }
                }
            }
        } else {
            for (i, a) in subject.actors.enumerated() {
                for b in subject.actors[(i + 1)...] where a != b { pairs += [(a, b), (b, a)] }
            }
        }
        guard !pairs.isEmpty, let firstCue = match.literals.min(), let lastCue = match.literals.max() else { return [] }

        var context = RelationContext.of(match, in: sentence, isReported: speaker != nil)
        // A title or heading that names a relation as a noun names a topic ("Military alliance
        // between Russia and China: prospects"), it does not assert it.
        if isHeading && match.pattern.form == .noun && context.rank < RelationContext.hypothetical.rank {
            context = .hypothetical
        }
        let cueSpan = TextSpan(start: sentence.tokens[firstCue].span.start, end: sentence.tokens[lastCue].span.end)
        let cue = text[cueSpan]
        let confidence = Self.confidence(match, subject: subject)
        let involved = Set(pairs.flatMap { [$0.0, $0.1] })
        let region = region(after: match, sentence: sentence, excluding: involved, recentRegion: recentRegion)

        return pairs.map { pair in
            ExtractedRelation(
                sentenceIndex: index, subject: pair.0, object: pair.1, predicate: match.pattern.predicate,
                quadClass: match.pattern.quadClass, context: context, region: region,
                speaker: speaker?.name, speakerIsActor: speaker?.isActor ?? false, cue: cue, cueSpan: cueSpan,
                confidence: confidence)
        }
    }

    /// Lower for readings that needed a guess: a distant subject, a pronoun, a shared subject.
    private static func confidence(_ match: PatternMatcher.Match, subject: SentenceActors.Group) -> Double {
        var value = 0.8
        if match.leadingAcrossGap { value -= 0.1 }
        if subject.viaPronoun || match.object?.viaPronoun == true { value -= 0.15 }
        if match.coordinationAnd != nil { value -= 0.1 }
        if match.object?.viaApposition == true { value -= 0.05 }
        return min(0.95, max(0.3, value))
    }

    /// "in Central Asia" after the relation's object (or its last word): the region; "in the
    /// region" refers back to `recentRegion`, the region named shortly before.
    private func region(
        after match: PatternMatcher.Match, sentence: SentenceActors, excluding: Set<String>,
        recentRegion: String?
    ) -> String? {
        var start = match.end + 1
        if let object = match.object, object.last > match.anchor { start = object.last + 1 }
        var p = start
        while p < min(sentence.count, start + 10), !sentence.isBoundary(p) {
            if ["in", "within", "across", "throughout"].contains(sentence.folded[p]) {
                var q = p + 1
                var skipped = 0
                while q < sentence.count, sentence.unitAt[q] == nil, skipped < 4,
                    sentence.isModifier(q) || sentence.isFreePunctuation(q)
                {
                    // Only "in the region" / "in this area" refers back; "the northern polar region" names another.
                    if q == p + 2, ["the", "this", "that"].contains(sentence.folded[p + 1]),
                        Self.regionAnaphora.contains(sentence.folded[q]), let recentRegion, !excluding.contains(recentRegion)
                    {
                        return recentRegion
                    }
                    q += 1
                    skipped += 1
                }
                if q < sentence.count, let unit = sentence.unitAt[q] {
                    let actor = sentence.units[unit].actor
                    if !excluding.contains(actor), regions?.contains(actor) ?? true { return actor }
                }
            }
            p += 1
        }
        return nil
    }

    /// One relation per subject, predicate and object in a sentence: the strongest context, then
    /// the highest confidence, then the first found.
    private static func deduplicated(_ relations: [ExtractedRelation]) -> [ExtractedRelation] {
        var kept: [ExtractedRelation] = []
        var position: [String: Int] = [:]
        for relation in relations {
            let key = "\(relation.subject)\u{1}\(relation.predicate)\u{1}\(relation.object)"
            guard let existing = position[key] else {
                position[key] = kept.count
                kept.append(relation)
                continue
            }
            let old = kept[existing]
            let oldRank = old.context.rank
            let newRank = relation.context.rank
            if newRank > oldRank || (newRank == oldRank && relation.confidence > old.confidence) {
                kept[existing] = relation
            }
        }
        return kept
    }
}
