import Domain
import Store

/// A stored source as the claim stage sees it, rebuilt from the database without its file: the
/// normalized text, paragraphs, sentences and mentions are stored with their offsets, and the
/// tokens are the tokenizer's on the stored text. `propositions add` extracts claims again from
/// this; it equals the `AnalyzedText` the ingest made (a test compares verdicts with a fresh ingest).
struct StoredAnalysis {
    let analyzed: AnalyzedText
    /// `sentences.id` of each sentence, in order.
    let sentenceIDs: [Int]

    /// Loads the source with id `sourceID`.
    /// - Throws: `DatabaseError`.
    static func load(_ db: Database, sourceID: Int) throws -> StoredAnalysis? {
        guard let source = try db.rows("SELECT text, title FROM sources WHERE id = ?", [sourceID]).first,
            let raw = source.string("text")
        else { return nil }
        let text = ScalarText(raw)
        var paragraphIndex: [Int: Int] = [:]
        var paragraphs: [Paragraph] = []
        for row in try db.rows("SELECT id, kind, start, length FROM paragraphs WHERE source_id = ? ORDER BY ordinal", [sourceID])
        {
            paragraphIndex[row.int("id") ?? 0] = paragraphs.count
            paragraphs.append(
                Paragraph(
                    span: TextSpan(start: row.int("start") ?? 0, length: row.int("length") ?? 0),
                    kind: Paragraph.Kind(rawValue: row.string("kind") ?? "body") ?? .body))
        }
        var sentenceIndex: [Int: Int] = [:]
        var sentenceIDs: [Int] = []
        var sentences: [Sentence] = []
        for row in try db.rows(
            "SELECT id, paragraph_id, start, length FROM sentences WHERE source_id = ? ORDER BY ordinal", [sourceID])
        {
            let id = row.int("id") ?? 0
            sentenceIndex[id] = sentences.count
            sentenceIDs.append(id)
            sentences.append(
                Sentence(
                    paragraphIndex: paragraphIndex[row.int("paragraph_id") ?? 0] ?? 0,
                    span: TextSpan(start: row.int("start") ?? 0, length: row.int("length") ?? 0)))
        }
        let tokens = sentences.map { Tokenizer.tokenize(text, in: $0.span) }
        let mentions = try db.rows(
            """
            SELECT m.sentence_id, a.name, m.start, m.length, m.alias_kind FROM mentions AS m
            JOIN actors AS a ON a.id = m.actor_id WHERE \(MentionSQL.ofSource("?1")) ORDER BY m.start, m.length
            """, [sourceID]
        ).compactMap { row -> ActorMention? in
            guard let index = sentenceIndex[row.int("sentence_id") ?? 0], let actor = row.string("name") else { return nil }
            return ActorMention(
                sentenceIndex: index, actor: actor, span: TextSpan(start: row.int("start") ?? 0, length: row.int("length") ?? 0),
                aliasKind: row.string("alias_kind").flatMap(AliasKind.init(rawValue:)) ?? .name)
        }
        let candidates = try db.rows(
            """
            SELECT sentence_id, name, kind_guess, kind_cue, start, length FROM entity_candidates
            WHERE source_id = ? ORDER BY start, length
            """, [sourceID]
        ).compactMap { row -> EntityCandidate? in
            guard let index = sentenceIndex[row.int("sentence_id") ?? 0] else { return nil }
            return EntityCandidate(
                sentenceIndex: index, name: row.string("name") ?? "",
                kindGuess: row.string("kind_guess").flatMap(CandidateKind.init(rawValue:)) ?? .other,
                kindCue: row.string("kind_cue"), span: TextSpan(start: row.int("start") ?? 0, length: row.int("length") ?? 0))
        }
        let analyzed = AnalyzedText(
            text: text, title: source.string("title"), paragraphs: paragraphs, sentences: sentences,
            tokens: tokens, mentions: mentions, candidates: candidates)
        return StoredAnalysis(analyzed: analyzed, sentenceIDs: sentenceIDs)
    }
}
