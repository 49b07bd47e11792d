import Foundation
import Testing
@testable import QALintCore

@Suite("Summary workers: pages' summaries read into worker tables and copied in page order")
struct SummaryWorkersTests {
    /// The `Samples/` pages, parsed with the built-in schema.
    static let documents: [Document] = {
        let parser = DocumentParser(schema: TestSupport.configuration.schema)
        let files = FileCollector(configuration: TestSupport.configuration).collect([LinterTests.samples]).files
        return files.map { parser.parse(SourceText(bytes: try! FileReader.read($0).get()), path: $0) }
    }()

    /// The run's table when pages are read round robin by `jobs` workers, in batches of
    /// `batch`, with `limit` bytes of texts kept by a worker between batches.
    static func table(jobs: Int, batch: Int, limit: Int) -> PageSummaries {
        table(documents, jobs: jobs, batch: batch, limit: limit)
    }

    static func table(_ documents: [Document], jobs: Int, batch: Int, limit: Int) -> PageSummaries {
        let plan = PageSummary.Plan(TestSupport.configuration.schema)
        let workers = SummaryWorkers(plan: plan, jobs: jobs, textBytesLimit: limit)
        var run = PageSummaries()
        for start in stride(from: 0, to: documents.count, by: batch) {
            let pages = start..<min(documents.count, start + batch)
            let rows = pages.map { workers.collect(documents[$0], worker: $0 % jobs) }
            for row in rows { workers.copy(row, into: &run) }
            workers.removeAllRows(0..<jobs)
        }
        return run
    }

    @Test("the same rows and text ids whatever the workers, batches and texts kept; values read from the page")
    func sameTable() throws {
        let reference = Self.table(jobs: 1, batch: Self.documents.count, limit: 1 << 20)
        for (jobs, batch, limit) in [(2, 5, 1 << 20), (3, 4, 0), (2, 1, 64)] {
            let table = Self.table(jobs: jobs, batch: batch, limit: limit)
            #expect(Array(table) == Array(reference), "jobs \(jobs), batch \(batch), limit \(limit)")
            #expect(table.titles == reference.titles && table.strings.count == reference.strings.count)
            #expect(table.asciiOnly == reference.asciiOnly)
        }
        // The seed page's summary, as the schema names its parts.
        let row = try #require(reference.firstIndex { $0.path.hasSuffix("clean/eczema.txt") })
        let eczema = reference[row]
        #expect(eczema.title == "Itchy skin folds in a young child")
        #expect(eczema.groups["specialty"] == "Dermatology")
        #expect(eczema.links.contains("Recurring one-sided headaches with nausea"))
        #expect(reference.count == Self.documents.count)
    }

    @Test("read beside facts (their texts in the facts' tables), the same rows; a text the facts interned first still counts for ASCII")
    func besideFacts() throws {
        let parser = DocumentParser(schema: TestSupport.configuration.schema)
        // A doctor's name that is not ASCII: the facts intern it (as a person) before the summary
        // (as a group) sees it.
        let path = LinterTests.samples + "/clean/eczema.txt"
        let text = String(decoding: try FileReader.read(path).get(), as: UTF8.self).replacingOccurrences(of: "Dr. Wu Yuxin", with: "Dr. Wú Yuxin")
        #expect(text.contains("Wú"))
        for documents in [Self.documents, Self.documents + [parser.parse(SourceText(bytes: Array(text.utf8)), path: "wu.txt")]] {
            let reference = Self.table(documents, jobs: 1, batch: documents.count, limit: 1 << 20)
            #expect(reference.asciiOnly == (documents.count == Self.documents.count))
            for (jobs, batch, limit) in [(1, 40, 1 << 20), (2, 5, 1 << 20), (3, 4, 0)] {
                let run = try Self.besideFacts(documents, jobs: jobs, batch: batch, limit: limit)
                #expect(Array(run) == Array(reference), "jobs \(jobs), batch \(batch), limit \(limit)")
                #expect(run.asciiOnly == reference.asciiOnly, "jobs \(jobs), batch \(batch), limit \(limit)")
            }
        }
    }

    /// The run's table when summaries are read beside facts, their texts in the facts' tables.
    static func besideFacts(_ documents: [Document], jobs: Int, batch: Int, limit: Int) throws -> PageSummaries {
        let collector = try #require(Linter(configuration: TestSupport.configuration).factsCollector)
        let facts = FactsWorkers(collector, jobs: jobs, textBytesLimit: limit)
        let workers = SummaryWorkers(plan: PageSummary.Plan(TestSupport.configuration.schema), jobs: jobs, textBytesLimit: limit)
        var run = PageSummaries()
        var table = FactsTable(layout: collector.layout)
        for start in stride(from: 0, to: documents.count, by: batch) {
            let rows = (start..<min(documents.count, start + batch)).map { index in
                (facts.collect(documents[index], worker: index % jobs), workers.collect(documents[index], worker: index % jobs, sharingTextsWith: facts))
            }
            for (factsRow, summaryRow) in rows {
                facts.copy(factsRow, into: &table)
                workers.copy(summaryRow, into: &run, sharingTextsWith: facts, factsRun: &table)
            }
            facts.removeAllPages()
            workers.removeAllRows(0..<jobs)
        }
        run.useStrings(table.strings)
        return run
    }
}
