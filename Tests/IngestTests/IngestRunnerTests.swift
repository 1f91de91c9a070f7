import Foundation
import Store
import Testing

@testable import Ingest

/// A temporary folder with a database and a copy of the seed articles.
final class IngestWorkspace {
    let folder: URL
    let sources: URL
    let db: Database

    init(copySeeds: Bool = true) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("argkb-ingest-\(UUID().uuidString)")
        sources = folder.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        if copySeeds {
            for slug in SeedCorpus.slugs {
                try FileManager.default.copyItem(
                    at: SeedCorpus.sourcesFolder.appendingPathComponent(slug + ".txt"),
                    to: sources.appendingPathComponent(slug + ".txt"))
            }
        }
        db = try Database(path: folder.appendingPathComponent("test.db").path)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    func ingest(lexicons: Lexicons = PipelineFixture.lexicons, annotations: Annotations = Annotations()) throws -> IngestSummary {
        try IngestRunner(db: db, lexicons: lexicons, annotations: annotations).run(paths: [sources.path])
    }

    func count(_ table: String) throws -> Int { try db.scalar("SELECT count(*) FROM \(table)")?.int ?? -1 }

    /// Every row of the tables a source owns, as text, for comparing two states.
    func snapshot() throws -> [String] {
        var rows: [String] = []
        for (table, columns) in [
            ("sources", "slug, title, author, published, text, content_hash"),
            ("sentences", "source_id, ordinal, start, length, text"),
            ("mentions", "sentence_id, actor_id, start, length, alias_kind"),
            (
                "claims",
                "sentence_id, start, length, claim_type, role, speaker_name, proposition_id, polarity, likelihood_term, cue_start"
            ),
            ("verdicts", "source_id, proposition_id, likelihood_term, polarity, method"),
            ("removed_lines", "source_id, line_number, reason, text"),
        ] {
            for row in try db.rows("SELECT \(columns) FROM \(table) ORDER BY 1, 2, 3") {
                rows.append(table + ": " + row.values.map(\.description).joined(separator: " | "))
            }
        }
        return rows
    }
}

@Suite struct IngestRunnerTests {
    @Test func ingestingTwiceChangesNothing() throws {
        let workspace = try IngestWorkspace()
        let first = try workspace.ingest()
        #expect(first.stored == 5 && first.unchanged == 0 && first.refusals.isEmpty)
        let before = try workspace.snapshot()
        let second = try workspace.ingest()
        #expect(second.stored == 0 && second.unchanged == 5)
        #expect(try workspace.snapshot() == before)
        #expect(try workspace.count("ingest_runs") == 2)
        let runs = try workspace.db.rows("SELECT status, files_seen, files_stored, files_unchanged FROM ingest_runs ORDER BY id")
        #expect(runs.map { $0.values.map(\.description) } == [["completed", "5", "5", "0"], ["completed", "5", "0", "5"]])
        #expect(
            try workspace.db.scalar("SELECT json_extract(paths, '$[0]') FROM ingest_runs WHERE id = 1")
                == .text(workspace.sources.path))
    }

    /// Extraction running several batches ahead of the writer, on several threads, stores the same
    /// rows in the same order as one thread one batch ahead.
    @Test func extractionAheadOfTheWriterStoresTheSameRows() throws {
        func ingest(workers: Int, batchSize: Int, lookahead: Int) throws -> [String] {
            let workspace = try IngestWorkspace()
            let runner = IngestRunner(db: workspace.db, lexicons: PipelineFixture.lexicons)
            runner.workers = workers
            runner.batchSize = batchSize
            runner.lookahead = lookahead
            let summary = try runner.run(paths: [workspace.sources.path])
            #expect(summary.stored == 5 && summary.refusals.isEmpty)
            let slugs = try workspace.db.rows("SELECT slug FROM sources ORDER BY id").map { $0.values.map(\.description) }
            #expect(slugs == SeedCorpus.slugs.sorted().map { [$0] })
            return try workspace.snapshot()
        }
        let serial = try ingest(workers: 1, batchSize: 64, lookahead: 1)
        #expect(serial.count > 500)
        #expect(try ingest(workers: 3, batchSize: 1, lookahead: 4) == serial)
        #expect(try ingest(workers: 2, batchSize: 2, lookahead: 2) == serial)
    }

    /// A batch is written without a savepoint per document; when one document fails, the batch is
    /// written again with savepoints: the failing document is refused, the others of its batch are
    /// stored whole, and the full-text index matches the sentences.
    @Test func aDocumentThatCannotBeStoredIsRefusedAndTheRestOfItsBatchIsStored() throws {
        let workspace = try IngestWorkspace()
        try workspace.db.prepareSchema()
        let poisoned = "sino-russian-military-alliance"
        try workspace.db.execute(
            """
            CREATE TRIGGER poison BEFORE INSERT ON sentence_spans
            WHEN (SELECT slug FROM sources WHERE id = NEW.source_id) = '\(poisoned)'
            BEGIN SELECT RAISE(ABORT, 'poisoned for the test'); END
            """)
        let summary = try workspace.ingest()
        #expect(summary.stored == 4)
        #expect(summary.refusals.map(\.path) == [workspace.sources.appendingPathComponent(poisoned + ".txt").path])
        #expect(summary.refusals.first?.message.contains("poisoned for the test") == true)
        #expect(try workspace.db.scalar("SELECT count(*) FROM sources WHERE slug = ?", [poisoned]) == .integer(0))
        let slugs = try workspace.db.rows("SELECT slug FROM sources ORDER BY slug").map { $0.values[0].description }
        #expect(slugs == SeedCorpus.slugs.filter { $0 != poisoned }.sorted())
        // Every stored source has its sentences, and the FTS index holds exactly them.
        #expect(
            try workspace.db.scalar("SELECT count(*) FROM sources WHERE id NOT IN (SELECT source_id FROM sentences)")
                == .integer(0))
        try workspace.db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        #expect(
            try workspace.db.scalar("SELECT count(*) FROM sentences_fts") == workspace.db.scalar("SELECT count(*) FROM sentences")
        )
    }

    /// A file whose size and time are those stored is skipped unread; one touched but unchanged is
    /// read, found unchanged by its hash, and gets its new time; one changed is stored again.
    @Test func filesAreSkippedByTheirStampAndCheckedByTheirHash() throws {
        let workspace = try IngestWorkspace()
        #expect(try workspace.ingest().stored == 5)
        let slug = "sino-russian-military-alliance"
        let url = workspace.sources.appendingPathComponent(slug + ".txt")
        let stored = try workspace.db.rows("SELECT file_size, file_modified FROM sources WHERE slug = ?", [slug])
        let stamp = try #require(FileStamp.of(url.path))
        #expect(stored.first?.values == [.integer(Int64(stamp.size)), .integer(Int64(stamp.modified))])

        let later = Date(timeIntervalSince1970: 2_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: url.path)
        let touched = try workspace.ingest()
        #expect(touched.stored == 0 && touched.unchanged == 5)
        #expect(
            try workspace.db.scalar("SELECT file_modified FROM sources WHERE slug = ?", [slug])
                == .integer(2_000_000_000 * 1_000_000_000))

        try (try String(contentsOf: url, encoding: .utf8) + "\nOne more line.\n").write(
            to: url, atomically: true, encoding: .utf8)
        let changed = try workspace.ingest()
        #expect(changed.stored == 1 && changed.unchanged == 4)
    }

    @Test func aChangedFileReplacesItsRowsAndOnlyThose() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        let slug = "sino-russian-military-alliance"
        let otherSentences = try workspace.db.scalar(
            "SELECT count(*) FROM sentences JOIN sources ON sources.id = source_id WHERE slug <> ?", [slug])
        let url = workspace.sources.appendingPathComponent(slug + ".txt")
        try
            (try String(contentsOf: url, encoding: .utf8)
            .replacingOccurrences(of: "highly improbable", with: "almost certain")).write(
                to: url, atomically: true, encoding: .utf8)
        let summary = try workspace.ingest()
        #expect(summary.stored == 1 && summary.unchanged == 4)
        #expect(
            try workspace.db.scalar(
                "SELECT count(*) FROM sentences JOIN sources ON sources.id = source_id WHERE slug <> ?", [slug]) == otherSentences
        )
        #expect(try workspace.count("sources") == 5)
        // The old text is gone everywhere, the new one is in the sentences and the FTS index.
        #expect(try workspace.db.scalar("SELECT count(*) FROM sentences WHERE text LIKE '%highly improbable%'") == .integer(0))
        #expect(
            try workspace.db.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"highly improbable\"'")
                == .integer(0))
        #expect(
            try workspace.db.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"almost certain\"'")
                == .integer(1))
        let verdict = try workspace.db.rows("SELECT likelihood_term, polarity FROM source_verdicts WHERE slug = ?", [slug])
        #expect(verdict.first?.string("likelihood_term") == "almost certain")
        #expect(verdict.first?.string("polarity") == "for")
    }

    @Test func badFilesAreReportedAndTheRestIsStored() throws {
        let workspace = try IngestWorkspace()
        try Data().write(to: workspace.sources.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2]).write(to: workspace.sources.appendingPathComponent("picture.txt"))
        try Data(Array("Caf".utf8) + [0xE9] + Array(" in Moscow and Beijing.".utf8)).write(
            to: workspace.sources.appendingPathComponent("latin1.md"))
        let summary = try workspace.ingest()
        #expect(summary.stored == 5)
        let refused = Dictionary(
            uniqueKeysWithValues: summary.refusals.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) })
        #expect(refused == ["empty.txt": .empty, "picture.txt": .binary, "latin1.md": .invalidUTF8])
        let stored = try workspace.db.rows("SELECT path, reason FROM ingest_errors ORDER BY path")
        #expect(
            stored.map { URL(fileURLWithPath: $0.string("path") ?? "").lastPathComponent } == [
                "empty.txt", "latin1.md", "picture.txt",
            ])
        #expect(try workspace.db.scalar("SELECT status FROM ingest_runs") == .text("completed_with_errors"))
        #expect(try workspace.db.scalar("PRAGMA integrity_check") == .text("ok"))
    }

    @Test func everyStoredOffsetGivesBackItsText() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        let checks: [(String, String)] = [
            (
                "paragraphs",
                "SELECT count(*) FROM paragraphs AS p JOIN sources AS s ON s.id = p.source_id WHERE length(substr(s.text, p.start + 1, p.length)) <> p.length OR trim(substr(s.text, p.start + 1, p.length)) <> substr(s.text, p.start + 1, p.length)"
            ),
            (
                "sentences",
                "SELECT count(*) FROM sentences AS x JOIN sources AS s ON s.id = x.source_id WHERE length(x.text) <> x.length OR trim(x.text) <> x.text OR x.start + x.length > s.char_count"
            ),
            (
                "mentions in sentences",
                "SELECT count(*) FROM mentions AS m JOIN sentence_spans AS x ON x.id = m.sentence_id WHERE m.source_id <> x.source_id OR m.start < x.start OR m.start + m.length > x.start + x.length"
            ),
            (
                "cues",
                "SELECT count(*) FROM claims AS c JOIN sources AS s ON s.id = c.source_id WHERE c.cue IS NOT NULL AND substr(s.text, c.cue_start + 1, c.cue_length) <> c.cue"
            ),
            (
                "claims in sentences",
                "SELECT count(*) FROM claims AS c JOIN sentences AS x ON x.id = c.sentence_id WHERE c.start < x.start OR c.start + c.length > x.start + x.length"
            ),
            (
                "candidates",
                "SELECT count(*) FROM entity_candidates AS e JOIN sources AS s ON s.id = e.source_id WHERE instr(substr(s.text, e.start + 1, e.length), e.name) = 0"
            ),
        ]
        for (name, sql) in checks {
            #expect(try workspace.db.scalar(sql) == .integer(0), "offsets of \(name)")
        }
        #expect(try workspace.count("mentions") > 400)
        #expect(try workspace.db.scalar("SELECT count(*) FROM claims WHERE cue IS NOT NULL")?.int ?? 0 > 20)
    }

    /// `actor_sources` is the mentions counted per actor and source, with the first sentence naming
    /// the actor there, and goes with its source.
    @Test func actorSourcesSummarizeTheMentions() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        let counted = """
            SELECT actor_id, source_id, count(*), min(sentence_id) FROM mentions GROUP BY actor_id, source_id
            """
        let stored = "SELECT actor_id, source_id, mentions, first_sentence_id FROM actor_sources"
        func difference() throws -> Int {
            try workspace.db.scalar(
                "SELECT (SELECT count(*) FROM (\(counted) EXCEPT \(stored))) + (SELECT count(*) FROM (\(stored) EXCEPT \(counted)))"
            )?.int ?? -1
        }
        #expect(try workspace.count("actor_sources") > 20)
        #expect(try difference() == 0)
        // The first sentence naming an actor in a source names it, and none before it does.
        #expect(
            try workspace.db.scalar(
                """
                SELECT count(*) FROM actor_sources AS x JOIN sentence_spans AS sp ON sp.id = x.first_sentence_id
                WHERE sp.source_id <> x.source_id
                   OR NOT EXISTS (SELECT 1 FROM mentions WHERE sentence_id = sp.id AND actor_id = x.actor_id)
                """) == .integer(0))
        #expect(
            try workspace.db.scalar("SELECT sum(mentions) FROM actor_sources") == .integer(Int64(try workspace.count("mentions")))
        )
        try workspace.db.execute("DELETE FROM sources WHERE id = (SELECT min(id) FROM sources)")
        #expect(try difference() == 0)
    }

    @Test func aLexiconChangeReExtractsUnchangedFiles() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        #expect(try workspace.db.scalar("SELECT count(*) FROM mention_details WHERE surface = 'Kofman'") == .integer(0))
        // A user promotes a candidate: copy the lexicons and add a person to actors.tsv.
        let lexiconCopy = workspace.folder.appendingPathComponent("lexicon")
        try FileManager.default.copyItem(at: SeedCorpus.lexiconFolder, to: lexiconCopy)
        let actorsFile = lexiconCopy.appendingPathComponent("actors.tsv")
        let header = try TSVTable(contentsOf: actorsFile).header
        var row = Array(repeating: "", count: header.count)
        row[header.firstIndex(of: "name") ?? 0] = "Michael Kofman"
        row[header.firstIndex(of: "kind") ?? 1] = "person"
        if let short = header.firstIndex(of: "short") { row[short] = "Kofman" }
        let handle = try FileHandle(forWritingTo: actorsFile)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((row.joined(separator: "\t") + "\n").utf8))
        try handle.close()
        let summary = try workspace.ingest(lexicons: try Lexicons(folder: lexiconCopy))
        #expect(summary.stored == 5 && summary.unchanged == 0)
        #expect(
            try workspace.db.scalar(
                "SELECT count(*) FROM mentions JOIN actors ON actors.id = actor_id WHERE name = 'Michael Kofman'") == .integer(1))
        #expect(try workspace.db.scalar("SELECT count(*) FROM entity_candidates WHERE name = 'Michael Kofman'") == .integer(0))
    }

    @Test func curatedVerdictsWinAndKeepTheAutomaticOneVisible() throws {
        let workspace = try IngestWorkspace()
        let annotations = Annotations(verdicts: [
            Annotations.VerdictCorrection(
                source: "between-partnership-and-competition", proposition: "ru-cn-military-alliance",
                likelihoodTerm: "roughly even chance", polarity: "mixed", evidenceQuote: nil,
                note: "analyst: weighs both", lineNumber: 2)
        ])
        let summary = try workspace.ingest(annotations: annotations)
        #expect(summary.curationWarnings.isEmpty)
        let rows = try workspace.db.rows(
            "SELECT slug, likelihood_term, polarity, method, rule_likelihood_term FROM source_verdicts ORDER BY slug")
        let curated = try #require(rows.first { $0.string("slug") == "between-partnership-and-competition" })
        #expect(curated.string("method") == "curated")
        #expect(curated.string("likelihood_term") == "roughly even chance")
        #expect(rows.count == 5)
        // The automatic rows are untouched: four rule verdicts, as without curation.
        #expect(try workspace.db.scalar("SELECT count(*) FROM verdicts WHERE method = 'rule'") == .integer(4))
        let unknown = try workspace.ingest(
            annotations: Annotations(verdicts: [
                Annotations.VerdictCorrection(
                    source: "no-such-source", proposition: "ru-cn-military-alliance", likelihoodTerm: nil, polarity: "for",
                    evidenceQuote: nil, note: nil, lineNumber: 3)
            ]))
        #expect(unknown.curationWarnings == ["verdicts.tsv line 3: no source 'no-such-source'"])
        #expect(try workspace.db.scalar("SELECT count(*) FROM verdicts WHERE method = 'curated'") == .integer(0))
    }
}

@Suite struct CuratedClaimTests {
    @Test func aCuratedClaimSitsBesideTheRuleClaimItCorrects() throws {
        let workspace = try IngestWorkspace()
        let correction = Annotations.ClaimCorrection(
            source: "why-russia-needs-military-alliance-with-china", quote: "we are not going to rule it out",
            likelihoodTerm: "likely", polarity: "for", speaker: nil, proposition: "ru-cn-military-alliance",
            note: "analyst: Putin means the alliance", lineNumber: 7)
        let summary = try workspace.ingest(annotations: Annotations(claims: [correction]))
        #expect(summary.curationWarnings.isEmpty)
        let rows = try workspace.db.rows(
            """
            SELECT c.method, c.likelihood_term, c.p_low, c.p_high, c.polarity, c.proposition_id, c.speaker_name,
                   c.overrides_claim_id = r.id AS overrides, r.likelihood_term AS rule_term, r.proposition_id AS rule_proposition
            FROM claims AS c JOIN claims AS r ON r.id = c.overrides_claim_id WHERE c.method = 'curated'
            """)
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.string("likelihood_term") == "likely" && row.double("p_low") == 0.55 && row.double("p_high") == 0.8)
        #expect(row.string("polarity") == "for" && row.string("proposition_id") == "ru-cn-military-alliance")
        #expect(row.string("speaker_name") == "Vladimir Putin")
        #expect(row.string("rule_term") == "roughly even chance" && row["rule_proposition"] == .null)
        let bad = try workspace.ingest(
            annotations: Annotations(claims: [
                Annotations.ClaimCorrection(
                    source: "why-russia-needs-military-alliance-with-china", quote: "words that are nowhere", likelihoodTerm: nil,
                    polarity: nil, speaker: nil, proposition: nil, note: nil, lineNumber: 9)
            ]))
        #expect(bad.curationWarnings == ["claims.tsv line 9: quote not found in why-russia-needs-military-alliance-with-china"])
    }
}

@Suite struct ClaimStandingTests {
    @Test func theViewAgreesWithTheGroundedLabels() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        let db = workspace.db
        #expect(try db.scalar("SELECT count(*) FROM claim_standing") == db.scalar("SELECT count(*) FROM claims"))
        // Grounded semantics: an accepted claim has no accepted attacker; a defeated one has one.
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM claim_standing AS c WHERE c.label = 'in' AND EXISTS (
                  SELECT 1 FROM argument_links AS l JOIN claim_acceptability AS a ON a.claim_id = l.from_claim_id
                  WHERE l.to_claim_id = c.claim_id AND l.link_type = 'attacks' AND a.label = 'in')
                """) == .integer(0))
        #expect(
            try db.scalar(
                """
                SELECT count(*) FROM claim_standing AS c WHERE c.label = 'out' AND NOT EXISTS (
                  SELECT 1 FROM argument_links AS l JOIN claim_acceptability AS a ON a.claim_id = l.from_claim_id
                  WHERE l.to_claim_id = c.claim_id AND l.link_type = 'attacks' AND a.label = 'in')
                """) == .integer(0))
        #expect(try db.scalar("SELECT count(*) FROM claim_standing WHERE label = 'out'")?.int ?? 0 > 0)
        #expect(try db.scalar("SELECT count(*) FROM claim_standing WHERE label = 'in' AND attackers = 0")?.int ?? 0 > 0)
    }
}

@Suite struct CorpusLinkerTests {
    /// Words in more claims than `commonWordLimit` are stop words of the corpus: with a limit of
    /// 0 every word is one, so no two claims overlap (no rephrases), while each claim keeps its
    /// capped attacks (filled at overlap 0); relinking with the default limit restores the links.
    @Test func commonWordsAreLeftOutOfOverlaps() throws {
        let workspace = try IngestWorkspace()
        _ = try workspace.ingest()
        func links(_ type: String) throws -> [String] {
            try workspace.db.rows(
                """
                SELECT from_claim_id, to_claim_id FROM argument_links
                WHERE scope = 'across_sources' AND link_type = ? ORDER BY 1, 2
                """, [type]
            ).map { $0.values.map(\.description).joined(separator: "→") }
        }
        let attacks = try links("attacks")
        let rephrases = try links("rephrases")
        #expect(!attacks.isEmpty)
        var linker = CorpusLinker(db: workspace.db)
        linker.commonWordLimit = 0
        try linker.relink()
        #expect(try links("rephrases").isEmpty)
        #expect(try links("attacks").count == attacks.count)
        try CorpusLinker(db: workspace.db).relink()
        #expect(try links("attacks") == attacks)
        #expect(try links("rephrases") == rephrases)
    }
}
