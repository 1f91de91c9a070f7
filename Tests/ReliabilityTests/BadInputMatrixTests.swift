import Foundation
import Store
import Testing

/// The bad-input matrix of issue 8, end to end on the binary: each input with its exit code and
/// message, and the database checked afterwards (integrity, the other sources' rows unchanged).
@Suite struct BadInputMatrixTests {
    /// A database holding two good articles, with their rows as a reference.
    struct Baseline {
        let runner: ArgkbProcess
        let perSource: [String: String]
        let counts: [String: Int]

        init() throws {
            runner = try ArgkbProcess()
            try runner.write(
                "base/one.txt",
                Data(
                    """
                    Russia and China

                    An alliance between Russia and China is unlikely, the author writes. Moscow wants a partner.
                    """.utf8))
            try runner.write(
                "base/two.md",
                Data(
                    """
                    A pact in Asia

                    By Jane Doe

                    Beijing says a military pact with Moscow is possible. But India doubts it.
                    """.utf8))
            let result = try runner.run(["ingest", runner.path("base")])
            #expect(result.status == 0, "baseline ingest failed: \(result.stderr)")
            perSource = try DatabaseChecks.perSource(runner.databasePath)
            counts = try DatabaseChecks.counts(runner.databasePath)
        }

        /// The database is sound and the two base sources are exactly as they were.
        func expectIntact(_ note: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok", note, sourceLocation: sourceLocation)
            let now = try DatabaseChecks.perSource(runner.databasePath)
            for (path, rows) in perSource {
                #expect(now[path] == rows, note, sourceLocation: sourceLocation)
            }
        }

        /// The reasons stored for the last run in ingest_errors.
        func lastErrors() throws -> String {
            try runner.run([
                "sql", "SELECT reason FROM ingest_errors WHERE run_id = (SELECT max(id) FROM ingest_runs) ORDER BY path",
                "--csv", "--no-headers",
            ]).stdout
        }
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let reason: String
        let message: String
        var testDescription: String { name }
    }

    static let refused: [Refused] = [
        Refused(name: "empty.txt", bytes: [], reason: "empty", message: "is empty"),
        Refused(
            name: "blank.txt", bytes: Array(" \n\t\r\n\u{00A0}\u{2003}\n".utf8), reason: "empty",
            message: "holds only white space"),
        Refused(
            name: "nul.txt", bytes: Array("text\u{0}with a NUL byte".utf8), reason: "binary",
            message: "is binary (contains NUL bytes), not text"),
        Refused(
            name: "image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], reason: "binary",
            message: "is binary (PNG image), not text"),
        Refused(
            name: "scan.md", bytes: Array("%PDF-1.7\n".utf8), reason: "binary",
            message: "is binary (PDF document: name it .pdf to ingest it), not text"),
        Refused(
            name: "bad-utf8.txt", bytes: [0x41, 0x62, 0xC3, 0x28, 0x0A], reason: "invalid_utf8",
            message: "is not valid UTF-8 (first bad byte 0xC3 at offset 2)"),
        Refused(
            name: "latin1.txt", bytes: Array("Caf".utf8) + [0xE9, 0x20, 0x61, 0x75, 0x20, 0x6C, 0x61, 0x69, 0x74, 0x0A],
            reason: "invalid_utf8",
            message:
                "is not valid UTF-8 (first bad byte 0xE9 at offset 3); if it is Latin-1 or Windows-1252, convert it with: iconv -f WINDOWS-1252 -t UTF-8"
        ),
        Refused(
            name: "cp1252.txt", bytes: [0x93] + Array("quoted".utf8) + [0x94, 0x0A], reason: "invalid_utf8",
            message:
                "is not valid UTF-8 (first bad byte 0x93 at offset 0); if it is Latin-1 or Windows-1252, convert it with: iconv -f WINDOWS-1252 -t UTF-8"
        ),
        Refused(
            name: "bad-utf16.txt", bytes: [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8], reason: "unsupported_encoding",
            message: "has a UTF-16 byte-order mark but is not valid UTF-16"),
    ]

    @Test(arguments: refused)
    func aBadFileIsRefusedByNameAndTheRestIsUntouched(_ bad: Refused) throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let path = try base.runner.write("bad/\(bad.name)", Data(bad.bytes))
        try base.runner.write("bad/fine.txt", Data("A fine file\n\nAn alliance is doubtful.\n".utf8))
        let result = try base.runner.run(["ingest", base.runner.path("bad")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(path): \(bad.message)"), "\(result.stderr)")
        #expect(result.stderr.contains("2 files, 1 stored, 0 unchanged, 1 refused"))
        #expect(try base.lastErrors() == "\(bad.reason)\r\n")
        try base.expectIntact("after \(bad.name)")
        #expect(try DatabaseChecks.counts(base.runner.databasePath)["sources"] == 3)
    }

    struct Accepted: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }
    }

    static let article = "A pact in Asia\n\nBeijing says a military pact with Moscow is possible. But India doubts it.\n"
    static let accepted: [Accepted] = [
        Accepted(name: "lf.txt", bytes: Array(article.utf8)),
        Accepted(name: "utf8-bom.txt", bytes: [0xEF, 0xBB, 0xBF] + Array(article.utf8)),
        Accepted(name: "utf16le.txt", bytes: [0xFF, 0xFE] + article.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        Accepted(name: "utf16be.txt", bytes: [0xFE, 0xFF] + article.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        Accepted(name: "crlf.txt", bytes: Array(article.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        Accepted(name: "cr.txt", bytes: Array(article.replacingOccurrences(of: "\n", with: "\r").utf8)),
        Accepted(name: "it's a \"quoted\" name — ü 日本 (1).txt", bytes: Array(article.utf8)),
    ]

    /// Every encoding and line end argkb accepts gives the same text, sentences and claims as plain UTF-8 with LF.
    @Test(arguments: accepted)
    func anAcceptedEncodingGivesTheSameRows(_ file: Accepted) throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let path = try base.runner.write("in/\(file.name)", Data(file.bytes))
        let result = try base.runner.run(["ingest", path])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try base.runner.run([
            "sql",
            """
            SELECT s.path, s.text, group_concat(st.text, '|') FROM sources AS s JOIN sentences AS st ON st.source_id = s.id
            WHERE s.path = ? GROUP BY s.id
            """, "--param", path, "--json",
        ])
        #expect(rows.status == 0)
        #expect(
            rows.stdout.contains(
                "\"text\": \"A pact in Asia\\n\\nBeijing says a military pact with Moscow is possible. But India doubts it.\""),
            "\(rows.stdout)")
        #expect(rows.stdout.contains("A pact in Asia|Beijing says a military pact with Moscow is possible.|But India doubts it."))
        let claims = try base.runner.run([
            "sql", "SELECT count(*) FROM claims JOIN sources ON sources.id = claims.source_id WHERE path = ?",
            "--param", path, "--csv", "--no-headers",
        ])
        #expect(claims.stdout == "2\r\n")
        try base.expectIntact("after \(file.name)")
    }

    @Test func aLongLineWithNoNewlineIsIngestedInTime() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        // 512 KiB here (5 MB in make stress): about 6,000 sentences, thousands of claims, one line.
        let size = ArgkbProcess.stress ? 5 * 1024 * 1024 : 512 * 1024
        let sentence = "Russia and China may sign an alliance, which the author thinks unlikely. "
        let text = "One line\n\n" + String(repeating: sentence, count: size / sentence.utf8.count)
        let path = try base.runner.write("long.txt", Data(text.utf8))
        let started = Date()
        let result = try base.runner.run(["ingest", path])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < (ArgkbProcess.stress ? 120 : 30), "took \(seconds) s")
        let sentences = try base.runner.run([
            "sql", "SELECT count(*) FROM sentences JOIN sources ON sources.id = source_id WHERE path = ?",
            "--param", path, "--csv", "--no-headers",
        ])
        #expect(sentences.stdout == "\(size / sentence.utf8.count + 1)\r\n")
        try base.expectIntact("after the long line")
    }

    @Test func aFileOverTheLimitIsRefusedWithoutBeingRead() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        // A sparse 300 MB file: refused from its size (the limit is 256 MiB), never read into memory.
        let path = base.runner.path("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 300_000_000)
        try handle.close()
        let result = try base.runner.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(path): is 300000000 bytes, over the limit of 268435456 bytes"))
        #expect(try base.lastErrors() == "too_large\r\n")
        try base.expectIntact("after the huge file")
    }

    @Test func pathsThatAreNoFilesAreRefusedByName() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let runner = base.runner
        try FileManager.default.createDirectory(atPath: runner.path("links"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: runner.path("links/a.txt"), withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: runner.path("links/b.txt"), withDestinationPath: "a.txt")
        try FileManager.default.createSymbolicLink(atPath: runner.path("links/gone.md"), withDestinationPath: "nowhere.md")
        try FileManager.default.createSymbolicLink(atPath: runner.path("links/up"), withDestinationPath: "..")  // a folder loop
        try runner.write("links/ok.txt", Data("Fine\n\nAn alliance is unlikely.\n".utf8))
        let folder = try runner.run(["ingest", runner.path("links")])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("refused: \(runner.path("links/a.txt")): a symbolic link to nothing (or a link loop)"))
        #expect(folder.stderr.contains("refused: \(runner.path("links/gone.md")): a symbolic link to nothing (or a link loop)"))
        // The folder loop (links/up -> ..) is walked once: base/ and links/ok.txt are found through it, not twice.
        #expect(folder.stderr.contains("1 stored"), "\(folder.stderr)")

        let explicit = try runner.run(["ingest", runner.path("links/a.txt"), runner.path("no/such/file.txt")])
        #expect(explicit.status == 1)
        #expect(explicit.stderr.contains("refused: \(runner.path("links/a.txt")): a symbolic link to nothing (or a link loop)"))
        #expect(explicit.stderr.contains("refused: \(runner.path("no/such/file.txt")): no such file or folder"))
        #expect(try base.lastErrors() == "unreadable\r\nnot_found\r\n")
        try base.expectIntact("after links and missing paths")
    }

    @Test func aFolderWhereAFileIsExpected() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let runner = base.runner
        for arguments in [
            ["sources", "--db", runner.path("base")], ["ingest", "--db", runner.path("base"), runner.path("base")],
        ] {
            let result = try runner.run(arguments)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(runner.path("base")) is a folder, not a database file"), "\(result.stderr)")
        }
        let lexicons = try runner.run(["ingest", "--lexicons", runner.path("base/one.txt"), runner.path("base")])
        #expect(lexicons.status == 1)
        #expect(!lexicons.stderr.isEmpty && !lexicons.stderr.contains("Fatal error"), "\(lexicons.stderr)")
        try base.expectIntact("after folders as files")
    }

    /// chmod 000 and a read-only database only mean something to a user other than root: as root
    /// (as these tests often run) the checks run through `setpriv` as nobody; without it they are skipped.
    static var unprivileged: [String]? {
        if geteuid() != 0 { return [] }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }

    @Test(.enabled(if: unprivileged != nil, "needs a non-root user or setpriv"))
    func anUnreadableFileAndAReadOnlyDatabase() throws {
        let prefix = try #require(Self.unprivileged)
        let base = try Baseline()
        defer { base.runner.remove() }
        let runner = base.runner
        // A folder the unprivileged user can write, with a database of its own.
        let shared = runner.path("shared")
        try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: shared)
        let secret = try runner.write("shared/secret.txt", Data("Secret\n\nAn alliance is unlikely.\n".utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret)
        try runner.write("shared/open.txt", Data("Open\n\nAn alliance is likely.\n".utf8))
        // The unprivileged user may not reach the repository (a clone in a private temporary folder),
        // so it gets its own copies of the binary and the lexicons, readable by everyone.
        let binary = URL(fileURLWithPath: "\(shared)/argkb")
        try FileManager.default.copyItem(at: ArgkbProcess.binary, to: binary)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: binary.path)
        let lexicons = "\(shared)/lexicon"
        try FileManager.default.copyItem(
            atPath: ArgkbProcess.repositoryRoot.appendingPathComponent("data/lexicon").path,
            toPath: lexicons)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: lexicons)
        for file in try FileManager.default.contentsOfDirectory(atPath: lexicons) {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: "\(lexicons)/\(file)")
        }
        let env = ["ARGKB_LEXICONS": lexicons, "ARGKB_ANNOTATIONS": "\(shared)/no-annotations"]
        let own = "\(shared)/own.db"
        let unreadable = try runner.run(
            ["ingest", "--db", own, "\(shared)/secret.txt", "\(shared)/open.txt"],
            prefix: prefix, environment: env, binary: binary)
        #expect(unreadable.status == 1)
        #expect(unreadable.stderr.contains("refused: \(secret): cannot be read: permission denied"), "\(unreadable.stderr)")
        #expect(unreadable.stderr.contains("2 files, 1 stored, 0 unchanged, 1 refused"))

        // The baseline database, owned by root in a folder nobody else may write: readable, not writable.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: runner.folder.path)
        let read = try runner.run(
            ["sources", "--db", runner.databasePath, "--csv"], prefix: prefix, environment: env, binary: binary)
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("one,Russia and China"))
        let write = try runner.run(
            ["ingest", "--db", runner.databasePath, "\(shared)/open.txt"], prefix: prefix,
            environment: env, binary: binary)
        #expect(write.status == 1)
        #expect(
            write.stderr.contains("cannot write the database \(runner.databasePath): the file is read-only"), "\(write.stderr)")
        try base.expectIntact("after the unprivileged runs")
    }

    @Test func aFileThatChangesWhileItIsRead() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let path = base.runner.path("growing.txt")
        // 16 MB to start with, and a writer that keeps appending while argkb reads it.
        let line = "A line of a file that is still being written, about an alliance that is unlikely.\n"
        try Data(String(repeating: line, count: 16 * 1024 * 1024 / line.utf8.count).utf8).write(to: URL(fileURLWithPath: path))
        let writer = Appender(path: path, line: line, limit: 64 * 1024 * 1024)
        defer { writer.stop() }
        Thread.sleep(forTimeInterval: 0.3)
        let result = try base.runner.run(["ingest", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: \(path): changed while it was being read ("), "\(result.stderr)")
        #expect(result.stderr.contains("); ingest it again once it is complete"))
        #expect(try base.lastErrors() == "changed_while_reading\r\n")
        try base.expectIntact("after the growing file")
    }

    @Test func aForeignOrDamagedDatabaseIsRefusedAndLeftAsItWas() throws {
        let base = try Baseline()
        defer { base.runner.remove() }
        let runner = base.runner
        let article = try runner.write("in/a.txt", Data("A\n\nAn alliance is unlikely.\n".utf8))

        // A SQLite database of another program: refused, and not switched to WAL or touched at all.
        let foreign = runner.path("foreign.db")
        try Self.sqlite(foreign, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        let foreignBytes = try Data(contentsOf: URL(fileURLWithPath: foreign))
        let intoForeign = try runner.run(["ingest", "--db", foreign, article])
        #expect(intoForeign.status == 1)
        #expect(intoForeign.stderr.contains("\(foreign) is a SQLite database but not an argkb database; use another --db path"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: foreign)) == foreignBytes)
        #expect(!FileManager.default.fileExists(atPath: foreign + "-wal"))

        // One whose user_version happens to be one argkb upgrades from (1 to 3): refused before any
        // change (it used to be switched to WAL first), for writing and reading, also named as a URI.
        for version in 1...3 {
            let versioned = runner.path("foreign\(version).db")
            try Self.sqlite(versioned, "CREATE TABLE notes (body TEXT); PRAGMA user_version = \(version);")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: versioned))
            for arguments in [
                ["ingest", "--db", versioned, article], ["init", "--db", versioned], ["sources", "--db", versioned],
            ] {
                let result = try runner.run(arguments)
                #expect(result.status == 1, "\(arguments)")
                #expect(
                    result.stderr.contains("is a SQLite database but not an argkb database"), "\(arguments): \(result.stderr)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: versioned)) == bytes)
            #expect(!FileManager.default.fileExists(atPath: versioned + "-wal"))
        }

        // A file that is no database at all.
        let text = try runner.write("notes.db", Data(String(repeating: "not a database ", count: 500).utf8))
        for arguments in [
            ["sources", "--db", text], ["ingest", "--db", text, article],
            ["ask", "--db", text, "who says an alliance is possible"],
        ] {
            let result = try runner.run(arguments)
            #expect(result.status == 1 && !result.signaled)
            #expect(
                result.stderr.contains("file is not a database (it is not a SQLite database: give --db an argkb database"),
                "\(result.stderr)")
            #expect(!result.stderr.contains("init --force"), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: text)) == Data(String(repeating: "not a database ", count: 500).utf8))

        // A newer schema version: refused by name, for reading and writing, and not changed.
        let newer = runner.path("newer.db")
        try FileManager.default.copyItem(atPath: runner.databasePath, toPath: newer)
        try Self.sqlite(newer, "PRAGMA user_version = 99;")
        let newerBytes = try Data(contentsOf: URL(fileURLWithPath: newer))
        for arguments in [["sources", "--db", newer], ["ingest", "--db", newer, article]] {
            let result = try runner.run(arguments)
            #expect(result.status == 1)
            #expect(
                result.stderr.contains(
                    "\(newer) has schema version 99, newer than this argkb (\(Database.schemaVersion)); upgrade argkb"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: newer)) == newerBytes)

        // A damaged argkb database (pages overwritten): a clear error, never a crash.
        let damaged = runner.path("damaged.db")
        try Self.sqlite(runner.databasePath, "PRAGMA wal_checkpoint(TRUNCATE);")
        try FileManager.default.copyItem(atPath: runner.databasePath, toPath: damaged)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: damaged))
        try handle.seek(toOffset: 4096)
        handle.write(Data((0..<16_384).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }))
        try handle.close()
        for arguments in [
            ["sources", "--db", damaged], ["search", "--db", damaged, "alliance"], ["ingest", "--db", damaged, article],
        ] {
            let result = try runner.run(arguments)
            #expect(result.status == 1 && !result.signaled, "\(arguments[0]): \(result.stderr)")
            #expect(
                result.stderr.contains("the database is damaged: `sqlite3 FILE .recover` may save its rows"),
                "\(arguments[0]): \(result.stderr)")
        }
        try base.expectIntact("after foreign databases")
    }

    @Test func aFullDiskFailsCleanlyAndTheNextRunFinishes() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: 40)
        #expect(try runner.run(["init"]).status == 0)
        // At most 600 KiB per file (the database and its -wal), with SIGXFSZ ignored so that
        // writes fail with EFBIG as on a full disk instead of killing the process.
        let full = try runner.runInShell("trap '' XFSZ; ulimit -f 600", ["ingest", corpus])
        #expect(full.status == 1 && !full.signaled)
        #expect(full.stderr.contains("(writing failed: is the disk full, or the file over a size limit?)"), "\(full.stderr)")
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
        let status = try runner.run(["sql", "SELECT status FROM ingest_runs ORDER BY id", "--csv", "--no-headers"])
        #expect(status.stdout == "failed\r\n")
        // The failed run says what it saw and stored (it used to record 0 files while sources carried its id).
        let counts = try runner.run([
            "sql",
            """
            SELECT files_seen, files_stored = (SELECT count(*) FROM sources WHERE run_id = r.id) FROM ingest_runs AS r
            """, "--csv", "--no-headers",
        ])
        #expect(counts.stdout == "40,1\r\n", "\(counts.stdout)")
        // Whatever was committed is whole: every stored source has its sentences.
        let partial = try runner.run([
            "sql", "SELECT count(*) FROM sources WHERE id NOT IN (SELECT source_id FROM sentences)", "--csv", "--no-headers",
        ])
        #expect(partial.stdout == "0\r\n")
        let again = try runner.run(["ingest", corpus])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try DatabaseChecks.counts(runner.databasePath)["sources"] == 40)
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
    }

    /// Runs SQL with the sqlite3 shell (a different program than argkb, as a user would).
    static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", path, sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}

/// Appends to a file on a thread of its own until stopped or the file reaches `limit` bytes
/// (a bound, so a test that goes wrong cannot fill the disk).
final class Appender: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    init(path: String, line: String, limit: Int) {
        let thread = Thread { [self] in
            defer { done.signal() }
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            defer { try? handle.close() }
            var size = (try? handle.seekToEnd()).map(Int.init) ?? 0
            let data = Data(line.utf8)
            while size < limit && !isStopped {
                handle.write(data)
                size += data.count
                usleep(50)
            }
        }
        thread.start()
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    func stop() {
        lock.lock(); stopped = true; lock.unlock()
        done.wait()
    }
}
