import Foundation
import Testing

@testable import Ingest

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ExtractionPoolTests {
    /// Collects what jobs report from several threads, and lets a test wait for a number of reports.
    final class Reports<Value: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private var values: [Value] = []
        func add(_ value: Value) { condition.lock(); values.append(value); condition.broadcast(); condition.unlock() }
        func wait(for count: Int) -> [Value] {
            condition.lock(); defer { condition.unlock() }
            while values.count < count { condition.wait() }
            return values
        }
    }

    @Test func oneThreadRunsTheJobsInTheOrderSubmitted() throws {
        let pool = try ExtractionPool(threads: 1)
        defer { pool.close() }
        let reports = Reports<Int>()
        pool.submit((0..<500).map { number in { reports.add(number) } })
        pool.submit((500..<1_700).map { number in { reports.add(number) } })
        #expect(reports.wait(for: 1_700) == Array(0..<1_700))
    }

    @Test func severalThreadsRunEveryJobOnce() throws {
        let pool = try ExtractionPool(threads: 4)
        defer { pool.close() }
        let reports = Reports<Int>()
        for round in 0..<20 { pool.submit((0..<100).map { number in { reports.add(round * 100 + number) } }) }
        #expect(reports.wait(for: 2_000).sorted() == Array(0..<2_000))
    }

    #if os(Linux)
        /// The writer submits; the extraction threads run at a higher nice value, so that the kernel
        /// gives the writer a core when both want one.
        @Test func jobsRunAtALowerPriorityThanTheSubmitter() throws {
            let submitter = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            let pool = try ExtractionPool(threads: 2)
            defer { pool.close() }
            let reports = Reports<Int32>()
            pool.submit((0..<4).map { _ in { reports.add(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)) } })
            let expected = min(19, submitter + ExtractionPool.niceIncrement)
            #expect(reports.wait(for: 4) == Array(repeating: expected, count: 4))
            #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == submitter)
        }
    #endif
}
