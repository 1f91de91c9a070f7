import Foundation
import Testing

/// Memory and time bounds, measured with /usr/bin/time (peak RSS). Slow: `make stress` only.
@Suite(.serialized, .enabled(if: ArgkbProcess.stress && FileManager.default.isExecutableFile(atPath: "/usr/bin/time")))
struct ResourceBoundTests {
    /// Peak resident memory in KiB and wall seconds of one argkb run.
    static func measure(_ runner: ArgkbProcess, _ arguments: [String]) throws -> (
        status: Int32, kib: Int, seconds: Double, stderr: String
    ) {
        let result = try runner.run(arguments, prefix: ["/usr/bin/time", "-f", "peak %M KiB, %e s"])
        let line = result.stderr.split(separator: "\n").last(where: { $0.hasPrefix("peak ") }) ?? ""
        let numbers = line.split(whereSeparator: { !$0.isNumber && $0 != "." }).compactMap { Double($0) }
        return (result.status, Int(numbers.first ?? -1), numbers.dropFirst().first ?? -1, result.stderr)
    }

    /// Documents are read, processed and written in batches: memory does not grow with the number of files.
    @Test func memoryDoesNotGrowWithTheNumberOfFiles() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let small = try runner.corpus("c100", count: 100)
        let large = try runner.corpus("c1000", count: 1000)
        let hundred = try Self.measure(runner, ["ingest", "--quiet", "--db", runner.path("100.db"), small])
        let thousand = try Self.measure(runner, ["ingest", "--quiet", "--db", runner.path("1000.db"), large])
        #expect(hundred.status == 0 && thousand.status == 0, "\(thousand.stderr)")
        print(
            "memory: 100 files peak \(hundred.kib / 1024) MiB in \(hundred.seconds) s; 1000 files peak \(thousand.kib / 1024) MiB in \(thousand.seconds) s"
        )
        #expect(Double(thousand.kib) < Double(hundred.kib) * 1.5 + 20 * 1024)
    }

    /// One 100 MB file (real paragraphs, repeated) is ingested whole, within the documented bound.
    @Test func oneHundredMegabyteFile() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("c400", count: 400)
        var paragraphs: [String] = []
        for case let url as URL in FileManager.default.enumerator(
            at: URL(fileURLWithPath: corpus), includingPropertiesForKeys: nil)!
        where url.pathExtension == "txt" {
            paragraphs.append(try String(contentsOf: url, encoding: .utf8))
        }
        let body = paragraphs.joined(separator: "\n\n")
        let path = runner.path("dump.txt")
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var written = 0
        while written < 100_000_000 {
            handle.write(Data(body.utf8))
            written += body.utf8.count
        }
        try handle.close()
        let run = try Self.measure(runner, ["ingest", "--quiet", path])
        #expect(run.status == 0, "\(run.stderr)")
        print("memory: one \(written / 1_000_000) MB file peak \(run.kib / 1024) MiB in \(run.seconds) s")
        #expect(run.kib < 6 * 1024 * 1024, "over the documented bound")
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
    }
}
