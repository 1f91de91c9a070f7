import Foundation
import Testing

/// An ingest killed with SIGKILL at random points: after each kill the database is sound, every
/// source in it is whole (all its paragraphs, sentences, mentions, claims, relations or none), and
/// a re-run ends with exactly the rows of a clean run.
///
/// `make test` kills 5 times over 60 articles; `make stress` (ARGKB_STRESS=1) 50 times over 300.
/// Batches of 8 articles a transaction (the default is 64) give many commits to fall between.
@Suite struct CrashSafetyTests {
    @Test func killedIngestsLeaveWholeSourcesAndARerunMatchesACleanRun() throws {
        let kills = ArgkbProcess.stress ? 50 : 5
        let articles = ArgkbProcess.stress ? 300 : 60
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: articles)

        // The clean run, timed, as the reference.
        let clean = runner.path("clean.db")
        let started = Date()
        let cleanRun = try runner.run(["ingest", "--db", clean, "--batch-size", "8", corpus])
        let cleanSeconds = Date().timeIntervalSince(started)
        #expect(cleanRun.status == 0, "\(cleanRun.stderr)")
        let reference = try DatabaseChecks.perSource(clean)
        let referenceCounts = try DatabaseChecks.counts(clean)
        #expect(reference.count == articles)

        var generator = SeededGenerator(seed: 20_261_122)
        var killedWithSources = 0
        for round in 1...kills {
            let db = runner.path("killed-\(round).db")
            // A delay anywhere from the start (schema, lexicons) to the end (linking, curation).
            let delay = Double.random(in: 0.05...(cleanSeconds * 1.05), using: &generator)
            let process = try runner.start(["ingest", "--db", db, "--batch-size", "8", corpus])
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let note: Comment =
                "round \(round), killed after \(String(format: "%.2f", delay)) s of \(String(format: "%.2f", cleanSeconds))"
            guard FileManager.default.fileExists(atPath: db) else { continue }  // killed before it created the file

            #expect(try DatabaseChecks.integrity(db) == "ok", note)
            try DatabaseChecks.ftsIntegrity(db)
            let partial = try DatabaseChecks.perSource(db)
            if !partial.isEmpty { killedWithSources += 1 }
            for (path, rows) in partial {
                #expect(reference[path] == rows, "\(note): \(path) is not whole")
            }

            let rerun = try runner.run(["ingest", "--db", db, corpus])
            #expect(rerun.status == 0, "\(note): \(rerun.stderr)")
            #expect(try DatabaseChecks.perSource(db) == reference, note)
            #expect(try DatabaseChecks.counts(db) == referenceCounts, note)
            try? FileManager.default.removeItem(atPath: db)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        }
        print(
            "crash safety: \(kills) kills over \(articles) articles (clean run \(String(format: "%.1f", cleanSeconds)) s); \(killedWithSources) left some sources behind, all whole"
        )
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
