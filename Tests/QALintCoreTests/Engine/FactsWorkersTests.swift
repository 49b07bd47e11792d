import Foundation
import Testing
@testable import QALintCore

@Suite("Facts workers: pages read into workers' tables, copied into the run's in page order")
struct FactsWorkersTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

    /// The table's bytes as the cache writes them: equal bytes mean equal facts and equal text ids.
    private func encoded(_ table: FactsTable) -> [UInt8] {
        var writer = CacheFile.Writer(sections: FactsTable.sectionCount)
        table.encode(into: &writer)
        return writer.file(version: FactsCache.formatVersion, configurationDigest: 0, walkDigest: 0)
    }

    /// The Samples' pages parsed, their collector, and their facts as one table made the way
    /// it was before workers: a table per page, appended with its texts re-interned.
    private func samples() -> (collector: FactsCollector, documents: [Document], reference: FactsTable) {
        let linter = Linter(configuration: TestSupport.configuration)
        let collector = linter.factsCollector!
        let documents = FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files.map { path in
            linter.parser.parse(SourceText(bytes: try! FileReader.read(path).get()), path: path)
        }
        var reference = FactsTable(layout: collector.layout)
        for document in documents { reference.append(contentsOf: collector.facts(of: document)) }
        return (collector, documents, reference)
    }

    @Test("the run's table is the same whichever worker read each page, with workers' texts kept or dropped between batches")
    func sameTable() {
        let (collector, documents, reference) = samples()
        let expected = encoded(reference)
        #expect(documents.count == 36 && reference.count == 36)
        #expect(reference.strings.count == 54 && reference.strings.bytes.count > 64)
        // Texts are numbered in the order a page's collection meets them, however they are copied.
        var direct = FactsTable(layout: collector.layout)
        for document in documents { collector.collect(document, into: &direct) }
        #expect(encoded(direct) == expected)
        // So are they when each page's new texts are noted and looked up together (as in a site-sized table).
        var together = FactsTable(layout: collector.layout)
        for document in documents {
            let page = collector.facts(of: document)
            var remap = FactsTable.Remap(for: page.strings)
            together.append(row: 0, of: page, remap: &remap, lookingUpTogetherFrom: 0)
        }
        #expect(encoded(together) == expected)
        for (jobs, limit, spread) in [(1, 1 << 20, 1), (3, 1 << 20, 5), (3, 64, 2), (4, 0, 3)] {
            let workers = FactsWorkers(collector, jobs: jobs, textBytesLimit: limit)
            var table = FactsTable(layout: collector.layout)
            var start = 0
            while start < documents.count {
                let batch = start..<min(start + 7, documents.count)
                let rows = batch.map { workers.collect(documents[$0], worker: ($0 * spread) % jobs) }
                for row in rows { workers.copy(row, into: &table) }
                workers.removeAllPages()
                start = batch.upperBound
            }
            #expect(encoded(table) == expected, "jobs \(jobs), limit \(limit)")
        }
    }

    @Test("a batch read ahead on the other set of workers keeps its pages while this batch's are removed")
    func readAhead() {
        let (collector, documents, reference) = samples()
        // Two jobs: numbers 0..<2 for even batches, 2..<4 for odd ones, as `ParallelMap.forEach` hands them out.
        let workers = FactsWorkers(collector, jobs: ParallelMap.workerNumbers(jobs: 2), textBytesLimit: 64)
        let batches = stride(from: 0, to: documents.count, by: 5).map { $0..<min($0 + 5, documents.count) }
        func read(_ batch: Int) -> [FactsWorkers.Row] {
            batches[batch].map { workers.collect(documents[$0], worker: (batch % 2) * 2 + $0 % 2) }
        }
        var table = FactsTable(layout: collector.layout)
        var current = read(0)
        for batch in batches.indices {
            let next = batch + 1 < batches.count ? read(batch + 1) : []
            for row in current { workers.copy(row, into: &table) }
            workers.removeAllPages((batch % 2) * 2..<(batch % 2) * 2 + 2)
            current = next
        }
        #expect(batches.count > 4)
        #expect(encoded(table) == encoded(reference))
    }
}
