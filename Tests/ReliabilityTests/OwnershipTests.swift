import Foundation
import Store
import Testing

/// argkb never destroys or changes what is not its own (issue 13): `init --force` deletes only an
/// argkb database, `-o FILE` writes into what is there without replacing a device, a FIFO, a
/// link or another user's file, and a database argkb refuses keeps every byte. Every node is made
/// in the test's own temporary folder, never in /dev.
@Suite struct OwnershipTests {
    static let isRoot = getuid() == 0

    private func makeDatabase(_ runner: ArgkbProcess, _ name: String) throws -> String {
        let article = try runner.write(
            "in-\(name)/a.txt", Data("A pact\n\nAn alliance between Russia and China is unlikely.\n".utf8))
        let path = runner.path(name)
        let result = try runner.run(["ingest", "--db", path, article])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    @Test func initForceNeverDeletesAFolderOrAFileThatIsNotAnArgkbDatabase() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        // A folder with contents, named directly and through "..".
        try runner.write("d/sub/keep.txt", Data("x".utf8))
        try runner.write("d/f", Data("x".utf8))
        for target in ["d", "d/sub/..", runner.path("d")] {
            let result = try runner.run(["init", "--force", "--db", target])
            #expect(result.status == 1, "\(target): \(result.stderr)")
            #expect(
                result.stderr.contains("is a folder; argkb init --force replaces only an argkb database, so nothing was changed"),
                "\(target): \(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: runner.path("d/sub/keep.txt")))
            #expect(FileManager.default.fileExists(atPath: runner.path("d/f")))
        }
        // A text file (a copy of a password file), another program's SQLite file, a link.
        let passwd = try runner.write("passwd", Data("root:x:0:0:root:/root:/bin/bash\n".utf8))
        let foreign = runner.path("foreign.db")
        try BadInputMatrixTests.sqlite(foreign, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        let database = try makeDatabase(runner, "real.db")
        let link = runner.path("link.db")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: database)
        let cases: [(String, String)] = [
            (passwd, "is not a SQLite database"), (foreign, "is not an argkb database"),
            (link, "is a symbolic link"),
        ]
        for (path, reason) in cases {
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let result = try runner.run(["init", "--force", "--db", path])
            #expect(result.status == 1, "\(path): \(result.stderr)")
            #expect(result.stderr.contains(reason), "\(path): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
        var info = stat()
        #expect(lstat(link, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test func initForceStartsAnArgkbDatabaseOrAnEmptyFileOver() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let database = try makeDatabase(runner, "real.db")
        let sourcesBefore = try runner.run(["sql", "SELECT count(*) FROM sources", "--db", database, "--csv", "--no-headers"])
        #expect(sourcesBefore.stdout == "1\r\n")
        let again = try runner.run(["init", "--force", "--db", database])
        #expect(again.status == 0, "\(again.stderr)")
        let sourcesAfter = try runner.run(["sql", "SELECT count(*) FROM sources", "--db", database, "--csv", "--no-headers"])
        #expect(sourcesAfter.stdout == "0\r\n")
        let empty = try runner.write("empty.db", Data())
        #expect(try runner.run(["init", "--force", "--db", empty]).status == 0)
        #expect(try Database(path: empty, mode: .readOnly).applicationID() == Database.applicationID)
    }

    @Test func outputIntoAFIFOIsWrittenInPlaceAndTheFIFOStays() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let database = try makeDatabase(runner, "real.db")
        let fifo = runner.path("map.fifo")
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader on the FIFO, as a user's `cat map.fifo` would be.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let pipe = Pipe()
        reader.standardOutput = pipe
        try reader.run()
        let result = try runner.run(["map", "--db", database, "--format", "json", "-o", fifo])
        let read = pipe.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("{"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "the FIFO was replaced")
    }

    @Test(.enabled(if: OwnershipTests.isRoot, "mknod needs root"))
    func outputIntoADeviceNodeIsWrittenInPlaceAndTheNodeStays() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let database = try makeDatabase(runner, "real.db")
        let node = runner.path("null-device")
        // Major 1, minor 3: the null device, made here so nothing outside the folder is touched.
        #expect(mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        let result = try runner.run(["map", "--db", database, "--format", "json", "-o", node])
        #expect(result.status == 0, "\(result.stderr)")
        var info = stat()
        #expect(lstat(node, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR, "the device node was replaced")
    }

    @Test func outputKeepsAFilesModeItsLinksAndItsHardLinks() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let database = try makeDatabase(runner, "real.db")
        // Mode kept.
        let privateFile = try runner.write("private.dot", Data("old".utf8))
        #expect(chmod(privateFile, 0o640) == 0)
        #expect(try runner.run(["map", "--db", database, "-o", privateFile]).status == 0)
        var info = stat()
        #expect(stat(privateFile, &info) == 0 && info.st_mode & 0o777 == 0o640, "mode \(String(info.st_mode & 0o777, radix: 8))")
        #expect(try String(contentsOfFile: privateFile, encoding: .utf8).hasPrefix("digraph"))
        // A symbolic link stays a link; its target gets the map.
        let target = try runner.write("target.dot", Data("old".utf8))
        let symlink = runner.path("link.dot")
        try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: target)
        #expect(try runner.run(["map", "--db", database, "-o", symlink]).status == 0)
        #expect(lstat(symlink, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK, "the link was replaced")
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("digraph"))
        // Two hard links: both names see the new contents.
        let first = try runner.write("first.dot", Data("old".utf8))
        let second = runner.path("second.dot")
        #expect(link(first, second) == 0)
        #expect(try runner.run(["map", "--db", database, "-o", second]).status == 0)
        #expect(try String(contentsOfFile: first, encoding: .utf8).hasPrefix("digraph"))
        #expect(stat(first, &info) == 0 && info.st_nlink == 2)
        // A folder is refused with a plain reason.
        try FileManager.default.createDirectory(atPath: runner.path("folder"), withIntermediateDirectories: true)
        let folder = try runner.run(["map", "--db", database, "-o", runner.path("folder")])
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("is a folder; give a file name"), "\(folder.stderr)")
        #expect(!folder.stderr.contains("NSCocoaErrorDomain"))
    }

    @Test(.enabled(if: OwnershipTests.isRoot, "chown needs root"))
    func outputKeepsAnotherUsersFileOwned() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let database = try makeDatabase(runner, "real.db")
        let owned = try runner.write("theirs.dot", Data("old".utf8))
        #expect(chown(owned, 65534, 65534) == 0)  // nobody:nogroup
        #expect(chmod(owned, 0o664) == 0)
        #expect(try runner.run(["map", "--db", database, "-o", owned]).status == 0)
        var info = stat()
        #expect(stat(owned, &info) == 0)
        #expect(info.st_uid == 65534 && info.st_gid == 65534 && info.st_mode & 0o777 == 0o664)
        #expect(try String(contentsOfFile: owned, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func pathsThatCannotNameADatabaseAreRefused() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let memory = try runner.run(["ingest", runner.path("none")], environment: ["ARGKB_DB": ":memory:"])
        #expect(memory.status == 64)
        #expect(memory.stderr.contains("is an in-memory database, which keeps nothing"), "\(memory.stderr)")
        let trailing = try runner.run(["init", "--db", "trail/"])
        #expect(trailing.status == 64)
        #expect(trailing.stderr.contains("names a folder, not a database file"), "\(trailing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: runner.path("trail")))
        // "file:" is a file name like any other: written and read under the same name.
        let article = try runner.write("in/a.txt", Data("A pact\n\nAn alliance is unlikely.\n".utf8))
        #expect(try runner.run(["ingest", "--db", "file:uri.db", article]).status == 0)
        #expect(FileManager.default.fileExists(atPath: runner.path("file:uri.db")))
        #expect(!FileManager.default.fileExists(atPath: runner.path("uri.db")))
        let read = try runner.run(["sql", "SELECT count(*) FROM sources", "--db", "file:uri.db", "--csv", "--no-headers"])
        #expect(read.stdout == "1\r\n", "\(read.stderr)")
    }

    @Test func linksOutOfTheIngestedFolderAreSkippedAndSaid() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        try runner.write("corpus/a.txt", Data("A pact\n\nAn alliance is unlikely.\n".utf8))
        let secret = try runner.write("secret/passwd.txt", Data("root:x:0:0:root:/root:/bin/bash\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: runner.path("corpus/leak.txt"), withDestinationPath: secret)
        let result = try runner.run(["ingest", runner.path("corpus")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("skipped: \(runner.path("corpus/leak.txt")): a symbolic link out of the folder"),
            "\(result.stderr)")
        let texts = try runner.run(["sql", "SELECT count(*) FROM sources WHERE text LIKE '%root:x%'", "--csv", "--no-headers"])
        #expect(texts.stdout == "0\r\n")
        let followed = try runner.run(["ingest", "--follow-links", runner.path("corpus")])
        #expect(followed.status == 0, "\(followed.stderr)")
        let stored = try runner.run(["sql", "SELECT count(*) FROM sources", "--csv", "--no-headers"])
        #expect(stored.stdout == "2\r\n")
    }
}
