import Foundation
import Testing

@testable import Store

@Suite struct SchemaTests {
    /// The objects a database holds, as (type, name) pairs, without SQLite's internal ones.
    private func objects(_ db: Database) throws -> Set<String> {
        Set(
            try db.rows("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
                .map { "\($0.string("type") ?? "?") \($0.string("name") ?? "?")" })
    }

    @Test func createdDatabaseHasExactlyTheObjectsOfSchemaSQL() throws {
        let temp = try TemporaryDatabase()
        // Reference: the schema.sql file of the repository, run by the sqlite3 library directly.
        let reference = try Database(path: ":memory:")
        let schemaFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("schema.sql")
        try reference.execute(try String(contentsOf: schemaFile, encoding: .utf8))
        let created = try objects(temp.db)
        #expect(created == (try objects(reference)))
        for expected in [
            "table sources", "table sentence_spans", "view sentences", "table sentences_fts",
            "trigger sentence_spans_ad", "trigger sources_sentences_bd",
            "table claims", "table verdicts", "view source_verdicts", "table relations",
            "table argument_links", "table ingest_runs", "table ingest_errors", "table mentions",
            "table entity_candidates", "table removed_lines", "table paragraphs",
        ] {
            #expect(created.contains(expected), "missing \(expected)")
        }
        #expect(try temp.db.userVersion() == Database.schemaVersion)
    }

    @Test func everyTableIsStrict() throws {
        let temp = try TemporaryDatabase()
        let tables = try temp.db.rows(
            "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'"
        )
        #expect(tables.count >= 18)
        for table in tables { #expect(table.int("strict") == 1, "\(table.string("name") ?? "") is not STRICT") }
    }

    @Test func ftsIndexFollowsTheSentencesTable() throws {
        let temp = try TemporaryDatabase()
        let db = temp.db
        try db.execute(
            """
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
            VALUES (1, 's', 's.txt', 'Russia and China. A bloc is unlikely.', 37, 'h', 'l', '2026-01-01');
            INSERT INTO paragraphs (id, source_id, ordinal, kind, start, length) VALUES (1, 1, 0, 'body', 0, 37);
            INSERT INTO sentence_spans (source_id, paragraph_id, ordinal, start, length) VALUES (1, 1, 0, 0, 17), (1, 1, 1, 18, 19);
            """)
        // The sentences whose indexed text holds `word`, and FTS5's own check of the index.
        func matching(_ word: String) throws -> [DatabaseValue] {
            try db.rows("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", [word]).map { $0[0] }
        }
        func checkIndex() throws { try db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')") }
        // The view reads each sentence's text from its source.
        #expect(
            try db.rows("SELECT id, text FROM sentences ORDER BY id").map(\.values) == [
                [.integer(1), .text("Russia and China.")], [.integer(2), .text("A bloc is unlikely.")],
            ])
        // New sentences are indexed in bulk, with the statement schema.sql gives (no insert trigger).
        #expect(try matching("bloc").isEmpty)
        try db.execute("INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id >= 1")
        try checkIndex()
        #expect(try matching("bloc") == [.integer(2)])
        #expect(
            try db.scalar("SELECT highlight(sentences_fts, 0, '[', ']') FROM sentences_fts WHERE sentences_fts MATCH 'bloc'")
                == .text("A [bloc] is unlikely."))
        // A span moved or deleted on its own leaves the index in step.
        try db.execute("UPDATE sentence_spans SET start = 25, length = 12 WHERE id = 2")
        #expect(try matching("bloc").isEmpty)
        #expect(try matching("unlikely") == [.integer(2)])
        try checkIndex()
        try db.execute("DELETE FROM sentence_spans WHERE id = 1")
        #expect(try matching("russia").isEmpty)
        try checkIndex()
        // A source's new text re-indexes its sentences.
        try db.execute("UPDATE sources SET text = 'Russia and China. A bloc is doubtful.' WHERE id = 1")
        #expect(try db.scalar("SELECT text FROM sentences WHERE id = 2") == .text("is doubtful."))
        #expect(try matching("unlikely").isEmpty)
        #expect(try matching("doubtful") == [.integer(2)])
        try checkIndex()
        // A source's sentences leave the index with it.
        try db.execute("DELETE FROM sources WHERE id = 1")
        #expect(try db.scalar("SELECT count(*) FROM sentences") == .integer(0))
        #expect(try matching("doubtful").isEmpty)
        try checkIndex()
        #expect(try db.scalar("SELECT count(*) FROM paragraphs") == .integer(0))
    }

    /// The view `sentences` folds into the queries that use it: a query that does not read the text
    /// does not read the sources, and a lookup by id is a lookup in `sentence_spans`.
    @Test func theSentencesViewReadsASourceOnlyForTheText() throws {
        let temp = try TemporaryDatabase()
        func plan(_ sql: String) throws -> String {
            try temp.db.rows("EXPLAIN QUERY PLAN " + sql).compactMap { $0.string("detail") }.joined(separator: "; ")
        }
        let counted = try plan("SELECT count(*) FROM sentences WHERE source_id = 3")
        #expect(!counted.contains("sources"), "\(counted)")
        let looked = try plan("SELECT st.text FROM claims AS c JOIN sentences AS st ON st.id = c.sentence_id WHERE c.id = 1")
        #expect(looked.contains("SEARCH sp USING INTEGER PRIMARY KEY (rowid=?)"), "\(looked)")
        #expect(looked.contains("SEARCH s USING INTEGER PRIMARY KEY (rowid=?)"), "\(looked)")
        #expect(!looked.contains("SCAN"), "\(looked)")
    }

    /// `mentions` has no index by source: a source's mentions are found as a range of its key.
    @Test func aSourcesMentionsAreARangeOfTheMentionsKey() throws {
        let temp = try TemporaryDatabase()
        let sql = "SELECT m.actor_id FROM mentions AS m WHERE \(MentionSQL.ofSource("?1"))"
        let plan = try temp.db.rows("EXPLAIN QUERY PLAN " + sql, [1]).compactMap { $0.string("detail") }
        #expect(plan.contains { $0.hasPrefix("SEARCH m USING PRIMARY KEY (sentence_id>? AND sentence_id<?)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
        try temp.db.execute(
            """
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at) VALUES
                (1, 'a', 'a.txt', 'Moscow waits.', 13, 'h1', 'l', '2026-01-01'),
                (2, 'b', 'b.txt', 'Moscow acts.', 12, 'h2', 'l', '2026-01-01');
            INSERT INTO paragraphs (id, source_id, ordinal, kind, start, length) VALUES (1, 1, 0, 'body', 0, 13), (2, 2, 0, 'body', 0, 12);
            INSERT INTO sentence_spans (id, source_id, paragraph_id, ordinal, start, length) VALUES (1, 1, 1, 0, 0, 13), (2, 2, 2, 0, 0, 12);
            INSERT INTO actors (id, name, kind) VALUES (1, 'Russia', 'state');
            INSERT INTO mentions (sentence_id, actor_id, start, length, source_id, alias_kind_code)
                VALUES (1, 1, 0, 6, 1, 2), (2, 1, 0, 6, 2, 2);
            """)
        #expect(try temp.db.rows(sql, [2]).count == 1)
        #expect(try temp.db.rows(sql, [3]).isEmpty)
    }

    @Test func checkConstraintsGuardEnumerations() throws {
        let temp = try TemporaryDatabase()
        let error = try #require(throws: DatabaseError.self) {
            try temp.db.execute(
                "INSERT INTO ingest_runs (started_at, status, paths, lexicon_hash, argkb_version) VALUES ('x', 'bogus', '[]', 'h', 'v')"
            )
        }
        #expect(error.extendedCode == 275)  // SQLITE_CONSTRAINT_CHECK
    }

    @Test func likelihoodScaleIsICD203() throws {
        let temp = try TemporaryDatabase()
        let rows = try temp.db.rows("SELECT term, p_low, p_high FROM likelihood_scale ORDER BY rank")
        #expect(
            rows.map { $0.string("term") ?? "" } == [
                "almost no chance", "very unlikely", "unlikely",
                "roughly even chance", "likely", "very likely", "almost certain",
            ])
        #expect(rows.first?.double("p_low") == 0.01 && rows.last?.double("p_high") == 0.99)
    }

    @Test func preparingAnExistingDatabaseKeepsItsRows() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute("INSERT INTO propositions (id, statement) VALUES ('p', 'P')")
        try temp.db.prepareSchema()
        #expect(try temp.db.scalar("SELECT count(*) FROM propositions") == .integer(1))
    }

    @Test func aDatabaseOfAnotherVersionIsRefusedClearly() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute("PRAGMA user_version = 99")
        let error = try #require(throws: SchemaError.self) { try temp.db.prepareSchema() }
        #expect(error == .versionMismatch(path: temp.path, found: 99, expected: Database.schemaVersion))
        #expect(error.description.contains("newer than this argkb"))
    }

    /// A version 1 database (with the row trigger that indexed each new sentence) is upgraded by the
    /// commands that write; the read-only ones say how to upgrade it.
    @Test func aVersionOneDatabaseIsUpgradedByWriters() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute(
            """
            CREATE TRIGGER sentences_ai AFTER INSERT ON sentence_spans BEGIN
                INSERT INTO sentences_fts (rowid, text) VALUES (new.id, 'a sentence');
            END;
            DROP INDEX sources_by_date;
            DROP INDEX sources_by_path;
            ALTER TABLE sources DROP COLUMN file_modified;
            ALTER TABLE sources DROP COLUMN file_size;
            DROP INDEX claims_curated;
            DROP INDEX claims_by_proposition_term;
            DROP INDEX verdicts_by_proposition;
            PRAGMA user_version = 1;
            """)
        let refused = try #require(throws: SchemaError.self) { try temp.db.checkSchemaVersion() }
        #expect(refused.description.contains("`argkb ingest` upgrades it"))
        try temp.db.prepareSchema()
        #expect(try temp.db.userVersion() == Database.schemaVersion)
        #expect(try temp.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sentences_ai'") == .integer(0))
        #expect(
            try temp.db.scalar(
                """
                SELECT count(*) FROM sqlite_master
                WHERE name IN ('sources_by_date', 'sources_by_path', 'claims_curated', 'claims_by_proposition_term', 'verdicts_by_proposition')
                """) == .integer(5))
        #expect(
            try temp.db.rows("SELECT name FROM pragma_table_info('sources') WHERE name LIKE 'file_%' ORDER BY cid")
                .map { $0.values } == [[.text("file_size")], [.text("file_modified")]])
        // The same indexes as a new database, partial where its are (3: claims leave out NULLs).
        let indexes = "SELECT name, tbl_name, sql LIKE '%WHERE%' FROM sqlite_master WHERE type = 'index' ORDER BY name"
        let fresh = try TemporaryDatabase()
        #expect(try temp.db.rows(indexes).map(\.values) == fresh.db.rows(indexes).map(\.values))
        #expect(
            try temp.db.scalar("SELECT sql FROM sqlite_master WHERE name = 'claims_by_override'")?.string?
                .hasSuffix("WHERE overrides_claim_id IS NOT NULL") == true)
    }

    /// Version 4 listed the predicates in a CHECK of `relations`; version 5 has a `predicates` table
    /// that `relations.predicate` refers to. The upgrade rebuilds `relations` and keeps its rows.
    @Test func aVersionFourDatabaseGetsThePredicatesTableAndKeepsItsRelations() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute(
            """
            DROP VIEW relation_details;
            DROP TABLE relations;
            DROP TABLE predicates;
            CREATE TABLE relations (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
                sentence_id INTEGER NOT NULL REFERENCES sentence_spans (id) ON DELETE CASCADE,
                subject_actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
                object_actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
                predicate TEXT NOT NULL CHECK (predicate = 'competes_with' OR predicate = 'opposes'),
                quad_class TEXT NOT NULL, context TEXT NOT NULL,
                region_actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
                speaker_actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,
                speaker_name TEXT, cue TEXT NOT NULL, cue_start INTEGER NOT NULL, cue_length INTEGER NOT NULL,
                method TEXT NOT NULL DEFAULT 'rule', confidence REAL NOT NULL DEFAULT 0.5
            ) STRICT;
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
                VALUES (1, 'a', 'a.txt', 'Russia competes with China.', 27, 'h', 'l', '2026-01-01');
            INSERT INTO paragraphs (id, source_id, ordinal, kind, start, length) VALUES (1, 1, 0, 'body', 0, 27);
            INSERT INTO sentence_spans (id, source_id, paragraph_id, ordinal, start, length) VALUES (1, 1, 1, 0, 0, 27);
            INSERT INTO actors (id, name, kind) VALUES (1, 'Russia', 'state'), (2, 'China', 'state');
            INSERT INTO relations (source_id, sentence_id, subject_actor_id, object_actor_id, predicate, quad_class,
                                   context, cue, cue_start, cue_length)
                VALUES (1, 1, 1, 2, 'competes_with', 'verbal_conflict', 'asserted', 'competes with', 7, 13);
            PRAGMA user_version = 4;
            """)
        try temp.db.prepareSchema()
        #expect(try temp.db.userVersion() == Database.schemaVersion)
        #expect(
            try temp.db.rows("SELECT subject, predicate, object FROM relation_details").map(\.values)
                == [[.text("Russia"), .text("competes_with"), .text("China")]])
        let fresh = try TemporaryDatabase()
        let definition = "SELECT sql FROM sqlite_master WHERE name = 'relations' OR tbl_name = 'relations' ORDER BY name"
        #expect(try temp.db.rows(definition).map(\.values) == fresh.db.rows(definition).map(\.values))
        #expect(try temp.db.scalar("SELECT count(*) FROM predicates") == .integer(16))
        #expect(try temp.db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    /// Version 6 reads HTML and PDF: `removed_lines` and `ingest_errors` take new reasons (their
    /// CHECK changed: rebuilt, rows kept) and `paragraphs` gets the PDF page (added, NULL for the
    /// rows there were).
    @Test func aVersionFiveDatabaseTakesTheNewReasonsAndThePageColumn() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute(
            """
            DROP TABLE removed_lines;
            CREATE TABLE removed_lines (
                id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
                line_number INTEGER NOT NULL, text TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason = 'metadata' OR reason = 'navigation')
            ) STRICT;
            DROP TABLE ingest_errors;
            CREATE TABLE ingest_errors (
                id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES ingest_runs (id) ON DELETE CASCADE,
                path TEXT NOT NULL, reason TEXT NOT NULL CHECK (reason = 'empty' OR reason = 'binary'), message TEXT NOT NULL
            ) STRICT;
            ALTER TABLE paragraphs DROP COLUMN page;
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
                VALUES (1, 'a', 'a.txt', 'A title', 7, 'h', 'l', '2026-01-01');
            INSERT INTO paragraphs (id, source_id, ordinal, kind, start, length) VALUES (1, 1, 0, 'title', 0, 7);
            INSERT INTO removed_lines (source_id, line_number, text, reason) VALUES (1, 3, 'Home | About', 'navigation');
            INSERT INTO ingest_runs (id, started_at, paths, lexicon_hash, argkb_version) VALUES (1, '2026-01-01', '[]', 'l', 'v');
            INSERT INTO ingest_errors (run_id, path, reason, message) VALUES (1, 'b.txt', 'empty', 'is empty');
            INSERT INTO sentence_spans (id, source_id, paragraph_id, ordinal, start, length) VALUES (1, 1, 1, 0, 0, 7);
            INSERT INTO actors (id, name, kind) VALUES (1, 'Atlantis', 'state');
            INSERT INTO mentions (source_id, sentence_id, actor_id, start, length, alias_kind_code)
                VALUES (1, 1, 1, 2, 5, 0), (1, 1, 1, 0, 1, 0);
            DROP TABLE actor_totals;
            PRAGMA user_version = 5;
            """)
        try temp.db.prepareSchema()
        #expect(try temp.db.userVersion() == Database.schemaVersion)
        #expect(
            try temp.db.rows("SELECT text, reason FROM removed_lines").map(\.values) == [
                [.text("Home | About"), .text("navigation")]
            ])
        #expect(try temp.db.rows("SELECT path, reason FROM ingest_errors").map(\.values) == [[.text("b.txt"), .text("empty")]])
        #expect(try temp.db.rows("SELECT kind, page FROM paragraphs").map(\.values) == [[.text("title"), .null]])
        // The summary of mentions is created and filled.
        #expect(
            try temp.db.rows("SELECT actor_id, mentions, sources FROM actor_totals").map(\.values) == [
                [.integer(1), .integer(2), .integer(1)]
            ])
        try temp.db.execute(
            "INSERT INTO removed_lines (source_id, line_number, text, reason) VALUES (1, 9, 'We use cookies', 'cookie_banner')")
        try temp.db.execute(
            "INSERT INTO ingest_errors (run_id, path, reason, message) VALUES (1, 'c.pdf', 'encrypted', 'needs a password')")
        try temp.db.execute("UPDATE paragraphs SET page = 2")
        #expect(throws: DatabaseError.self) { try temp.db.execute("UPDATE paragraphs SET page = 0") }
        let fresh = try TemporaryDatabase()
        for table in ["removed_lines", "ingest_errors"] {
            let definition = "SELECT sql FROM sqlite_master WHERE tbl_name = '\(table)' ORDER BY name"
            #expect(try temp.db.rows(definition).map(\.values) == fresh.db.rows(definition).map(\.values))
        }
        let columns = "SELECT name, type FROM pragma_table_info('paragraphs') ORDER BY cid"
        #expect(try temp.db.rows(columns).map(\.values) == fresh.db.rows(columns).map(\.values))
        #expect(try temp.db.rows("PRAGMA foreign_key_check").isEmpty)
    }

    /// Version 7 indexes the titles and the curated verdicts; a version 6 database gets them and keeps its rows.
    @Test func aVersionSixDatabaseGetsTheTitlesAndCuratedVerdictsIndexes() throws {
        let temp = try TemporaryDatabase()
        try temp.db.execute(
            """
            DROP TRIGGER sources_titles_ai;
            DROP TRIGGER sources_titles_ad;
            DROP TRIGGER sources_titles_au;
            DROP TABLE source_titles_fts;
            DROP INDEX verdicts_curated;
            DROP INDEX verdicts_by_proposition;
            CREATE INDEX verdicts_by_proposition ON verdicts (proposition_id, likelihood_term);
            INSERT INTO sources (id, slug, path, title, text, char_count, content_hash, lexicon_hash, ingested_at)
                VALUES (1, 'a', 'a.txt', 'A title', 'A title', 7, 'h', 'l', '2026-01-01');
            INSERT INTO propositions (id, statement) VALUES ('p', 'P happens');
            INSERT INTO verdicts (source_id, proposition_id, likelihood_term, polarity, method)
                VALUES (1, 'p', 'likely', 'for', 'rule'), (1, 'p', 'unlikely', 'against', 'curated');
            PRAGMA user_version = 6;
            """)
        try temp.db.prepareSchema()
        #expect(try temp.db.userVersion() == Database.schemaVersion)
        #expect(try temp.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'verdicts_curated'") == .integer(1))
        #expect(
            try temp.db.rows("SELECT name FROM pragma_index_info('verdicts_by_proposition') ORDER BY seqno").map(\.values) == [
                [.text("proposition_id")], [.text("likelihood_term")], [.text("source_id")],
            ])
        #expect(try temp.db.scalar("SELECT count(*) FROM verdicts_in_force") == .integer(1))
        #expect(try temp.db.scalar("SELECT count(*) FROM verdicts") == .integer(2))
        // The titles' index is created with its triggers and holds the source stored before.
        #expect(try temp.db.scalar("SELECT rowid FROM source_titles_fts WHERE source_titles_fts MATCH 'titl*'") == .integer(1))
        try temp.db.execute("UPDATE sources SET title = 'Another heading' WHERE id = 1")
        #expect(try temp.db.scalar("SELECT count(*) FROM source_titles_fts WHERE source_titles_fts MATCH 'title'") == .integer(0))
        #expect(try temp.db.scalar("SELECT rowid FROM source_titles_fts WHERE source_titles_fts MATCH 'heading'") == .integer(1))
        try temp.db.execute("DELETE FROM sources")
        #expect(
            try temp.db.scalar("SELECT count(*) FROM source_titles_fts WHERE source_titles_fts MATCH 'heading'") == .integer(0))
    }

    /// Version 8 stores a sentence's text once, in its source: a database made by version 7 (from its
    /// schema.sql) has its `sentences` table renamed `sentence_spans` without the text, the view
    /// `sentences` in its place, and mentions without `surface`; every row, offset and index entry stays.
    /// Version 9 stores the large tables' closed sets as codes read back by generated columns: the
    /// same database reads the same values, and relations lose their copied `cue`.
    @Test func aVersionSevenDatabaseStoresEachSentenceTextOnceAndItsClosedSetsAsCodes() throws {
        let temp = try TemporaryDatabase(schema: false)
        let versionSeven = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("schema-7.sql")
        try temp.db.execute(try String(contentsOf: versionSeven, encoding: .utf8))
        try temp.db.execute(
            """
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
                VALUES (1, 'a', 'a.txt', 'Moscow courts Beijing. Kyiv objects.', 36, 'h', 'l', '2026-01-01');
            INSERT INTO paragraphs (id, source_id, ordinal, kind, start, length) VALUES (1, 1, 0, 'body', 0, 36);
            INSERT INTO sentences (id, source_id, paragraph_id, ordinal, start, length, text)
                VALUES (1, 1, 1, 0, 0, 22, 'Moscow courts Beijing.'), (2, 1, 1, 1, 23, 13, 'Kyiv objects.');
            INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences;
            INSERT INTO actors (id, name, kind) VALUES (1, 'Russia', 'state'), (2, 'China', 'state');
            INSERT INTO mentions (source_id, sentence_id, actor_id, start, length, surface, alias_kind)
                VALUES (1, 1, 1, 0, 6, 'Moscow', 'metonym'), (1, 1, 2, 14, 7, 'Beijing', 'metonym');
            INSERT INTO claims (source_id, sentence_id, start, length, claim_type, role) VALUES (1, 2, 23, 13, 'fact', 'premise');
            INSERT INTO claims (source_id, sentence_id, start, length, claim_type, role, polarity, context, factuality)
                VALUES (1, 1, 0, 22, 'prediction', 'conclusion', 'against', 'future', 'PR-');
            INSERT INTO relations (source_id, sentence_id, subject_actor_id, object_actor_id, predicate, quad_class,
                                   context, cue, cue_start, cue_length)
                VALUES (1, 1, 1, 2, 'cooperates_with', 'verbal_cooperation', 'reported', 'courts', 7, 6);
            INSERT INTO argument_links (from_claim_id, to_claim_id, link_type, scope, cue, method)
                VALUES (1, 2, 'attacks', 'across_sources', 'However', 'curated');
            INSERT INTO claim_acceptability (claim_id, label) VALUES (1, 'undecided'), (2, 'out');
            """)
        #expect(temp.db.upgradedFrom == nil)
        try temp.db.prepareSchema()
        let db = temp.db
        #expect(try db.userVersion() == Database.schemaVersion)
        #expect(db.upgradedFrom == 7)
        #expect(try db.scalar("SELECT type FROM sqlite_master WHERE name = 'sentences'") == .text("view"))
        #expect(
            try db.rows("SELECT id, start, length, text FROM sentences ORDER BY id").map(\.values) == [
                [.integer(1), .integer(0), .integer(22), .text("Moscow courts Beijing.")],
                [.integer(2), .integer(23), .integer(13), .text("Kyiv objects.")],
            ])
        let fresh = try TemporaryDatabase()
        // The same columns, foreign keys, indexes and triggers as a new database.
        let tables = [
            "sentence_spans", "mentions", "claims", "relations", "entity_candidates", "actor_sources", "argument_links",
            "claim_acceptability", "verdict_evidence",
        ]
        // A rebuilt table is created from schema.sql's own text, so `.schema` shows it as a new database does.
        for table in ["mentions", "claims", "relations", "argument_links", "claim_acceptability", "sentence_spans"] {
            let sql = "SELECT sql FROM sqlite_master WHERE name = ?"
            #expect(try db.scalar(sql, [table]) == fresh.db.scalar(sql, [table]), "\(table)")
        }
        for table in tables {
            for pragma in ["table_xinfo", "foreign_key_list", "index_list"] {
                let sql = "SELECT * FROM pragma_\(pragma)('\(table)') ORDER BY 1, 2"
                let upgraded = try db.rows(sql).map(\.values)
                #expect(upgraded == (try fresh.db.rows(sql).map(\.values)), "\(pragma) of \(table)")
            }
        }
        let triggers = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        #expect(try db.rows(triggers).map(\.values) == fresh.db.rows(triggers).map(\.values))
        #expect(
            try db.rows("SELECT actor, surface FROM mention_details ORDER BY start").map(\.values) == [
                [.text("Russia"), .text("Moscow")], [.text("China"), .text("Beijing")],
            ])
        #expect(try db.scalar("SELECT sentence FROM claim_details WHERE claim_id = 1") == .text("Kyiv objects."))
        // The closed sets read back as they were stored, from their codes.
        #expect(
            try db.rows("SELECT claim_type, role, polarity, context, method, factuality FROM claims ORDER BY id").map(\.values)
                == [
                    [.text("fact"), .text("premise"), .null, .text("asserted"), .text("rule"), .null],
                    [.text("prediction"), .text("conclusion"), .text("against"), .text("future"), .text("rule"), .text("PR-")],
                ])
        #expect(
            try db.rows(
                "SELECT claim_type_code, role_code, polarity_code, context_code, factuality_code FROM claims WHERE id = 2"
            )
            .map(\.values) == [[.integer(0), .integer(0), .integer(1), .integer(1), .integer(5)]])
        #expect(
            try db.rows("SELECT predicate, quad_class, context, cue, method FROM relation_details").map(\.values) == [
                [.text("cooperates_with"), .text("verbal_cooperation"), .text("reported"), .text("courts"), .text("rule")]
            ])
        #expect(
            try db.rows("SELECT from_claim_id, to_claim_id, link_type, scope, cue, method FROM argument_links").map(\.values) == [
                [.integer(1), .integer(2), .text("attacks"), .text("across_sources"), .text("However"), .text("curated")]
            ])
        #expect(
            try db.rows("SELECT claim_id, label FROM claim_acceptability ORDER BY claim_id").map(\.values) == [
                [.integer(1), .text("undecided")], [.integer(2), .text("out")],
            ])
        #expect(try db.rows("SELECT alias_kind FROM mentions").map(\.values) == [[.text("metonym")], [.text("metonym")]])
        // Each actor's mentions per source, counted from the mentions stored before.
        #expect(
            try db.rows("SELECT actor_id, source_id, mentions, first_sentence_id FROM actor_sources ORDER BY actor_id")
                .map(\.values) == [
                    [.integer(1), .integer(1), .integer(1), .integer(1)], [.integer(2), .integer(1), .integer(1), .integer(1)],
                ])
        // The full-text index kept its entries and now reads its text through the view.
        try db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        #expect(try db.scalar("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'kyiv'") == .integer(2))
        #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
        // Removing the source removes its sentences, mentions and claims, and their index entries.
        try db.execute("DELETE FROM sources WHERE id = 1")
        for table in [
            "sentence_spans", "mentions", "claims", "actor_sources", "relations", "argument_links", "claim_acceptability",
        ] {
            #expect(try db.scalar("SELECT count(*) FROM \(table)") == .integer(0), "\(table)")
        }
        #expect(try db.scalar("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'kyiv'") == .integer(0))
        try db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
    }

    /// The free pages a deletion leaves in the file, which only VACUUM gives back.
    @Test func freeBytesCountTheFreedPages() throws {
        let temp = try TemporaryDatabase()
        #expect(temp.db.upgradedFrom == nil)
        let before = try temp.db.freeBytes()
        try temp.db.execute(
            """
            INSERT INTO sources (id, slug, path, text, char_count, content_hash, lexicon_hash, ingested_at)
            VALUES (1, 'a', 'a.txt', printf('%.2000000c', 'x'), 2000000, 'h', 'l', '2026-01-01');
            """)
        try temp.db.execute("DELETE FROM sources")
        #expect(try temp.db.freeBytes() >= before + 1_900_000)
        try temp.db.execute("VACUUM")
        #expect(try temp.db.freeBytes() == 0)
    }

    /// Every table, column and trigger an upgrade step names is in schema.sql (a missing trigger
    /// would be created from an empty statement, that is not at all).
    @Test func theUpgradeStepsNameWhatSchemaSQLHas() throws {
        for triggers in Database.createdTriggers.values {
            for trigger in triggers {
                #expect(Database.schemaStatement(ofTrigger: trigger).hasPrefix("CREATE TRIGGER \(trigger) "), "\(trigger)")
            }
        }
        for tables in Database.createdTables.values.map({ $0 }) + Database.rebuiltTables.values.map({ $0 }) {
            for table in tables { #expect(!Database.schemaStatements(of: table).isEmpty, "\(table)") }
        }
        for renames in Database.renamedTables.values {
            for renamed in renames { #expect(!Database.schemaStatements(of: renamed.to).isEmpty, "\(renamed.to)") }
        }
    }

    @Test func aForeignDatabaseIsRefusedClearly() throws {
        let temp = try TemporaryDatabase(schema: false)
        try temp.db.execute("CREATE TABLE customers (id INTEGER)")
        let error = try #require(throws: SchemaError.self) { try temp.db.prepareSchema() }
        #expect(error == .notArgkb(path: temp.path))
    }
}
