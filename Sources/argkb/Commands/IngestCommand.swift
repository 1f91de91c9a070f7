import ArgumentParser
import Foundation
import Ingest
import Store

/// `argkb ingest PATH...`: reads articles into the database.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest articles (.txt, .md, .html, .htm, .xhtml, .pdf; files or folders, recursively) into the database.",
        discussion: """
            Unchanged files are skipped; a changed file replaces its earlier version atomically. A file
            that cannot be read (empty, binary, another encoding; an HTML page with no article text; a
            PDF that is truncated, encrypted or a scan without text) is reported by name on stderr and
            in the ingest_errors table, and the rest of the run goes on; the exit code is then 1. HTML
            pages keep their article and leave out the page furniture; PDFs are read with poppler-utils'
            pdftotext. The database is created when missing.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @OptionGroup var lexicons: LexiconOptions

    @Option(
        help: ArgumentHelp(
            "The curated annotations folder (default: $ARGKB_ANNOTATIONS, else ./data/annotations; optional).", valueName: "dir"))
    var annotations: String?

    @Option(help: "Extraction threads (default: the number of cores; at most \(IngestCommand.maximumJobs)).")
    var jobs: Int?

    @Flag(
        name: .customLong("follow-links"),
        help:
            "Follow symbolic links met in folders wherever they lead (by default a link out of the folders given is skipped, and said)."
    )
    var followLinks = false

    /// More threads than this only cost memory: extraction is CPU-bound.
    static let maximumJobs = 64

    /// Files from which a first load into an empty database is a bulk load (for the benchmark and
    /// the tests, which compare the two paths).
    @Option(name: .customLong("bulk-minimum"), help: .hidden)
    var bulkMinimum: Int?

    @Option(name: .customLong("batch-size"), help: .hidden)
    var batchSize: Int?  // documents per write transaction (tests use small ones to have many commits)

    @Flag(help: "Print no summary on stderr.")
    var quiet = false

    @Flag(help: "Print on stderr where the time went: each extraction stage (summed over threads), writing, linking.")
    var timings = false

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file or folder to ingest") }
        if let jobs, jobs < 1 || jobs > Self.maximumJobs {
            throw ValidationError("--jobs must be from 1 to \(Self.maximumJobs)")
        }
    }

    func run() throws {
        AllocatorTuning.keepFreedMemory()
        let environment = ProcessInfo.processInfo.environment
        let annotationFolder = URL(fileURLWithPath: annotations ?? environment["ARGKB_ANNOTATIONS"] ?? "data/annotations")
        let loaded = try lexicons.load()
        let curated = try Annotations(folder: annotationFolder)
        let db = try database.openForWriting()
        let runner = IngestRunner(db: db, lexicons: loaded, annotations: curated)
        if let jobs { runner.workers = jobs }
        runner.followLinks = followLinks
        if let batchSize { runner.batchSize = max(1, batchSize) }
        if let bulkMinimum { runner.bulkLoadMinimum = bulkMinimum }
        let showProgress = !quiet && Output.standardErrorIsTerminal
        let summary = try runner.run(paths: paths) { progress in
            guard showProgress else { return }
            let rate = progress.elapsedSeconds > 0 ? Double(progress.filesDone) / progress.elapsedSeconds : 0
            Output.progress(
                String(
                    format: "ingest: %d/%d files, %d sentences, %.0f files/s",
                    progress.filesDone, progress.filesTotal, progress.sentences, rate))
        }
        if showProgress { Output.progress(nil) }
        for refusal in summary.refusals { Output.warn("refused: \(refusal.path): \(refusal.message)") }
        for skipped in summary.skipped { Output.warn("skipped: \(skipped.path): \(skipped.message)") }
        for warning in summary.curationWarnings { Output.warn("curation: \(warning)") }
        if !quiet {
            Output.warn(
                "ingest run \(summary.runID): \(summary.filesSeen) files, \(summary.stored) stored, \(summary.unchanged) unchanged, \(summary.refusals.count) refused\(summary.skipped.isEmpty ? "" : ", \(summary.skipped.count) skipped"); \(summary.sentences) sentences"
            )
        }
        if timings {
            for (stage, seconds) in summary.timings.rows {
                Output.warn(
                    "timing: " + stage.padding(toLength: 22, withPad: " ", startingAt: 0)
                        + String(format: "%8.3f s", seconds))
            }
        }
        if !summary.refusals.isEmpty { throw ExitCode.failure }
    }
}
