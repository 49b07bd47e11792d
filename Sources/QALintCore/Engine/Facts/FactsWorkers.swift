/// The facts a run's page workers read: each worker appends the pages it reads to a table of
/// its own, kept for the whole run, and the calling thread copies them into the run's table in
/// page order.
///
/// A worker's table keeps its texts from batch to batch (only its pages are removed once a
/// batch is copied), so a title, name or specialty seen again costs a lookup in the worker's
/// table and none in the run's: each text is copied into the run's table once per worker, not
/// once per page, and no table is built per page. The run's table is filled in page order
/// whichever worker read a page, so its texts' ids never depend on thread timing. A worker's
/// texts are a copy of some of the run's, kept only to be found again: past
/// ``textBytesLimit`` bytes they are dropped between batches and the worker starts afresh.
final class FactsWorkers: @unchecked Sendable {
    /// Where a page's facts are: a row of a worker's table.
    struct Row: Sendable {
        fileprivate let worker: Int
        fileprivate let row: Int
    }

    /// One worker's table and the map of its texts to the run's table's.
    private final class Worker {
        var table: FactsTable
        var remap: FactsTable.Remap

        init(layout: FactsLayout) {
            table = FactsTable(layout: layout)
            remap = FactsTable.Remap(for: table.strings)
        }

        /// Reads `document`'s facts as the next page, returning its row. (Read here, the table is
        /// used in place; read from outside, `table.count` copied the table's columns' references.)
        func collect(_ document: Document, with collector: FactsCollector) -> Int {
            collector.collect(document, into: &table)
            return table.count - 1
        }

        /// Appends page `row` to `run`.
        func copy(_ row: Int, into run: inout FactsTable) {
            // Through an inout access: passing the stored table as an argument copied it (every
            // column's reference retained and released) once a page.
            Self.append(row, of: &table, remap: &remap, to: &run)
        }

        private static func append(_ row: Int, of table: inout FactsTable, remap: inout FactsTable.Remap, to run: inout FactsTable) {
            run.append(row: row, of: table, remap: &remap)
        }

        /// Calls `body` with a map of this worker's text ids to `run`'s, interning each text the
        /// first time. (The worker's table and map are reached once, not once a text: each reach
        /// of a class's stored property is checked for exclusive access.)
        func mapping<T>(into run: inout FactsTable, _ body: ((Int32) -> Int32) -> T) -> T {
            Self.mapping(&table, &remap, into: &run, body)
        }

        private static func mapping<T>(_ table: inout FactsTable, _ remap: inout FactsTable.Remap, into run: inout FactsTable,
                                       _ body: ((Int32) -> Int32) -> T) -> T {
            // The worker's texts taken once: read through the captured table, each text copied them.
            let strings = table.strings
            return body { text in remap.id(text, of: strings) { run.strings.intern($0) } }
        }

        /// Calls `body` with the worker's texts, to intern more into them.
        func withStrings<T>(_ body: (inout StringTable) -> T) -> T {
            body(&table.strings)
        }

        /// Drops the pages and the texts, keeping the memory they took: a worker past its limit
        /// fills as much again, and growing a new table's columns from nothing copied them
        /// again and again.
        func reset() {
            table.removeAllPages()
            table.removeAllTexts()
            remap = FactsTable.Remap(for: table.strings)
        }
    }

    // Worker `w`'s table is used by one thread at a time: by the worker numbered `w` while a
    // batch runs (see `ParallelMap.map(count:jobs:perWorker:)`), then by the calling thread.
    private let workers: [Worker]
    private let collector: FactsCollector
    /// How many bytes of texts a worker keeps from batch to batch. Small enough for a worker's
    /// table (its texts, ends, hashes and slots) and the one it reads ahead into to stay in a
    /// core's own cache: at 1 MB, a site's titles made interning a worker's largest wait.
    let textBytesLimit: Int

    /// Tables for `jobs` worker numbers collecting with `collector`.
    init(_ collector: FactsCollector, jobs: Int, textBytesLimit: Int = 1 << 17) {
        self.collector = collector
        self.textBytesLimit = textBytesLimit
        workers = (0..<max(1, jobs)).map { _ in Worker(layout: collector.layout) }
    }

    /// Reads `document`'s facts into worker `worker`'s table (called by that worker only).
    func collect(_ document: Document, worker: Int) -> Row {
        Row(worker: worker, row: workers[worker].collect(document, with: collector))
    }

    /// Appends the page at `row` to `table` (called between batches).
    func copy(_ row: Row, into table: inout FactsTable) {
        workers[row.worker].copy(row.row, into: &table)
    }

    /// Calls `body` with worker `worker`'s texts, to intern more into them (by that worker only):
    /// the audit's summaries share them (see ``SummaryWorkers``).
    func withStrings<T>(worker: Int, _ body: (inout StringTable) -> T) -> T {
        workers[worker].withStrings(body)
    }

    /// Calls `body` with a map of worker `worker`'s text ids to `table`'s (the run's facts), each
    /// text interned the first time, as the worker's facts' texts are (called between batches).
    func mapping<T>(worker: Int, into table: inout FactsTable, _ body: ((Int32) -> Int32) -> T) -> T {
        workers[worker].mapping(into: &table, body)
    }

    /// Removes the pages of the workers numbered `numbers` (all by default) once they are
    /// copied, keeping their texts up to ``textBytesLimit`` (called between batches).
    func removeAllPages(_ numbers: Range<Int>? = nil) {
        for worker in workers[(numbers ?? workers.indices).clamped(to: workers.indices)] {
            if worker.table.strings.bytes.count > textBytesLimit {
                worker.reset()
            } else {
                worker.table.removeAllPages()
            }
        }
    }
}
