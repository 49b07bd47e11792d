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

    /// `transform(i)` for `i` in `0..<count` on `jobs` threads, `batch` items at a time, each
    /// result handed to `consume` on the calling thread in item order; only one batch's results
    /// are held at once. `afterBatch` is called on the calling thread after each batch is
    /// consumed, with the number of items consumed so far.
    static func forEach<T: Sendable>(
        count: Int, jobs: Int, batch: Int = defaultBatch, _ transform: @Sendable (Int) -> T, consume: (Int, T) -> Void,
        afterBatch: (Int) -> Void = { _ in }
    ) {
        forEach(count: count, jobs: jobs, batch: batch, perWorker: { index, _ in transform(index) }, consume: consume, afterBatch: afterBatch)
    }

    /// As ``forEach(count:jobs:batch:_:consume:afterBatch:)``, the transform also given its
    /// worker's number, as ``map(count:jobs:perWorker:)`` gives it.
    static func forEach<T: Sendable>(
        count: Int, jobs: Int, batch: Int = defaultBatch, perWorker transform: @Sendable (_ index: Int, _ worker: Int) -> T,
        consume: (Int, T) -> Void, afterBatch: (Int) -> Void = { _ in }
    ) {
        var start = 0
        while start < count {
            let size = min(batch, count - start)
            let first = start
            for (offset, result) in map(count: size, jobs: jobs, perWorker: { transform(first + $0, $1) }).enumerated() {
                consume(first + offset, result)
            }
            start += size
            afterBatch(start)
        }
    }

    /// Items per batch of ``forEach(count:jobs:batch:_:consume:afterBatch:)``.
    static let defaultBatch = 1024

    private static func flush<T: Sendable>(_ local: inout [(Int, T)], into slots: borrowing Mutex<[T?]>) {
        guard !local.isEmpty else { return }
        slots.withLock { slots in
            for (index, value) in local { slots[index] = value }
        }
        local.removeAll(keepingCapacity: true)
    }
}
