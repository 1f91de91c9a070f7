import Foundation
import Stemming
import Store

/// Applies a change of propositions (one added, changed or removed) to the sources already in the
/// database, without reading their files: the sources that can speak of a changed proposition (a
/// sentence with one of its terms, or a claim on it) have their claims, verdicts and argument
/// links extracted again from the stored text (`StoredAnalysis`), and every source stays current
/// with the new lexicons, so the next ingest is as incremental as before.
///
/// ```swift
/// let update = PropositionUpdate(db: db, before: oldLexicons, after: newLexicons, annotations: curated)
/// let summary = try update.apply(changed: ["ua-joins-nato"])
/// ```
/// Everything happens in one transaction: a failure leaves the database as it was.
public struct PropositionUpdate {
    let db: Database
    let before: Lexicons
    let after: Lexicons
    let annotations: Annotations

    public init(db: Database, before: Lexicons, after: Lexicons, annotations: Annotations = Annotations()) {
        self.db = db
        self.before = before
        self.after = after
        self.annotations = annotations
    }

    /// What an update did.
    public struct Summary: Sendable, Equatable {
        /// Sources whose claims were extracted again.
        public var rewritten = 0
        /// Sources now current with the new lexicons (rewritten or unaffected).
        public var current = 0
        /// Verdicts on the changed propositions afterwards.
        public var verdicts = 0
        /// Curation rows that matched nothing.
        public var curationWarnings: [String] = []
    }

    /// Applies the change of the propositions `changed` (ids).
    /// - Throws: `DatabaseError`; nothing is changed then.
    public func apply(changed: [String]) throws -> Summary {
        try db.prepareSchema()
        var summary = Summary()
        try db.inTransaction {
            let oldHash = before.hash
            let candidates = try sourcesSpeakingOf(changed)
            _ = try LexiconSync(db: db).sync(after)
            // A proposition no longer in force goes, with its verdicts (claims keep their rows).
            let ids = Set(after.claims.propositions.map(\.id))
            for row in try db.rows("SELECT id FROM propositions") {
                if let id = row.string("id"), !ids.contains(id) { try db.execute("DELETE FROM propositions WHERE id = ?", [id]) }
            }
            let actorIDs = try Self.actorIDs(db)
            let writer = try SourceWriter(db: db, actorIDs: actorIDs)
            let processor = DocumentProcessor(lexicons: after)
            for sourceID in candidates {
                // Only a source current with the old lexicons: a stale one is extracted whole on the next ingest.
                guard try db.scalar("SELECT lexicon_hash FROM sources WHERE id = ?", [sourceID])?.string == oldHash,
                    let stored = try StoredAnalysis.load(db, sourceID: sourceID)
                else { continue }
                let stages = processor.claimStages(stored.analyzed)
                try writer.rewriteClaims(
                    sourceID: sourceID, sentenceIDs: stored.sentenceIDs, claims: stages.claims,
                    verdicts: stages.verdicts, links: stages.links, lexiconHash: after.hash)
                summary.rewritten += 1
            }
            try db.execute("UPDATE sources SET lexicon_hash = ? WHERE lexicon_hash = ?", [after.hash, oldHash])
            summary.current = try db.scalar("SELECT count(*) FROM sources WHERE lexicon_hash = ?", [after.hash])?.int ?? 0
            try CorpusLinker(db: db).relink()
            summary.curationWarnings = try CurationApplier(db: db).apply(annotations)
            for id in changed {
                summary.verdicts += try db.scalar("SELECT count(*) FROM verdicts WHERE proposition_id = ?", [id])?.int ?? 0
            }
        }
        return summary
    }

    /// The sources that can speak of the propositions: a claim on one of them, or a sentence with a
    /// word that begins like one of their terms' first stems (FTS5 prefix queries; the stage itself
    /// then decides by word family).
    private func sourcesSpeakingOf(_ ids: [String]) throws -> [Int] {
        var sources = Set<Int>()
        for id in ids {
            for row in try db.rows("SELECT DISTINCT source_id FROM claims WHERE proposition_id = ?", [id]) {
                if let source = row.int("source_id") { sources.insert(source) }
            }
        }
        let entries = (before.claims.propositions + after.claims.propositions).filter { ids.contains($0.id) }
        var prefixes = Set<String>()
        for entry in entries {
            // A term's close derivations count ("invade" finds "invasion").
            for words in entry.terms.flatMap({ WordFamilyMatcher<Bool>.variants(of: $0, derivations: after.claims.derivations) })
            {
                // "the bomb": an article says nothing; its noun narrows the search.
                guard let first = words.first(where: { !["the", "a", "an"].contains($0) }) ?? words.first else { continue }
                let stem = SharedStemmer.english.stem(first).filter { $0.isLetter || $0.isNumber }
                if !stem.isEmpty { prefixes.insert(stem) }
            }
        }
        let query = try db.prepare(
            """
            SELECT DISTINCT st.source_id FROM sentences_fts JOIN sentences AS st ON st.id = sentences_fts.rowid
            WHERE sentences_fts MATCH ?
            """)
        for prefix in prefixes.sorted() {
            for row in try query.rows(["\"\(prefix)\" *"]) {
                if let source = row.int("source_id") { sources.insert(source) }
            }
        }
        return sources.sorted()
    }

    static func actorIDs(_ db: Database) throws -> [String: Int] {
        var ids: [String: Int] = [:]
        for row in try db.rows("SELECT id, name FROM actors") {
            if let name = row.string("name"), let id = row.int("id") { ids[name] = id }
        }
        return ids
    }
}
