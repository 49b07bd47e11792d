/// The audit's page summaries as a run's page workers read them: each worker appends the pages
/// it reads to a table of its own, kept for the whole run, and the calling thread copies them
/// into the run's table in page order (as ``FactsWorkers`` does with facts).
///
/// A page's title, group values and link titles are interned from its bytes into the worker's
/// table; a text the worker has seen before costs a lookup there and none in the run's table,
/// whose texts are copied once per worker, not once per page. The run's table is filled in
/// page order whichever worker read a page, so its ids never depend on thread timing. Past
/// ``textBytesLimit`` bytes of texts a worker's table is dropped between batches.
final class SummaryWorkers: @unchecked Sendable {
    /// Where a page's summary is: a row of a worker's table.
    struct Row: Sendable {
        fileprivate let worker: Int
        fileprivate let row: Int
    }

    /// One worker's table and the map of its texts to the run's table's.
    private final class Worker {
        var table = PageSummaries()
        var remap = PageSummaries.Remap()

        /// Reads `document`'s summary as the next row, returning it.
        func collect(_ document: Document, plan: PageSummary.Plan) -> Int {
            table.append(document, plan: plan)
            return table.count - 1
        }

        /// Reads `document`'s summary as the next row, its texts interned into `strings`.
        func collect(_ document: Document, plan: PageSummary.Plan, strings: inout StringTable) -> Int {
            table.append(document, plan: plan, strings: &strings)
            return table.count - 1
        }

        /// Appends row `row` to `run`.
        func copy(_ row: Int, into run: inout PageSummaries) {
            Self.append(row, of: &table, remap: &remap, to: &run)
        }

        /// Appends row `row` to `run`, its texts (worker `worker`'s facts table's) mapped into
        /// `factsRun` as the facts' texts are.
        func copy(_ row: Int, into run: inout PageSummaries, facts: FactsWorkers, worker: Int, factsRun: inout FactsTable) {
            Self.append(row, of: &table, to: &run, facts: facts, worker: worker, factsRun: &factsRun)
        }

        private static func append(_ row: Int, of table: inout PageSummaries, to run: inout PageSummaries, facts: FactsWorkers, worker: Int,
                                   factsRun: inout FactsTable) {
            facts.mapping(worker: worker, into: &factsRun) { run.append(row: row, of: table, mapping: $0) }
        }

        // Through an inout access: passing the stored table as an argument would copy its
        // columns' references once a page.
        private static func append(_ row: Int, of table: inout PageSummaries, remap: inout PageSummaries.Remap, to run: inout PageSummaries) {
            run.append(row: row, of: table, remap: &remap)
        }

        /// Drops the rows, and the texts too past `limit` bytes of them.
        func removeAllRows(textBytesLimit limit: Int) {
            if table.strings.bytes.count > limit {
                table = PageSummaries()
                remap = PageSummaries.Remap()
            } else {
                table.removeAllRows()
            }
        }
    }

    // Worker `w`'s table is used by one thread at a time: by the worker numbered `w` while a
    // batch runs (see `ParallelMap.map(count:jobs:perWorker:)`), then by the calling thread.
    private let workers: [Worker]
    private let plan: PageSummary.Plan
    /// How many bytes of texts a worker keeps from batch to batch.
    let textBytesLimit: Int

    /// Tables for `jobs` worker numbers reading summaries per `plan`.
    init(plan: PageSummary.Plan, jobs: Int, textBytesLimit: Int = 1 << 20) {
        self.plan = plan
        self.textBytesLimit = textBytesLimit
        workers = (0..<max(1, jobs)).map { _ in Worker() }
    }

    /// Reads `document`'s summary into worker `worker`'s table (called by that worker only).
    func collect(_ document: Document, worker: Int) -> Row {
        Row(worker: worker, row: workers[worker].collect(document, plan: plan))
    }

    /// Reads `document`'s summary into worker `worker`'s table, its texts interned into the same
    /// worker's facts table (called by that worker only): the run then copies each text once,
    /// for the facts and the summaries both, instead of once into each of two tables.
    func collect(_ document: Document, worker: Int, sharingTextsWith facts: FactsWorkers) -> Row {
        Row(worker: worker, row: facts.withStrings(worker: worker) { workers[worker].collect(document, plan: plan, strings: &$0) })
    }

    /// Appends the page at `row` to `table` (called between batches).
    func copy(_ row: Row, into table: inout PageSummaries) {
        workers[row.worker].copy(row.row, into: &table)
    }

    /// Appends the page at `row`, read with ``collect(_:worker:sharingTextsWith:)``, to `table`,
    /// its texts mapped into `factsRun` (the run's facts table) as the facts' texts are (called
    /// between batches, after the page's facts are copied).
    func copy(_ row: Row, into table: inout PageSummaries, sharingTextsWith facts: FactsWorkers, factsRun: inout FactsTable) {
        workers[row.worker].copy(row.row, into: &table, facts: facts, worker: row.worker, factsRun: &factsRun)
    }

    /// Removes the rows of the workers numbered `numbers` once they are copied, keeping their
    /// texts up to ``textBytesLimit`` (called between batches).
    func removeAllRows(_ numbers: Range<Int>) {
        for worker in workers[numbers.clamped(to: workers.indices)] { worker.removeAllRows(textBytesLimit: textBytesLimit) }
    }
}
