import Foundation
import Synchronization
import Testing
@testable import QALintCore

@Suite("Memory: facts columns sized ahead, batches, excerpts read one page at a time, compact title suggestions")
struct MemoryTests {
    /// Page `index` of a made-up corpus: a title, a text, a doctor line, and a link on every other page.
    static func addPage(_ index: Int, to table: inout FactsTable) {
        let span = FactSpan(line: index + 1, column: 1, endColumn: 5)
        table.beginPage(title: ("Title \(index)", span))
        table.setText(0, TextDigest("question \(index)", length: 280))
        table.setLine(0, [("doctor", "Dr \(index % 3)"), ("specialty", "Surgery")])
        if index % 2 == 0 {
            table.addLink(title: ("Title \(index + 1)", span),
                          excerpts: [ExcerptRow(bodyHash: UInt64(index), wholeHash: 2, bodyCount: 3, wholeCount: 4, span: span, cut: false)],
                          lines: [([("doctor", "Dr 1")], span)])
        }
        table.addPerson(name: ("Dr \(index % 3)", span), group: ("Surgery", span))
        table.endPage()
    }

    @Test("room made from the first pages' growth holds the rest without growing again, and the facts are the same")
    func reserve() {
        var reserved = FactsTable(layout: FactsTableTests.layout), plain = reserved
        let start = reserved.extent
        for index in 0..<10 { Self.addPage(index, to: &reserved) }
        reserved.reserve(pages: 100, since: start, margin: 4)
        // 10 pages gave 10 titles and 5 links: 90 more pages × 1.02 + 4 = 96 more titles, 48 more links.
        #expect(reserved.titles.capacity >= 106 && reserved.linkTitles.capacity >= 53 && reserved.excerpts.capacity >= 53)
        let capacities = [reserved.titles.capacity, reserved.pairs.capacity, reserved.people.capacity, reserved.excerpts.capacity,
                          reserved.windows.capacity, reserved.strings.bytes.capacity]
        for index in 10..<100 { Self.addPage(index, to: &reserved) }
        #expect([reserved.titles.capacity, reserved.pairs.capacity, reserved.people.capacity, reserved.excerpts.capacity,
                 reserved.windows.capacity, reserved.strings.bytes.capacity] == capacities)
        for index in 0..<100 { Self.addPage(index, to: &plain) }
        #expect(reserved.titles == plain.titles && reserved.texts == plain.texts && reserved.windows == plain.windows)
        #expect(reserved.lines == plain.lines && reserved.pairs == plain.pairs && reserved.people == plain.people)
        #expect(reserved.personEnds == plain.personEnds && reserved.linkEnds == plain.linkEnds)
        #expect(reserved.linkTitles == plain.linkTitles && reserved.excerpts == plain.excerpts)
        #expect(reserved.linkLines == plain.linkLines && reserved.linkLineSpans == plain.linkLineSpans)
        #expect(reserved.strings.bytes == plain.strings.bytes && reserved.strings.ends == plain.strings.ends)
        #expect(reserved.extent == plain.extent)
    }

    @Test("no room is made without pages read, or when every page is read")
    func reserveNothing() {
        var table = FactsTable(layout: FactsTableTests.layout)
        let start = table.extent
        table.reserve(pages: 1_000, since: start, margin: 10)
        #expect(table.titles.capacity < 1_000)
        Self.addPage(0, to: &table)
        table.reserve(pages: 1, since: start, margin: 10)
        #expect(table.titles.capacity < 10)
    }

    @Test("batches: every item consumed in order, and a call after each batch with the items done")
    func batches() {
        var consumed: [Int] = [], batches: [Int] = []
        ParallelMap.forEach(count: 10, jobs: 2, batch: 4, { $0 * 2 }, consume: { index, value in
            #expect(value == index * 2)
            consumed.append(index)
        }, afterBatch: { batches.append($0) })
        #expect(consumed == Array(0..<10) && batches == [4, 8, 10])
    }

    @Test("batch size: 1,024 items, a 32nd of them from 32,768 items on, at most 4,096; the default of forEach")
    func batchSize() {
        #expect([0, 1, 12_000, 32_768, 50_000, 131_072, 175_000, 1_000_000].map(ParallelMap.batch(forItems:))
                == [1_024, 1_024, 1_024, 1_024, 1_562, 4_096, 4_096, 4_096])
        for (count, expected) in [(3_000, [1_024, 2_048, 3_000]), (40_000, Array(stride(from: 1_250, through: 40_000, by: 1_250)))] {
            var announced: [Int] = []
            ParallelMap.forEach(count: count, jobs: 2, { $0 }, consume: { _, _ in }, afterBatch: { announced.append($0) })
            #expect(announced == expected, "count \(count)")
        }
    }

    @Test("batches read ahead: items consumed in order, each batch's worker numbers its own, no set in use twice at once")
    func batchesReadAhead() {
        for jobs in [1, 2, 3] {
            let used = WorkerLog()
            var consumed: [Int] = [], announced: [(done: Int, workers: Range<Int>)] = []
            ParallelMap.forEach(count: 11, jobs: jobs, batch: 3, perWorker: { index, worker in
                used.add(worker, batch: index / 3)
                return index * 2
            }, consume: { index, value in
                #expect(value == index * 2)
                consumed.append(index)
            }, afterBatch: { done, workers in announced.append((done, workers)) })
            #expect(consumed == Array(0..<11))
            #expect(announced.map(\.done) == [3, 6, 9, 11])
            let sets = announced.map(\.workers)
            #expect(sets.allSatisfy { $0.upperBound <= ParallelMap.workerNumbers(jobs: jobs) })
            // Consecutive batches (one read while the other is consumed) never share numbers.
            for (first, second) in zip(sets, sets.dropFirst()) { #expect(jobs == 1 || !first.overlaps(second)) }
            let numbers = used.numbers
            for (batch, workers) in sets.enumerated() { #expect(numbers[batch, default: []].isSubset(of: Set(workers)), "jobs \(jobs)") }
        }
    }

    @Test("batches read two ahead: batch b starts only once batch b - 2, whose worker numbers it takes, is consumed and announced")
    func batchesReadTwoAhead() {
        for jobs in [2, 3] {
            let batch = 3, count = 23
            // Batches announced so far; a batch's items record the count they saw.
            let announced = Mutex(0)
            let seen = Mutex([Int: Int]())
            var consumed: [Int] = []
            ParallelMap.forEach(count: count, jobs: jobs, batch: batch, perWorker: { index, _ in
                let now = announced.withLock { $0 }
                seen.withLock { $0[index] = now }
                usleep(300)
                return index
            }, consume: { index, value in
                // A slow consumer: reading ahead too early would overlap it.
                usleep(500)
                #expect(value == index)
                consumed.append(index)
            }, afterBatch: { _, _ in announced.withLock { $0 += 1 } })
            #expect(consumed == Array(0..<count))
            let counts = seen.withLock { $0 }
            #expect(counts.count == count)
            for (index, saw) in counts {
                // Batch b shares its set with batch b - 2: every batch up to that one was announced first.
                #expect(saw >= index / batch - 1, "jobs \(jobs): item \(index) of batch \(index / batch) ran after \(saw) announced batches")
            }
        }
    }

    @Test("a corpus' titles: each distinct title once, in text id order, read from the facts; suggestions among them")
    func corpusTitles() {
        var table = FactsTable(layout: FactsTableTests.layout)
        for title in ["b", "Zeta", "ä", "b", "", "Alpha beta gamma", "ab"] {
            table.beginPage(title: (title, FactSpan(line: 1, column: 1, endColumn: 2)))
            table.endPage()
        }
        let index = CorpusIndex(table: table, rows: (0..<7).map(Int32.init), paths: (0..<7).map { "\($0).txt" },
                                reported: Array(repeating: true, count: 7))
        // "b" has two pages, "" counts as no title, "Nope" has none.
        #expect(index.onlyPage(titled: table.strings.find("Zeta")!) == 1 && index.onlyPage(titled: table.strings.find("ab")!) == 6)
        #expect(index.onlyPage(titled: table.strings.find("b")!) == nil && index.pages(titled: table.strings.find("b")!) == [0, 3])
        #expect(index.onlyPage(titled: table.strings.find("")!) == nil && index.onlyPage(titled: -1) == nil)
        #expect(table.strings.find("Nope") == nil)
        let titles = index.titles()
        #expect(Array(titles) == ["b", "Zeta", "ä", "Alpha beta gamma", "ab"])
        #expect(TitleSuggester(titles: titles, jobs: 2).suggestion(for: "Alpha btea gamma") == "Alpha beta gamma")
    }
}

/// Which worker numbers each batch's items were read with, from any thread.
private final class WorkerLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [Int: Set<Int>] = [:]

    func add(_ worker: Int, batch: Int) {
        lock.lock()
        log[batch, default: []].insert(worker)
        lock.unlock()
    }

    var numbers: [Int: Set<Int>] {
        lock.lock()
        defer { lock.unlock() }
        return log
    }
}
