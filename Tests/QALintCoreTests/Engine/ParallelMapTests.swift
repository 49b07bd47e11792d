import Foundation
import Synchronization
import Testing
@testable import QALintCore

@Suite("ParallelMap: runs of items and two tasks side by side")
struct ParallelMapTests {
    @Test("runs of consecutive items cover every item once, in order, as evenly as can be")
    func runs() {
        for (count, runs) in [(0, 1), (1, 3), (10, 3), (4_096, 2), (1_000, 7), (5, 0)] {
            let ranges = ParallelMap.map(runsOf: count, runs: runs, jobs: 2) { $0 }
            #expect(ranges.count == max(1, runs))
            #expect(ranges.flatMap { Array($0) } == Array(0..<count), "count \(count), runs \(runs)")
            let sizes = ranges.map(\.count)
            #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        }
    }

    @Test("both: the first task on another thread with two jobs, on this one with one; both results returned")
    func both() {
        for jobs in [1, 2] {
            let caller = Int(bitPattern: pthread_self())
            let ranElsewhere = Mutex(false)
            let (first, second) = ParallelMap.both(jobs: jobs, { () -> Int in
                ranElsewhere.withLock { $0 = Int(bitPattern: pthread_self()) != caller }
                return 7
            }, { "second" })
            #expect(first == 7 && second == "second")
            #expect(ranElsewhere.withLock { $0 } == (jobs > 1), "jobs \(jobs)")
        }
    }
}
