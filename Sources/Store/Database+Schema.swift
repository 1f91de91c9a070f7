import Foundation

/// The schema: created from schema.sql (compiled into the binary), versioned by `PRAGMA user_version`.
extension Database {
    /// The schema version this build of argkb reads and writes.
    public static let schemaVersion = 9

    /// `PRAGMA application_id` of an argkb database ("arkb" in ASCII), in the file's header from
    /// schema version 4 on, so a file can be told to be argkb's even when it cannot be opened
    /// (<https://sqlite.org/fileformat2.html#application_id>).
    public static let applicationID: Int32 = 0x6172_6B62

    /// Tables every argkb database has had since version 1: how a database of version 1 to 3,
    /// which had no application id, is told from another program's with the same `user_version`.
    static let signatureTables = ["sources", "paragraphs", "sentences", "claims", "verdicts", "ingest_runs"]

    /// The SQL that takes a database of version N to N + 1, run by `prepareSchema` (so by the
    /// commands that write) in one transaction with the version change.
    ///
    /// - 1 → 2: sources keep their file's size and time (`file_size`, `file_modified`), so a
    ///   re-ingest skips unchanged files without reading them; sentences are indexed in bulk by the
    ///   writer, so the row trigger that indexed each one goes (keeping it would index every
    ///   sentence twice); the indexes `ask` walks and the two ingest reads (the covering
    ///   `sources_by_path`, the partial `claims_curated`) are added. Version 1's CHECK lists
    ///   (`IN (...)`) are equivalent to version 2's (`= ... OR ...`) and stay.
    /// - 2 → 3: the indexes of claims by proposition, speaker and overridden claim leave out NULLs
    ///   (partial), which most claims have; lookups by value use them as before.
    /// - 3 → 4: the file carries argkb's application id; sources are indexed by content hash, so
    ///   a file whose bytes are stored under another name is found and not stored twice; claims keep
    ///   their factuality value and how it was read (`factuality`, `commitment`); actors say whether
    ///   the lexicon or the candidate finder made them (`method`).
    /// - 4 → 5: the relations' predicates are a table (`predicates`, with each one's direction),
    ///   and `relations.predicate` refers to it instead of repeating the list in a CHECK: the table
    ///   is created and `relations` rebuilt (`createdTables`, `rebuiltTables`).
    /// - 5 → 6: HTML and PDF files are read: `removed_lines` and `ingest_errors` take new reasons
    ///   (rebuilt, their CHECK changed), and `paragraphs` gets the PDF page a paragraph starts on
    ///   (`page`, added). Relations are indexed by subject and object (a pair's relations), no
    ///   longer by subject and predicate, which no query used. `actor_totals` is created and
    ///   filled from the mentions.
    /// - 6 → 7: the sources' titles and slugs get a full-text index (`source_titles_fts`, kept by
    ///   triggers on `sources`, filled by a rebuild); the curated verdicts get a partial index
    ///   (`verdicts_curated`), and `verdicts_by_proposition` holds the source too, so `ask` counts
    ///   the verdicts in force from indexes alone, dates included.
    /// - 7 → 8: a sentence's text is no longer stored twice: the table `sentences` is renamed
    ///   `sentence_spans` (SQLite renames the references of the tables that point to it) and loses
    ///   its `text`, and the view `sentences` reads the text from the source, so queries of
    ///   `sentences` and the full-text index (whose content it is) stay as they were. Its triggers
    ///   change accordingly (`createdTriggers`). `mentions` loses `surface` (the text at its offsets,
    ///   shown by `mention_details`) and the foreign key and index on `source_id`: a mention goes with
    ///   its sentence; `mentions_by_actor` lists an actor's sentences. `actor_sources` (each actor's
    ///   mentions per source, and its first sentence there) is created and filled from the mentions.
    ///   The file keeps its size until a `VACUUM` gives the freed pages back.
    /// - 8 → 9: the large tables store their closed sets as codes (`claim_type_code`, ...) read
    ///   back by generated columns of the old names, so queries read them as before; `relations`
    ///   loses `cue` (`relation_details` cuts it from the source) and its foreign key to
    ///   `predicates` (a CHECK on the code, and a test, keep them equal). `claims`, `relations`,
    ///   `argument_links`, `mentions` and `claim_acceptability` are rebuilt, each code filled from
    ///   the text it replaces; foreign keys are off while they are, so other tables' references
    ///   stay on the table's name. `sentence_spans` is rebuilt without its foreign key and index
    ///   by paragraph, which nothing read (its triggers are made again). `VACUUM` gives back a
    ///   fifth of a 10k database.
    ///
    /// After the steps every view is dropped and created again from schema.sql: views hold no data,
    /// and a view of the old version may name columns that changed.
    static let upgrades: [Int: String] = [
        1: """
        DROP TRIGGER IF EXISTS sentences_ai;
        ALTER TABLE sources ADD COLUMN file_size INTEGER;
        ALTER TABLE sources ADD COLUMN file_modified INTEGER;
        CREATE INDEX IF NOT EXISTS sources_by_date ON sources (published IS NULL, published);
        CREATE INDEX IF NOT EXISTS sources_by_path ON sources (path, content_hash, lexicon_hash, slug, file_size, file_modified);
        CREATE INDEX IF NOT EXISTS claims_curated ON claims (id) WHERE method = 'curated';
        CREATE INDEX IF NOT EXISTS claims_by_proposition_term ON claims (proposition_id, likelihood_term)
            WHERE proposition_id IS NOT NULL;
        CREATE INDEX IF NOT EXISTS verdicts_by_proposition ON verdicts (proposition_id, likelihood_term);
        CREATE INDEX IF NOT EXISTS verdicts_by_midpoint ON verdicts (proposition_id, (p_low + p_high) / 2, polarity);
        CREATE INDEX IF NOT EXISTS verdicts_by_low ON verdicts (proposition_id, p_low);
        """,
        2: """
        DROP INDEX IF EXISTS claims_by_proposition;
        DROP INDEX IF EXISTS claims_by_speaker;
        DROP INDEX IF EXISTS claims_by_override;
        CREATE INDEX claims_by_proposition ON claims (proposition_id, polarity) WHERE proposition_id IS NOT NULL;
        CREATE INDEX claims_by_speaker ON claims (speaker_actor_id) WHERE speaker_actor_id IS NOT NULL;
        CREATE INDEX claims_by_override ON claims (overrides_claim_id) WHERE overrides_claim_id IS NOT NULL;
        """,
        3: """
        PRAGMA application_id = \(applicationID);
        CREATE INDEX IF NOT EXISTS sources_by_content ON sources (content_hash);
        """,
        4: "",
        5: """
        DROP INDEX IF EXISTS relations_by_subject;
        CREATE INDEX relations_by_subject ON relations (subject_actor_id, object_actor_id);
        DELETE FROM actor_totals;
        INSERT INTO actor_totals (actor_id, mentions, sources)
            SELECT actor_id, count(*), count(DISTINCT source_id) FROM mentions GROUP BY actor_id;
        """,
        6: """
        INSERT INTO source_titles_fts (source_titles_fts) VALUES ('rebuild');
        CREATE INDEX IF NOT EXISTS verdicts_curated ON verdicts (source_id, proposition_id) WHERE method = 'curated';
        DROP INDEX IF EXISTS verdicts_by_proposition;
        CREATE INDEX verdicts_by_proposition ON verdicts (proposition_id, likelihood_term, source_id);
        """,
        7: """
        DROP TRIGGER IF EXISTS sentences_ad;
        DROP TRIGGER IF EXISTS sentences_au;
        DELETE FROM actor_sources;
        \(actorSourcesFill)
        """,
        8: "",
    ]

    /// Tables a step creates as schema.sql defines them, with schema.sql's rows and indexes (and
    /// for a full-text table, the triggers that fill it).
    static let createdTables: [Int: [String]] = [
        4: ["predicates"], 5: ["actor_totals"], 6: ["source_titles_fts"], 7: ["actor_sources"],
    ]

    /// Tables a step rebuilds as schema.sql defines them, keeping their rows (a constraint changed,
    /// which `ALTER TABLE` cannot do): created under another name, filled, the old one dropped, the
    /// new one renamed, its indexes created (SQLite's "other kinds of table schema changes").
    static let rebuiltTables: [Int: [String]] = [
        4: ["relations"], 5: ["removed_lines", "ingest_errors"], 7: ["mentions"],
        8: ["claims", "relations", "argument_links", "mentions", "claim_acceptability", "sentence_spans"],
    ]

    /// Tables a step renames, after its SQL, with the columns it drops from them: done when the old
    /// name is a table and the new one is not taken. SQLite's `ALTER TABLE ... RENAME` makes the
    /// other tables' foreign keys name the new table, and keeps every row and index.
    static let renamedTables: [Int: [(from: String, to: String, droppedColumns: [String])]] = [
        7: [("sentences", "sentence_spans", ["text"])]
    ]

    /// Triggers a step creates as schema.sql defines them, after its SQL and rebuilt tables.
    static let createdTriggers: [Int: [String]] = [
        7: ["sources_sentences_bd", "sources_sentences_au", "sentence_spans_ad", "sentence_spans_au"],
        // Rebuilding sentence_spans dropped its own triggers with the old table.
        8: ["sentence_spans_ad", "sentence_spans_au"],
    ]

    /// Columns a step adds, each added only when missing (`ALTER TABLE ... ADD COLUMN` has no `IF
    /// NOT EXISTS`): table, column, and the column's definition.
    static let addedColumns: [Int: [(table: String, column: String, definition: String)]] = [
        3: [
            (
                "claims", "factuality",
                """
                TEXT CHECK (factuality IS NULL OR factuality = 'CT+' OR factuality = 'PR+' OR factuality = 'PS+' OR \
                factuality = 'Uu' OR factuality = 'PS-' OR factuality = 'PR-' OR factuality = 'CT-')
                """
            ),
            ("claims", "commitment", "TEXT"),
            ("actors", "method", "TEXT NOT NULL DEFAULT 'lexicon' CHECK (method = 'lexicon' OR method = 'candidate')"),
        ],
        5: [("paragraphs", "page", "INTEGER CHECK (page IS NULL OR page >= 1)")],
    ]

    /// The text of schema.sql, as compiled into the binary.
    public static var schemaSQL: String {
        String(decoding: PackageResources.schema_sql, as: UTF8.self)
    }

    /// The bytes of the file's free pages (`PRAGMA freelist_count` times the page size), which only a
    /// `VACUUM` gives back to the file system.
    public func freeBytes() throws -> Int {
        let pages = try scalar("PRAGMA freelist_count")?.int ?? 0
        return pages * (try scalar("PRAGMA page_size")?.int ?? 0)
    }

    /// The database's `PRAGMA user_version`.
    public func userVersion() throws -> Int {
        try scalar("PRAGMA user_version")?.int ?? 0
    }

    /// True when the database has no tables, views or indexes yet.
    public func isEmpty() throws -> Bool {
        (try scalar("SELECT count(*) FROM sqlite_master")?.int ?? 0) == 0
    }

    /// The database's `PRAGMA application_id`.
    public func applicationID() throws -> Int32 {
        Int32(truncatingIfNeeded: try scalar("PRAGMA application_id")?.int ?? 0)
    }

    /// True when the file is an argkb database: it carries argkb's application id, or (versions 1
    /// to 3) it has argkb's tables.
    public func isArgkbDatabase() throws -> Bool {
        if try applicationID() == Self.applicationID { return true }
        let tables = Set(try rows("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0.string("name") })
        return Self.signatureTables.allSatisfy(tables.contains)
    }

    /// Creates the schema in an empty database, or upgrades an older one, and checks the version.
    ///
    /// Everything happens inside one `BEGIN IMMEDIATE` transaction, so two processes that create
    /// the same new database at once do not both run schema.sql: the second waits for the write
    /// lock, then finds the schema in place.
    ///
    /// - Throws: `SchemaError.versionMismatch` for a database of another version, and
    ///   `SchemaError.notArgkb` for a non-empty database that argkb did not create.
    public func prepareSchema() throws {
        // A rebuilt table is dropped and made again while others refer to it: with foreign keys on,
        // dropping it would delete their rows (ON DELETE CASCADE). The pragma cannot change inside
        // a transaction, so it is set around it, for an upgrade only.
        let upgrading = try !isEmpty() && (1..<Self.schemaVersion).contains(userVersion())
        if upgrading { try execute("PRAGMA foreign_keys = OFF") }
        defer { if upgrading { try? execute("PRAGMA foreign_keys = ON") } }
        try inTransaction {
            if try isEmpty() {
                try execute(Self.schemaSQL)
                return
            }
            let version = try userVersion()
            if Self.canUpgrade(from: version), try isArgkbDatabase() {
                // Views name tables that a step may rebuild; they are made again at the end.
                try dropViews()
                for step in version..<Self.schemaVersion {
                    // New tables first: a step's SQL may fill them.
                    for table in Self.createdTables[step] ?? [] where try !hasTable(table) {
                        for statement in Self.schemaStatements(of: table) { try execute(statement) }
                    }
                    try execute(Self.upgrades[step] ?? "")
                    for renamed in Self.renamedTables[step] ?? [] where try hasTable(renamed.from) && !hasTable(renamed.to) {
                        try execute("ALTER TABLE \(renamed.from) RENAME TO \(renamed.to)")
                        for column in renamed.droppedColumns {
                            try execute("ALTER TABLE \(renamed.to) DROP COLUMN \(column)")
                        }
                    }
                    for table in Self.rebuiltTables[step] ?? [] { try rebuild(table) }
                    for trigger in Self.createdTriggers[step] ?? [] {
                        try execute("DROP TRIGGER IF EXISTS \(trigger)")
                        try execute(Self.schemaStatement(ofTrigger: trigger))
                    }
                    for added in Self.addedColumns[step] ?? [] where try !hasColumn(added.table, added.column) {
                        try execute("ALTER TABLE \(added.table) ADD COLUMN \(added.column) \(added.definition)")
                    }
                }
                try recreateViews()
                try execute("PRAGMA user_version = \(Self.schemaVersion)")
                upgradedFrom = version
            }
        }
        try checkSchemaVersion()
    }

    /// True when `table` has a column named `column`.
    func hasColumn(_ table: String, _ column: String) throws -> Bool {
        try scalar("SELECT count(*) FROM pragma_table_xinfo(?) WHERE name = ?", [table, column])?.int == 1
    }

    /// True when the database has a table of that name.
    func hasTable(_ table: String) throws -> Bool {
        try scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", [table])?.int == 1
    }

    /// Drops every view and creates schema.sql's views again.
    func recreateViews() throws {
        try dropViews()
        for statement in Self.viewStatements { try execute(statement) }
    }

    /// Drops every view.
    func dropViews() throws {
        let views = try rows("SELECT name FROM sqlite_master WHERE type = 'view'").compactMap { $0.string("name") }
        for view in views { try execute("DROP VIEW \"\(view.replacingOccurrences(of: "\"", with: "\"\""))\"") }
    }

    /// Makes `table` again as schema.sql defines it, with its rows (the columns both have): the
    /// old table is renamed, the new one created with schema.sql's text (so `.schema` shows it as a
    /// new database does), filled, the old one dropped with its indexes, the new indexes created.
    ///
    /// A column `<name>_code` the old table lacks is filled from the old text column `<name>`
    /// through its closed set (`textToCode`); generated columns are not written. A table already
    /// as schema.sql defines it (rebuilt by an earlier step) is left alone. The rename keeps the
    /// other tables' foreign keys on the name (`legacy_alter_table`, with foreign keys off).
    func rebuild(_ table: String) throws {
        let statements = Self.schemaStatements(of: table)
        guard let create = statements.first(where: { $0.hasPrefix("CREATE TABLE") }) else { return }
        let current = try scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table])?.string
        if current.map({ $0 + ";" }) == create { return }
        let old = table + "_before_upgrade"
        try execute("PRAGMA legacy_alter_table = ON")
        do {
            try execute("ALTER TABLE \(table) RENAME TO \(old)")
        } catch {
            // Off again for the connection, whose later renames (7 -> 8) must rewrite references.
            try? execute("PRAGMA legacy_alter_table = OFF")
            throw error
        }
        try execute("PRAGMA legacy_alter_table = OFF")
        try execute(create)
        let oldColumns = Set(try rows("SELECT name FROM pragma_table_info(?)", [old]).compactMap { $0.string("name") })
        var columns: [String] = []
        var values: [String] = []
        for column in try rows("SELECT name FROM pragma_table_info(?)", [table]).compactMap({ $0.string("name") }) {
            if oldColumns.contains(column) {
                columns.append(column)
                values.append(column)
            } else if column.hasSuffix("_code"), case let text = String(column.dropLast("_code".count)),
                oldColumns.contains(text), let set = Self.closedSet(of: table, text)
            {
                columns.append(column)
                values.append(set.textToCode(text))
            }
        }
        try execute(
            "INSERT INTO \(table) (\(columns.joined(separator: ", "))) SELECT \(values.joined(separator: ", ")) FROM \(old)")
        try execute("DROP TABLE \(old)")
        for statement in statements where statement.hasPrefix("CREATE INDEX") { try execute(statement) }
    }

    /// schema.sql's statements about `table`: its `CREATE TABLE`, its `INSERT`s and its `CREATE INDEX`es.
    static func schemaStatements(of table: String) -> [String] {
        schemaStatements.filter { statement in
            statement.hasPrefix("CREATE TABLE \(table) (") || statement.hasPrefix("INSERT INTO \(table) (")
                || (statement.hasPrefix("CREATE INDEX") && statement.contains(" ON \(table) ("))
                || statement.hasPrefix("CREATE VIRTUAL TABLE \(table) USING")
                || (statement.hasPrefix("CREATE TRIGGER") && statement.contains("INSERT INTO \(table) ("))
        }
    }

    /// schema.sql's `CREATE TRIGGER` statement of the trigger `name` (empty when there is none).
    static func schemaStatement(ofTrigger name: String) -> String {
        schemaStatements.first { $0.hasPrefix("CREATE TRIGGER \(name) ") } ?? ""
    }

    /// The statements of schema.sql, comments left out (each ends with a `;` at the end of a line, a
    /// trigger with its `END;`).
    static var schemaStatements: [String] {
        var statements: [String] = []
        var current: [Substring] = []
        for line in schemaSQL.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current.isEmpty, trimmed.isEmpty || trimmed.hasPrefix("--") { continue }
            current.append(line)
            let code = codeOf(line).trimmingCharacters(in: .whitespaces)
            // A trigger's body has statements of its own: the trigger ends at its `END;`.
            let inTrigger = current.first?.hasPrefix("CREATE TRIGGER") == true
            if inTrigger ? code == "END;" : code.hasSuffix(";") {
                statements.append(current.joined(separator: "\n"))
                current = []
            }
        }
        return statements
    }

    /// A line of SQL without its `--` comment (outside quotes).
    private static func codeOf(_ line: Substring) -> Substring {
        var inQuotes = false
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if character == "'" { inQuotes.toggle() }
            if !inQuotes, character == "-", previous == "-" { return line[..<line.index(before: index)] }
            previous = character
        }
        return line
    }

    /// The `CREATE VIEW` statements of schema.sql, in order.
    static var viewStatements: [String] {
        schemaStatements.filter { $0.hasPrefix("CREATE VIEW") }
    }

    /// True when `prepareSchema` takes a database of `version` to `schemaVersion`.
    public static func canUpgrade(from version: Int) -> Bool {
        version >= 1 && version < schemaVersion && (version..<schemaVersion).allSatisfy { upgrades[$0] != nil }
    }

    /// Throws unless the database is an argkb database of `schemaVersion`, or, when `upgradable`,
    /// of an older version that `prepareSchema` upgrades.
    public func checkSchemaVersion(upgradable: Bool = false) throws {
        let version = try userVersion()
        if try version == 0 || !isArgkbDatabase() {
            throw SchemaError.notArgkb(path: path)
        }
        if version == Self.schemaVersion || (upgradable && Self.canUpgrade(from: version)) { return }
        throw SchemaError.versionMismatch(path: path, found: version, expected: Self.schemaVersion)
    }
}

/// A database that argkb cannot use as it is.
public enum SchemaError: Error, CustomStringConvertible, Equatable {
    /// The file is a SQLite database, but not one argkb created (user_version 0, tables present).
    case notArgkb(path: String)
    /// The file was made by another version of argkb.
    case versionMismatch(path: String, found: Int, expected: Int)
    /// The database has not been created yet.
    case missing(path: String)
    /// The path names a folder.
    case notAFile(path: String)
    /// argkb must write and cannot (a read-only file or folder).
    case notWritable(path: String, reason: String)
    /// `init --force` found something other than an argkb database at the path.
    case notReplaceable(path: String, reason: String)

    public var description: String {
        switch self {
        case .notArgkb(let path):
            return "\(path) is a SQLite database but not an argkb database; use another --db path"
        case .versionMismatch(let path, let found, let expected) where found > expected:
            return "\(path) has schema version \(found), newer than this argkb (\(expected)); upgrade argkb"
        case .versionMismatch(let path, let found, let expected) where found >= 1 && found < expected:
            return
                "\(path) has schema version \(found); this argkb needs \(expected): `argkb ingest` upgrades it (or re-create it with `argkb init --force`)"
        case .versionMismatch(let path, let found, let expected):
            return
                "\(path) has schema version \(found); this argkb needs \(expected): re-create it with `argkb init --force` and ingest again"
        case .missing(let path):
            return "no database at \(path): run `argkb init` (or `argkb ingest`, which creates it)"
        case .notAFile(let path):
            return "\(path) is a folder, not a database file; give --db a file path such as \(path)/argkb.db"
        case .notReplaceable(let path, let reason):
            return
                "\(path) \(reason); argkb init --force replaces only an argkb database, so nothing was changed: give --db another path"
        case .notWritable(let path, let reason):
            return "cannot write the database \(path): \(reason); read it with the other commands, or copy it somewhere writable"
        }
    }
}
