import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A fixed set of extraction threads that run jobs in the order they were submitted, at a lower
/// scheduling priority than the thread that submits them.
///
/// The ingest writer is the critical path (it alone writes SQLite), and with as many extraction
/// threads as cores the kernel gave it only two thirds of a core. Extraction threads with a higher
/// nice value still take every cycle the writer leaves, so the cores stay busy; they only yield
/// when the writer has work. With this pool two batches ahead of the writer, an ingest of 10k
/// articles on 2 cores took 0.54 s of wall time per second of CPU, where the Dispatch threads one
/// batch ahead took 0.59 (0.50 is both cores busy throughout; 3 runs each).
final class ExtractionPool: @unchecked Sendable {
    /// The nice value added to the extraction threads (0 = same priority as the writer).
    static let niceIncrement: Int32 = 10

    private let condition = NSCondition()
    /// Queued jobs from `next` on; a job taken is replaced by nil so that what it holds (a batch's
    /// documents) is freed when it is done.
    private var jobs: [(() -> Void)?] = []
    private var next = 0
    private var closed = false

    /// Starts `threads` threads (at least one). When the system cannot create them all, the pool
    /// runs with those it could; when it cannot create one, that is an error, never a silent hang.
    /// - Throws: `PoolError` with the system's reason when no thread could be started.
    init(threads: Int) throws {
        for _ in 0..<max(1, threads) {
            let context = Unmanaged.passRetained(self)
            var thread = pthread_t()
            let code = pthread_create(
                &thread, nil,
                { raw in
                    guard let raw else { return nil }
                    let pool = Unmanaged<ExtractionPool>.fromOpaque(raw).takeRetainedValue()
                    ExtractionPool.lowerPriority()
                    pool.runJobs()
                    return nil
                }, context.toOpaque())
            guard code == 0 else {
                context.release()
                if threadCount == 0 { throw PoolError(reason: String(cString: strerror(code))) }
                break
            }
            pthread_detach(thread)
            threadCount += 1
        }
    }

    /// The threads running.
    private(set) var threadCount = 0

    /// No extraction thread could be started.
    struct PoolError: Error, CustomStringConvertible {
        let reason: String
        var description: String { "cannot start an extraction thread: \(reason)" }
    }

    /// Queues jobs, to run after those queued before.
    func submit(_ newJobs: [() -> Void]) {
        condition.lock()
        if next == jobs.count {  // every job taken: start the queue again
            jobs.removeAll(keepingCapacity: true)
            next = 0
        } else if next > 1024 {
            jobs.removeFirst(next)
            next = 0
        }
        jobs.append(contentsOf: newJobs.map { Optional($0) })
        condition.broadcast()
        condition.unlock()
    }

    /// Lets the threads end once the queued jobs are done. The threads hold the pool until then,
    /// so every pool must be closed.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func runJobs() {
        while true {
            condition.lock()
            while next == jobs.count, !closed { condition.wait() }
            if next == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[next]
            jobs[next] = nil
            next += 1
            condition.unlock()
            job?()
        }
    }

    /// Raises the calling thread's nice value. On Linux the nice value is per thread, and
    /// `setpriority(PRIO_PROCESS, 0, …)` sets the calling thread's.
    fileprivate static func lowerPriority() {
        #if os(Linux)
            let current = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, current + niceIncrement)
        #endif
    }
}
