import Domain
import Foundation
import Store

/// The one writer: stores processed documents, each replacing the rows of its earlier version.
///
/// Statements are prepared once per writer and reused for every row. The caller wraps documents in
/// a transaction (`IngestRunner` batches them). `write(_:isolated: true, ...)` adds a savepoint per
/// document, so one document that fails leaves the others of its batch intact; the runner writes a
/// batch without them first and falls back to them only when a document fails, because FTS5 flushes
/// its pending index to disk at every savepoint: with one per document, an ingest wrote every
/// page of the full-text index many times over (515,861 `pwrite` calls for 1,000 articles, 44,691
/// without).
final class SourceWriter {
    private let db: Database
    private let actorIDs: [String: Int]
    private let insertSource, deleteSource, insertLink, insertRemoved, insertParagraph, insertSentence,
        insertMention, insertActorSource, insertCandidate, insertClaim, insertVerdict, insertEvidence, insertRelation,
        insertArgumentLink, indexSentences: Statement
    /// The smallest id of a sentence stored since the last `indexNewSentences()`.
    private var firstUnindexedSentenceID: Int?

    /// - Parameter actorIDs: canonical actor name → `actors.id`, as synced for this run.
    init(db: Database, actorIDs: [String: Int]) throws {
        self.db = db
        self.actorIDs = actorIDs
        deleteSource = try db.prepare("DELETE FROM sources WHERE id = ?")
        insertSource = try db.prepare(
            """
            INSERT INTO sources (slug, path, title, author, publisher, published, url, text, char_count,
                                 content_hash, lexicon_hash, ingested_at, run_id, file_size, file_modified)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertLink = try db.prepare("INSERT INTO source_links (source_id, url, start, length) VALUES (?, ?, ?, ?)")
        insertRemoved = try db.prepare("INSERT INTO removed_lines (source_id, line_number, text, reason) VALUES (?, ?, ?, ?)")
        insertParagraph = try db.prepare(
            "INSERT INTO paragraphs (source_id, ordinal, kind, start, length, page) VALUES (?, ?, ?, ?, ?, ?)")
        insertSentence = try db.prepare(
            """
            INSERT INTO sentence_spans (source_id, paragraph_id, ordinal, start, length) VALUES (?, ?, ?, ?, ?)
            """)
        insertMention = try db.prepare(
            """
            INSERT OR IGNORE INTO mentions (source_id, sentence_id, actor_id, start, length, alias_kind_code)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertActorSource = try db.prepare(
            "INSERT INTO actor_sources (actor_id, source_id, mentions, first_sentence_id) VALUES (?, ?, ?, ?)")
        insertCandidate = try db.prepare(
            """
            INSERT INTO entity_candidates (source_id, sentence_id, name, kind_guess, kind_cue, start, length)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertClaim = try db.prepare(
            """
            INSERT INTO claims (source_id, sentence_id, start, length, claim_type_code, role_code, role_cue,
                                speaker_actor_id, speaker_name, outer_speaker_name, attribution_cue, proposition_id,
                                polarity_code, likelihood_term, p_low, p_high, cue, cue_start, cue_length,
                                context_code, confidence, factuality_code, commitment)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertVerdict = try db.prepare(
            """
            INSERT INTO verdicts (source_id, proposition_id, likelihood_term, p_low, p_high, polarity, method, note)
            VALUES (?, ?, ?, ?, ?, ?, 'rule', ?)
            """)
        insertEvidence = try db.prepare("INSERT INTO verdict_evidence (verdict_id, claim_id, weight) VALUES (?, ?, ?)")
        insertRelation = try db.prepare(
            """
            INSERT INTO relations (source_id, sentence_id, subject_actor_id, object_actor_id, predicate_code,
                                   quad_class_code, context_code, region_actor_id, speaker_actor_id, speaker_name,
                                   cue_start, cue_length, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertArgumentLink = try db.prepare(
            """
            INSERT OR IGNORE INTO argument_links (from_claim_id, to_claim_id, link_type_code, scope_code, cue)
            VALUES (?, ?, ?, \(LinkScope.withinSource.code), ?)
            """)
        // A new rowid is above every row present when it is made, so the sentences stored since
        // the first new one are exactly those with an id from it up.
        indexSentences = try db.prepare("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= ?")
    }

    /// Adds the sentences stored since the last call to the full-text index, in one statement.
    ///
    /// Call it once per batch, after its documents and inside its transaction (see schema.sql on
    /// `sentences_fts`: a row at a time, FTS5 writes a segment per sentence).
    func indexNewSentences() throws {
        guard let first = firstUnindexedSentenceID else { return }
        try indexSentences.run([first])
        firstUnindexedSentenceID = nil
    }

    /// Forgets the sentences stored since the last `indexNewSentences()` (their transaction was
    /// rolled back).
    func discardUnindexedSentences() {
        firstUnindexedSentenceID = nil
    }

    /// Stores one document under `slug`, replacing the source with id `replacing` if given.
    ///
    /// - Parameter isolated: inside a savepoint of its own, so a failure removes this document's
    ///   rows and nothing else; otherwise a failure leaves the transaction to be rolled back.
    /// - Returns: the new `sources.id`.
    /// - Throws: `DatabaseError`; when isolated, the savepoint is rolled back, so nothing of this
    ///   document remains.
    @discardableResult
    func write(
        _ document: ProcessedDocument, isolated: Bool, slug: String, path: String, lexiconHash: String,
        runID: Int, replacing oldID: Int?
    ) throws -> Int {
        guard isolated else {
            return try writeRows(document, slug: slug, path: path, lexiconHash: lexiconHash, runID: runID, replacing: oldID)
        }
        try db.execute("SAVEPOINT document")
        do {
            let id = try writeRows(document, slug: slug, path: path, lexiconHash: lexiconHash, runID: runID, replacing: oldID)
            try db.execute("RELEASE document")
            return id
        } catch {
            try? db.execute("ROLLBACK TO document")
            try? db.execute("RELEASE document")
            throw error
        }
    }

    private func writeRows(
        _ document: ProcessedDocument, slug: String, path: String, lexiconHash: String,
        runID: Int, replacing oldID: Int?
    ) throws -> Int {
        if let oldID { try deleteSource.execute(oldID) }
        let source = document.normalized
        let text = document.text
        try insertSource.execute(
            slug, path, source.title, source.author, source.publisher, source.published, source.url,
            source.text, text.count, document.file.contentHash, lexiconHash,
            clock.now(), runID, document.file.stamp?.size, document.file.stamp?.modified)
        let sourceID = db.lastInsertedRowID

        for link in source.links {
            try insertLink.execute(sourceID, link.url, link.span?.start, link.span?.length)
        }
        for line in source.removedLines {
            try insertRemoved.execute(sourceID, line.lineNumber, line.text, line.reason.rawValue)
        }
        var paragraphIDs: [Int] = []
        paragraphIDs.reserveCapacity(source.paragraphs.count)
        for (ordinal, paragraph) in source.paragraphs.enumerated() {
            try insertParagraph.execute(
                sourceID, ordinal, paragraph.kind.rawValue, paragraph.span.start, paragraph.span.length,
                paragraph.page)
            paragraphIDs.append(db.lastInsertedRowID)
        }
        var sentenceIDs: [Int] = []
        sentenceIDs.reserveCapacity(document.sentences.count)
        for (ordinal, sentence) in document.sentences.enumerated() {
            try insertSentence.execute(
                sourceID, paragraphIDs[sentence.paragraphIndex], ordinal, sentence.span.start,
                sentence.span.length)
            sentenceIDs.append(db.lastInsertedRowID)
        }
        if let first = sentenceIDs.first { firstUnindexedSentenceID = min(firstUnindexedSentenceID ?? first, first) }
        // Each actor's mentions in this source, and the first sentence naming it (actor_sources).
        var perActor: [Int: (mentions: Int, firstSentenceID: Int)] = [:]
        for mention in document.mentions {
            guard let actorID = actorIDs[mention.actor] else { continue }
            let sentenceID = sentenceIDs[mention.sentenceIndex]
            try insertMention.execute(
                sourceID, sentenceID, actorID, mention.span.start, mention.span.length, mention.aliasKind.code)
            // The same actor at the same place twice is one mention (the table's key).
            guard db.changes == 1 else { continue }
            let counted = perActor[actorID]
            perActor[actorID] = ((counted?.mentions ?? 0) + 1, min(counted?.firstSentenceID ?? sentenceID, sentenceID))
        }
        for (actorID, counted) in perActor {
            try insertActorSource.execute(actorID, sourceID, counted.mentions, counted.firstSentenceID)
        }
        for candidate in document.candidates {
            try insertCandidate.execute(
                sourceID, sentenceIDs[candidate.sentenceIndex], candidate.name, candidate.kindGuess,
                candidate.kindCue, candidate.span.start, candidate.span.length)
        }
        try writeClaims(
            sourceID: sourceID, sentenceIDs: sentenceIDs, claims: document.claims, verdicts: document.verdicts,
            links: document.links)
        for relation in document.relations {
            guard let subject = actorIDs[relation.subject], let object = actorIDs[relation.object], subject != object else {
                continue
            }
            try insertRelation.execute(
                sourceID, sentenceIDs[relation.sentenceIndex], subject, object, relation.predicate.code,
                relation.quadClass.code, relation.context.code, relation.region.flatMap { actorIDs[$0] },
                relation.speakerIsActor ? relation.speaker.flatMap { actorIDs[$0] } : nil, relation.speaker,
                relation.cueSpan.start, relation.cueSpan.length, relation.confidence)
        }
        return sourceID
    }

    /// Replaces a stored source's automatic claims, verdicts and argument links within it with new
    /// ones (`propositions add` and `remove`, which extract claims again from the stored text).
    /// Its other rows stay. The caller holds the transaction.
    func rewriteClaims(
        sourceID: Int, sentenceIDs: [Int], claims: [ExtractedClaim], verdicts: [ExtractedVerdict],
        links: [ExtractedLink], lexiconHash: String
    ) throws {
        try db.execute("DELETE FROM verdicts WHERE source_id = ? AND method = 'rule'", [sourceID])
        try db.execute("DELETE FROM claims WHERE source_id = ? AND method = 'rule'", [sourceID])
        try writeClaims(sourceID: sourceID, sentenceIDs: sentenceIDs, claims: claims, verdicts: verdicts, links: links)
        try db.execute("UPDATE sources SET lexicon_hash = ? WHERE id = ?", [lexiconHash, sourceID])
    }

    private func writeClaims(
        sourceID: Int, sentenceIDs: [Int], claims: [ExtractedClaim], verdicts: [ExtractedVerdict],
        links: [ExtractedLink]
    ) throws {
        var claimIDs: [Int] = []
        claimIDs.reserveCapacity(claims.count)
        for claim in claims {
            let likelihood = claim.likelihood
            try insertClaim.execute(
                sourceID, sentenceIDs[claim.sentenceIndex], claim.span.start, claim.span.length, claim.type.code,
                claim.role.code, claim.roleCue, claim.speakerIsActor ? claim.speaker.flatMap { actorIDs[$0] } : nil,
                claim.speaker, claim.outerSpeaker, claim.attributionCue, claim.proposition, claim.polarity?.code,
                likelihood?.term, likelihood?.pLow, likelihood?.pHigh, likelihood?.cue, likelihood?.cueSpan.start,
                likelihood?.cueSpan.length, claim.context.code, claim.confidence, claim.factuality?.code,
                claim.commitment)
            claimIDs.append(db.lastInsertedRowID)
        }
        for verdict in verdicts {
            let likelihood = verdict.likelihood
            try insertVerdict.execute(
                sourceID, verdict.proposition, likelihood?.term, likelihood?.pLow, likelihood?.pHigh,
                verdict.polarity.rawValue, verdict.note)
            let verdictID = db.lastInsertedRowID
            for evidence in verdict.evidence {
                try insertEvidence.execute(verdictID, claimIDs[evidence.claimIndex], evidence.weight)
            }
        }
        for link in links where link.fromClaim != link.toClaim {
            try insertArgumentLink.execute(claimIDs[link.fromClaim], claimIDs[link.toClaim], link.type.code, link.cue)
        }
    }

    /// Now, as ISO 8601 UTC to the second, formatted once a second: creating a formatter for
    /// each source was 2% of an ingest.
    private final class Clock {
        private let formatter: ISO8601DateFormatter = {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter
        }()
        private var second = Int.min
        private var text = ""

        func now() -> String {
            let date = Date()
            let current = Int(date.timeIntervalSince1970.rounded(.down))
            if current != second {
                second = current
                text = formatter.string(from: date)
            }
            return text
        }
    }
    private let clock = Clock()

    /// Now, as ISO 8601 UTC to the second.
    static func timestamp(_ date: Date = Date()) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
