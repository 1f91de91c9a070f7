import Foundation
import Testing

/// Readers during an ingest, and two ingests at once.
@Suite struct ConcurrencyTests {
    /// `sql`, `search` and `ask` run again and again while an ingest writes: none fails (no
    /// "database is locked"), each sees one consistent snapshot, and the counts only grow.
    @Test func readersDuringAnIngestSeeConsistentSnapshots() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: ArgkbProcess.stress ? 300 : 80)
        #expect(try runner.run(["init"]).status == 0)
        let ingest = try runner.start(["ingest", corpus])
        var reads = 0
        var lastSources = 0
        var sawGrowth = Set<Int>()
        while ingest.isRunning || reads < 3 {
            // One statement, one snapshot: every source counted has its sentences, and vice versa.
            let snapshot = try runner.run([
                "sql",
                """
                SELECT (SELECT count(*) FROM sources) AS sources,
                       (SELECT count(DISTINCT source_id) FROM sentences) AS with_sentences,
                       (SELECT count(*) FROM sentences) AS sentences,
                       (SELECT count(*) FROM sentences_fts) AS indexed
                """, "--csv", "--no-headers",
            ])
            #expect(snapshot.status == 0, "\(snapshot.stderr)")
            #expect(!snapshot.stderr.contains("locked"))
            let fields = snapshot.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap {
                Int($0)
            }
            if fields.count == 4 {
                #expect(fields[0] == fields[1] || fields[0] == 0, "a source without sentences: \(fields)")
                #expect(fields[2] == fields[3], "FTS index and sentences differ: \(fields)")
                #expect(fields[0] >= lastSources, "sources went from \(lastSources) to \(fields[0])")
                lastSources = fields[0]
                sawGrowth.insert(fields[0])
            }
            let search = try runner.run(["search", "alliance", "--limit", "3", "--json"])
            #expect(search.status == 0 && search.stdout.hasPrefix("["), "\(search.stderr)")
            let ask = try runner.run(["ask", "which sources call an alliance improbable", "--json"])
            #expect(ask.status == 0 || ask.stderr.contains("No answer"), "\(ask.stderr)")
            #expect(!search.stderr.contains("locked") && !ask.stderr.contains("locked"))
            reads += 1
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
        print("concurrency: \(reads) rounds of sql/search/ask during the ingest; saw \(sawGrowth.count) different source counts")
    }

    /// Two ingests of overlapping folders at once serialize: both succeed, each file is stored once,
    /// and the rows are those of one clean run.
    @Test func twoIngestsAtOnceSerialize() throws {
        let runner = try ArgkbProcess()
        defer { runner.remove() }
        let corpus = try runner.corpus("corpus", count: 60)
        let clean = runner.path("clean.db")
        #expect(try runner.run(["ingest", "--db", clean, corpus]).status == 0)

        #expect(try runner.run(["init"]).status == 0)
        let first = try runner.start(["ingest", corpus])
        let second = try runner.run(["ingest", corpus])
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("60 files, "), "\(second.stderr)")
        #expect(try DatabaseChecks.integrity(runner.databasePath) == "ok")
        #expect(try DatabaseChecks.perSource(runner.databasePath) == DatabaseChecks.perSource(clean))
        #expect(try DatabaseChecks.counts(runner.databasePath) == DatabaseChecks.counts(clean))
        let errors = try runner.run(["sql", "SELECT count(*) FROM ingest_errors", "--csv", "--no-headers"])
        #expect(errors.stdout == "0\r\n")
    }
}
