import Dispatch
import Synchronization

/// Runs work items on a fixed number of threads and returns results in item order, so the
/// outcome never depends on which thread finished first.
enum ParallelMap {
    /// `transform(i)` for `i` in `0..<count`, on `jobs` threads.
    static func map<T: Sendable>(count: Int, jobs: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        map(count: count, jobs: jobs, perWorker: { index, _ in transform(index) })
    }

    /// `transform(i, worker)` for `i` in `0..<count`, on `jobs` threads; `worker` numbers the
    /// thread (below `jobs`), so that a transform can use state of its own: no two items run
    /// at once with the same number, and everything one did is seen by the next.
    static func map<T: Sendable>(count: Int, jobs: Int, perWorker transform: @Sendable (_ index: Int, _ worker: Int) -> T) -> [T] {
        let slots = Mutex([T?](repeating: nil, count: count))
        let next = Atomic<Int>(0)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local: [(Int, T)] = []
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { break }
                local.append((index, transform(index, worker)))
                if local.count == 64 { flush(&local, into: slots) }
            }
            flush(&local, into: slots)
        }
        return slots.withLock { $0.map { $0! } }
    }

    /// `transform(range)` for `runs` runs of consecutive items of `0..<count` (as even as can
    /// be, in order, together covering every item once), on `jobs` threads.
    static func map<T: Sendable>(runsOf count: Int, runs: Int, jobs: Int, _ transform: @Sendable (Range<Int>) -> T) -> [T] {
        let runs = max(1, runs)
        return map(count: runs, jobs: jobs) { run in transform(count * run / runs..<count * (run + 1) / runs) }
    }

    /// `first()` on another thread while `second()` runs on this one, with more than one job;
    /// one after the other with one.
    static func both<A: Sendable, B>(jobs: Int, _ first: @escaping @Sendable () -> A, _ second: () -> B) -> (A, B) {
        guard jobs > 1 else { return (first(), second()) }
        let pending = Pending(first)
        let other = second()
        return (pending.wait(), other)
    }

    /// `transform(i)` for `i` in `0..<count` on `jobs` threads, `batch` items at a time (by
    /// default ``batch(forItems:)``), each result handed to `consume` on the calling thread in
    /// item order; at most three batches' results are held at once. `afterBatch` is called on
    /// the calling thread after each batch is consumed, with the number of items consumed so far.
    static func forEach<T: Sendable>(
        count: Int, jobs: Int, batch: Int? = nil, _ transform: @escaping @Sendable (Int) -> T, consume: (Int, T) -> Void,
        afterBatch: (Int) -> Void = { _ in }
    ) {
        forEach(count: count, jobs: jobs, batch: batch, perWorker: { index, _ in transform(index) }, consume: consume,
                afterBatch: { done, _ in afterBatch(done) })
    }

    /// The worker numbers ``forEach(count:jobs:batch:perWorker:consume:afterBatch:)`` hands
    /// out: with more than one job, two sets, used by batches in turn.
    static func workerNumbers(jobs: Int) -> Int {
        jobs > 1 ? 2 * jobs : 1
    }

    /// As ``forEach(count:jobs:batch:_:consume:afterBatch:)``, the transform also given its
    /// worker's number (below ``workerNumbers(jobs:)``), and `afterBatch` the numbers the batch
    /// just consumed used: no other batch uses them until `afterBatch` returns.
    ///
    /// With more than one job, batches are read on other threads while the calling thread
    /// consumes, so that consuming (copying a page's facts into the run's table, counting) does
    /// not leave the workers idle. Batches use the two sets of numbers in turn: once a batch is
    /// consumed and `afterBatch` has returned, the batch after the next is started with its
    /// set, before the next is waited for. The workers then go from one batch's items to the
    /// next's without waiting to be woken for each batch, which cost about a millisecond of wall
    /// time a batch on a 2-core virtual machine. The order of `consume` calls is the items'
    /// order either way.
    static func forEach<T: Sendable>(
        count: Int, jobs: Int, batch: Int? = nil, perWorker transform: @escaping @Sendable (_ index: Int, _ worker: Int) -> T,
        consume: (Int, T) -> Void, afterBatch: (_ done: Int, _ workers: Range<Int>) -> Void = { _, _ in }
    ) {
        guard count > 0 else { return }
        let jobs = max(1, jobs)
        let batch = max(1, batch ?? Self.batch(forItems: count))
        let pipelined = jobs > 1 && count > batch
        // `transform` escapes to the threads that read ahead; every batch started is waited for.
        let read: @Sendable (_ first: Int, _ set: Int) -> [T] = { first, set in
            map(count: min(batch, count - first), jobs: jobs, perWorker: { transform(first + $0, set * jobs + $1) })
        }
        var start = 0
        var set = 0
        var current = read(0, 0)
        // The batch after the one being consumed, read with the other set.
        var pending = pipelined ? Pending { read(batch, 1) } : nil
        while start < count {
            let next = start + current.count
            for (offset, result) in current.enumerated() { consume(start + offset, result) }
            current = []
            afterBatch(next, (set * jobs)..<(set * jobs + jobs))
            let nextSet = pipelined ? 1 - set : 0
            if next < count {
                let waiting = pending
                // This batch's set is free again: the batch after the next is read with it.
                let afterNext = next + batch
                pending = pipelined && afterNext < count ? Pending { [set] in read(afterNext, set) } : nil
                current = waiting?.wait() ?? read(next, nextSet)
            }
            start = next
            set = nextSet
        }
    }

    /// A batch read on another thread, waited for by the thread that consumes it.
    private final class Pending<T: Sendable>: @unchecked Sendable {
        private var value: T?
        private let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping @Sendable () -> T) {
            DispatchQueue.global().async {
                self.value = work()
                self.done.signal()
            }
        }

        /// The result, once read; `value` is written before `done` is signalled.
        func wait() -> T {
            done.wait()
            return value!
        }
    }

    /// Items per batch of ``forEach(count:jobs:batch:_:consume:afterBatch:)`` over `count`
    /// items: 1,024, or a 32nd of the items up to 4,096. Each batch costs the calling thread a
    /// pass over the workers' new texts and the workers a fresh start, so large runs take
    /// larger batches (the 175,000-page audit took 4–18% less CPU at 4,096 than at 1,024 on a
    /// busy host, the same on a quiet one, for 11 MB more memory); small runs keep batches
    /// small, so that reading overlaps copying from the start and the last batch, copied with
    /// the workers done, is short.
    static func batch(forItems count: Int) -> Int {
        min(4_096, max(1_024, count / 32))
    }

    private static func flush<T: Sendable>(_ local: inout [(Int, T)], into slots: borrowing Mutex<[T?]>) {
        guard !local.isEmpty else { return }
        slots.withLock { slots in
            for (index, value) in local { slots[index] = value }
        }
        local.removeAll(keepingCapacity: true)
    }
}
