import Dispatch
import Foundation
import Store

/// What an ingest run did.
public struct IngestSummary: Sendable, Equatable {
    public var runID = 0
    public var filesSeen = 0
    public var stored = 0
    public var unchanged = 0
    public var sentences = 0
    public var refusals: [IngestRefusal] = []
    /// Files not stored, by choice, with the reason: links out of the folders given (without
    /// `followLinks`), and files whose text is already stored under another name.
    public var skipped: [SkippedFile] = []
    /// Curation rows that matched nothing (an unknown source slug or quote), as messages.
    public var curationWarnings: [String] = []
    /// Where the time went.
    public var timings = IngestTimings()
}

/// Progress of a run, reported after each batch.
public struct IngestProgress: Sendable {
    public let filesDone: Int
    public let filesTotal: Int
    public let sentences: Int
    public let elapsedSeconds: Double
}

/// Runs an ingest: finds files, reads and refuses, skips unchanged ones, processes the rest in
/// parallel, and stores them with one writer in batched transactions; then links claims across
/// sources, labels acceptability, and applies curated annotations.
///
/// Crash safety: each batch is one transaction, and a source is written whole inside it, so a run
/// killed at any point leaves every source complete or absent; the next run redoes what is missing.
public final class IngestRunner {
    private let db: Database
    private let lexicons: Lexicons
    private let annotations: Annotations
    private let processor: DocumentProcessor
    /// Documents per write transaction (and per parallel extraction round).
    public var batchSize = 64
    /// Extraction threads; the writer is always one.
    public var workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Follow links met in folders wherever they lead (`ingest --follow-links`).
    public var followLinks = false
    /// A run into an empty database with at least this many files loads in bulk (`BulkLoad`).
    public var bulkLoadMinimum = BulkLoad.defaultMinimum
    /// Batches being extracted while the writer stores one (at least 1).
    public var lookahead = 2 {
        didSet { lookahead = max(1, lookahead) }
    }

    public init(db: Database, lexicons: Lexicons, annotations: Annotations = Annotations()) {
        self.db = db
        self.lexicons = lexicons
        self.annotations = annotations
        self.processor = DocumentProcessor(lexicons: lexicons)
    }

    /// Ingests the files under `paths`.
    /// - Parameter progress: called after each batch (on the calling thread).
    /// - Throws: `DatabaseError` when the database itself fails (a refused file is not an error:
    ///   it is in the summary and in `ingest_errors`).
    public func run(paths: [String], progress: ((IngestProgress) -> Void)? = nil) throws -> IngestSummary {
        let started = Date()
        try db.prepareSchema()
        // A larger page cache and fewer checkpoints: at 10k articles, 36 s → 21 s wall (make bench).
        try db.tuneForBulkWrites()
        let actorIDs = try LexiconSync(db: db).sync(lexicons)
        var summary = IngestSummary()
        summary.runID = try startRun(paths: paths)
        do {
            try run(paths: paths, summary: &summary, actorIDs: actorIDs, started: started, progress: progress)
            return summary
        } catch {
            // A database failure (a full disk, a damaged file) ends the run: say so in ingest_runs when
            // the database still takes a write, with what the committed batches stored (they stay, complete).
            try? db.execute(
                """
                UPDATE ingest_runs SET status = 'failed', finished_at = ?, files_seen = ?, files_stored = ?,
                       files_unchanged = ?, files_refused = ?, sentences_stored = ? WHERE id = ?
                """,
                [
                    SourceWriter.timestamp(), summary.filesSeen, summary.stored, summary.unchanged,
                    summary.refusals.count, summary.sentences, summary.runID,
                ])
            throw error
        }
    }

    /// The run itself; `summary` holds what is committed so far, also when it throws.
    private func run(
        paths: [String], summary: inout IngestSummary, actorIDs: [String: Int], started: Date,
        progress: ((IngestProgress) -> Void)?
    ) throws {
        let found = SourceFileFinder(followLinks: followLinks).find(paths)
        let files = found.files
        summary.filesSeen = files.count
        summary.refusals = found.refusals
        summary.skipped = found.skipped
        let writer = try SourceWriter(db: db, actorIDs: actorIDs)
        let sources = try StoredSources(db: db)
        let reader = SourceFileReader()

        // Extraction runs up to `lookahead` batches ahead of the writer, on threads of lower
        // priority, so the writer (the critical path) has a core to itself and rarely waits. At most
        // `lookahead + 1` batches are in memory, and what is stored is looked up per batch, not
        // loaded whole, so memory does not grow with the number of files.
        let pool = try ExtractionPool(threads: workers)
        defer { pool.close() }
        let batches = stride(from: 0, to: files.count, by: batchSize).map { $0..<min($0 + batchSize, files.count) }
        func start(_ number: Int) throws -> PendingBatch? {
            guard number < batches.count else { return nil }
            let batch = Array(files[batches[number]])
            return startProcessing(batch, pool: pool, reader: reader, existing: try sources.lookUp(batch))
        }
        var pending = try (0..<lookahead).compactMap(start)
        var done = 0
        // A first load into an empty database is one transaction: rows first, then indexes (see
        // Database+BulkLoad). Any other run writes a transaction a batch.
        let bulk = try BulkLoad.begin(db: db, files: files.count, minimum: bulkLoadMinimum)
        defer { bulk?.abandon() }
        let unit: (() throws -> IngestSummary) throws -> IngestSummary = { body in
            if bulk != nil { return try self.db.inSavepoint("batch", body) }
            return try self.db.inTransaction(body)
        }
        for (number, range) in batches.enumerated() {
            let batch = Array(files[range])
            let waitStarted = DispatchTime.now().uptimeNanoseconds
            let outcomes = pending.isEmpty ? [] : pending.removeFirst().wait()
            summary.timings.waiting += secondsSince(waitStarted)
            let writeStarted = threadCPUSeconds()
            if let started = try start(number + lookahead) { pending.append(started) }
            for case .processed(let document) in outcomes { summary.timings.add(document.times) }
            // A batch is written without a savepoint per document (see SourceWriter); only when a
            // document fails is it rolled back and written again with one savepoint per document.
            do {
                summary = try unit {
                    try store(batch, outcomes, writer: writer, sources: sources, isolated: false, summary: summary)
                }
            } catch is DocumentFailure {
                writer.discardUnindexedSentences()
                summary = try unit {
                    try store(batch, outcomes, writer: writer, sources: sources, isolated: true, summary: summary)
                }
            }
            summary.timings.writing += threadCPUSeconds() - writeStarted
            done += batch.count
            progress?(
                IngestProgress(
                    filesDone: done, filesTotal: files.count, sentences: summary.sentences,
                    elapsedSeconds: Date().timeIntervalSince(started)))
        }

        if let bulk {
            let indexStarted = threadCPUSeconds()
            try bulk.commit()
            summary.timings.indexing = threadCPUSeconds() - indexStarted
        }
        try db.endBulkWrites()
        let linkStarted = threadCPUSeconds()
        try db.inTransaction {
            let stale = try acceptabilityIsStale()
            if summary.stored > 0 || stale {
                try CorpusLinker(db: db).relink()
                try CandidateActors(db: db).rebuild()
                try db.rebuildActorTotals()
            }
            summary.curationWarnings = try CurationApplier(db: db).apply(annotations)
        }
        summary.timings.linking = threadCPUSeconds() - linkStarted
        try finishRun(summary)
        // Leave the database file whole and the WAL empty (a reader that holds it makes this a no-op).
        _ = try? db.scalar("PRAGMA wal_checkpoint(TRUNCATE)")
        summary.timings.total = Date().timeIntervalSince(started)
    }

    // MARK: Writing

    /// A document that could not be stored in a batch written without savepoints.
    private struct DocumentFailure: Error {}

    /// Writes a batch's outcomes inside the caller's transaction; returns the summary with them.
    ///
    /// What is stored is looked up here, with the write lock held, so a run that committed since
    /// the batch was read is seen: two runs at once serialize instead of colliding on paths and
    /// slugs.
    /// - Parameter isolated: a savepoint per document, so a failing document becomes a refusal and
    ///   the others are stored; otherwise the first failure throws `DocumentFailure`.
    private func store(
        _ batch: [String], _ outcomes: [Outcome], writer: SourceWriter, sources: StoredSources,
        isolated: Bool, summary: IngestSummary
    ) throws -> IngestSummary {
        var summary = summary
        for (path, outcome) in zip(batch, outcomes) {
            switch outcome {
            case .refused(let refusal):
                summary.refusals.append(refusal)
            case .unchanged(let restamp):
                summary.unchanged += 1
                // Same bytes, another time (touched, copied): store the new time, so the next run
                // skips the file without reading it.
                if let restamp { try sources.restamp(restamp.sourceID, restamp.stamp) }
            case .processed(let document):
                let old = try sources.lookUp(path)
                if let old, old.contentHash == document.file.contentHash, old.lexiconHash == lexicons.hash {
                    summary.unchanged += 1  // stored meanwhile by another run
                    continue
                }
                // The same text under another name would count twice in every answer: stored once.
                if let twin = try sources.otherPath(withContent: document.file.contentHash, than: path) {
                    summary.skipped.append(
                        SkippedFile(
                            path: path,
                            message: "the same text as \(twin), which is stored; not stored twice"))
                    continue
                }
                if !checkedIntegrity {
                    try checkIntegrity()
                    checkedIntegrity = true
                }
                let slug = try old?.slug ?? Self.uniqueSlug(for: URL(fileURLWithPath: path), isTaken: sources.slugIsTaken)
                do {
                    try writer.write(
                        document, isolated: isolated, slug: slug, path: path, lexiconHash: lexicons.hash,
                        runID: summary.runID, replacing: old?.id)
                    summary.stored += 1
                    summary.sentences += document.sentences.count
                } catch {
                    guard isolated else { throw DocumentFailure() }
                    summary.refusals.append(
                        IngestRefusal(
                            path: path, reason: .internal,
                            message: "could not be stored: \(error)"))
                }
            }
        }
        try writer.indexNewSentences()
        return summary
    }

    /// True once this run has checked the database before its first write.
    private var checkedIntegrity = false

    /// `PRAGMA quick_check` before the first source is written: a damaged database gets nothing
    /// more. Only a run that writes pays for it, in proportion to what is stored (0.7 s for 10k
    /// articles; nothing for a new database, nothing for a run that finds every file unchanged).
    /// - Throws: `DamagedDatabase` with SQLite's first complaint.
    private func checkIntegrity() throws {
        let report = try db.rows("PRAGMA quick_check(5)").compactMap { $0[0].string }
        guard report != ["ok"] else { return }
        throw DamagedDatabase(path: db.path, problems: report)
    }

    // MARK: Processing

    private enum Outcome: Sendable {
        case refused(IngestRefusal)
        /// Stored as it is; `restamp` when its bytes were read and are the same but its size and
        /// time are not those stored.
        case unchanged(restamp: (sourceID: Int, stamp: FileStamp)?)
        case processed(ProcessedDocument)
    }

    /// A batch being processed in the background: its outcomes, in the batch's order, once every
    /// document is done.
    private final class PendingBatch: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var slots: [Outcome?]
        private var remaining: Int

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
            remaining = count
            if count == 0 { done.signal() }
        }

        /// Stores one document's outcome (from any thread).
        func set(_ index: Int, _ outcome: Outcome) {
            lock.lock()
            slots[index] = outcome
            remaining -= 1
            let finished = remaining == 0
            lock.unlock()
            if finished { done.signal() }
        }

        func wait() -> [Outcome] {
            done.wait()
            lock.lock(); defer { lock.unlock() }
            return slots.map { $0 ?? .refused(IngestRefusal(path: "?", reason: .internal, message: "not processed")) }
        }
    }

    /// Queues a batch's documents on the extraction threads.
    private func startProcessing(
        _ batch: [String], pool: ExtractionPool, reader: SourceFileReader,
        existing: [String: StoredSource]
    ) -> PendingBatch {
        let pending = PendingBatch(count: batch.count)
        let processor = self.processor
        let lexiconHash = lexicons.hash
        pool.submit(
            batch.indices.map { index in
                {
                    pending.set(
                        index,
                        Self.process(
                            batch[index], reader: reader, old: existing[batch[index]],
                            processor: processor, lexiconHash: lexiconHash))
                }
            })
        return pending
    }

    /// Reads and processes one file, unless its stored copy is current.
    private static func process(
        _ path: String, reader: SourceFileReader, old: StoredSource?,
        processor: DocumentProcessor, lexiconHash: String
    ) -> Outcome {
        do {
            let readStarted = threadCPUSeconds()
            let old = old.flatMap { $0.lexiconHash == lexiconHash ? $0 : nil }
            if let old, let stamp = old.stamp, stamp == FileStamp.of(path) {
                return .unchanged(restamp: nil)  // not even read: its size and time are those stored
            }
            let (data, hash, stamp) = try reader.readBytes(URL(fileURLWithPath: path))
            if let old, old.contentHash == hash {
                return .unchanged(restamp: (old.id, stamp))  // not decoded: same bytes and lexicons
            }
            var file = try SourceDecoder(reader: reader).decode(data, path: path, hash: hash)
            file.stamp = stamp
            let readSeconds = threadCPUSeconds() - readStarted
            var document = processor.process(file)
            document.times.seconds[DocumentProcessor.Stage.read] = readSeconds
            return .processed(document)
        } catch let refusal as IngestRefusal {
            return .refused(refusal)
        } catch {
            return .refused(IngestRefusal(path: path, reason: .internal, message: "\(error)"))
        }
    }

    // MARK: Bookkeeping

    /// True when some claim has no acceptability label (e.g. a run killed before relinking).
    ///
    /// Compared by counts, which read the smallest index of each table: every label's claim exists
    /// (ON DELETE CASCADE), so equal counts mean every claim has its label. `NOT IN` read all the
    /// claims (seconds at 100k articles) on every run, unchanged ones included.
    private func acceptabilityIsStale() throws -> Bool {
        try db.scalar("SELECT (SELECT count(*) FROM claims) <> (SELECT count(*) FROM claim_acceptability)")?.int == 1
    }

    private func startRun(paths: [String]) throws -> Int {
        let pathsJSON = (try? JSONEncoder().encode(paths)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        try db.execute(
            "INSERT INTO ingest_runs (started_at, paths, lexicon_hash, argkb_version) VALUES (?, ?, ?, ?)",
            [SourceWriter.timestamp(), pathsJSON, lexicons.hash, Lexicons.extractionVersion])
        return db.lastInsertedRowID
    }

    private func finishRun(_ summary: IngestSummary) throws {
        try db.inTransaction {
            let insertError = try db.prepare("INSERT INTO ingest_errors (run_id, path, reason, message) VALUES (?, ?, ?, ?)")
            for refusal in summary.refusals {
                try insertError.run([summary.runID, refusal.path, refusal.reason.rawValue, refusal.message])
            }
            try db.execute(
                """
                UPDATE ingest_runs SET finished_at = ?, status = ?, files_seen = ?, files_stored = ?, files_unchanged = ?,
                       files_refused = ?, sentences_stored = ? WHERE id = ?
                """,
                [
                    SourceWriter.timestamp(), summary.refusals.isEmpty ? "completed" : "completed_with_errors",
                    summary.filesSeen, summary.stored, summary.unchanged, summary.refusals.count, summary.sentences,
                    summary.runID,
                ])
        }
    }

    /// A slug from the file name: lower case, runs of other characters as "-", unique in the database.
    static func uniqueSlug(for url: URL, isTaken: (String) throws -> Bool) rethrows -> String {
        let stem = url.deletingPathExtension().lastPathComponent.lowercased()
        var slug = String(
            stem.unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
        while slug.contains("--") { slug = slug.replacingOccurrences(of: "--", with: "-") }
        slug = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        if slug.isEmpty { slug = "source" }
        var candidate = slug
        var counter = 2
        while try isTaken(candidate) {
            candidate = "\(slug)-\(counter)"
            counter += 1
        }
        return candidate
    }
}
