import Foundation
import Testing

/// Ingest progress goes to stderr only when stderr is a terminal.
@Suite struct ProgressTests {
    @Test func silentWhenStderrIsNotATerminal() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        let result = try runner.run(["ingest", BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path])
        #expect(!result.stderr.contains("files/s"))
        #expect(!result.stderr.contains("\r"))
        #expect(result.stderr == "ingest run 1: 5 files, 5 stored, 0 unchanged, 0 refused; 190 sentences\n")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func shownOnATerminal() throws {
        let runner = try BinaryRunner()
        defer { runner.remove() }
        // script(1) gives the command a pseudo-terminal, as a user's shell would.
        let command = [
            BinaryRunner.binary.path, "ingest", "--db", runner.databasePath,
            BinaryRunner.repositoryRoot.appendingPathComponent("data/sources").path,
        ]
        .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let result = try runner.run(["-qec", command, "/dev/null"], executable: URL(fileURLWithPath: "/usr/bin/script"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\r\u{1B}[Kingest: 5/5 files, 190 sentences, "))
        #expect(result.stdout.contains(" files/s"))
        #expect(result.stdout.contains("ingest run 1: 5 files, 5 stored"))
    }
}
