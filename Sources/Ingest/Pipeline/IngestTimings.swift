import Dispatch
import Foundation

/// Where an ingest run spent its time, for `argkb ingest --timings` and the benchmark.
///
/// Stages and writing are CPU seconds of the thread doing them (so other processes on the machine
/// do not inflate them), summed over documents and extraction threads: with two threads they can
/// add up to twice the wall time. Waiting and the total are wall seconds.
public struct IngestTimings: Sendable, Equatable {
    /// Extraction stages, in pipeline order, summed over documents.
    public static let stageNames = [
        "read", "normalize", "segment", "actors", "candidates", "claims", "verdicts",
        "relations", "links",
    ]
    /// Seconds per stage, in the order of `stageNames`.
    public var stages = [Double](repeating: 0, count: IngestTimings.stageNames.count)
    /// The writer storing documents, inside its transactions (CPU).
    public var writing = 0.0
    /// The writer waiting for extraction to hand it the next batch.
    public var waiting = 0.0
    /// A bulk load's index building and foreign-key check (CPU).
    public var indexing = 0.0
    /// Linking claims across sources, labelling acceptability and applying curation (CPU).
    public var linking = 0.0
    /// The whole run.
    public var total = 0.0

    public init() {}

    mutating func add(_ times: StageTimes) {
        for index in stages.indices { stages[index] += times.seconds[index] }
    }

    /// Rows of stage name and seconds, extraction stages first, then the writer's.
    public var rows: [(String, Double)] {
        Array(zip(Self.stageNames, stages)) + [
            ("write", writing), ("wait for extraction", waiting), ("bulk index build", indexing),
            ("link across sources", linking), ("total (wall)", total),
        ]
    }
}

/// The durations of one document's stages, measured by `DocumentProcessor`.
public struct StageTimes: Sendable {
    public var seconds = [Double](repeating: 0, count: IngestTimings.stageNames.count)

    /// A stopwatch over consecutive stages: each `lap` charges the time since the last to a stage.
    struct Stopwatch {
        private var last = threadCPUSeconds()
        private(set) var times = StageTimes()

        mutating func lap(_ stage: Int) {
            let now = threadCPUSeconds()
            times.seconds[stage] += now - last
            last = now
        }
    }
}

/// Wall seconds since `start` (a `DispatchTime` uptime in nanoseconds).
func secondsSince(_ start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The CPU seconds the calling thread has used (`CLOCK_THREAD_CPUTIME_ID`).
func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
