import CorpusGenerator
@testable import QALintCore
import Testing

@Suite("qalint finds exactly the injected defects")
struct LintAccuracyTests {
    @Test("findings on a generated corpus equal its ground truth (file, line, rule)")
    func findingsEqualGroundTruth() throws {
        let corpus = TestCorpora.defective
        let configuration = try ConfigurationLoader().load(file: nil)
        let linter = Linter(configuration: configuration)
        let context = CheckContext(today: CalendarDate(year: 2026, month: 11, day: 25)!, reference: configuration.reference)
        let report = linter.lint(corpus.pages.map { .bytes($0.bytes, name: $0.name) }, context: context, jobs: 2)
        let found = Set(report.diagnostics.map { InjectedDefect(file: $0.file, line: $0.range.line, rule: $0.rule) })
        let known = Set(configuration.rules.map(\.id))
        #expect(Set(corpus.defects.map(\.rule)).subtracting(known).isEmpty, "injected rules the default set lacks")
        let expected = Set(corpus.defects)
        let missed = expected.subtracting(found).sorted()
        let extra = found.subtracting(expected).sorted()
        #expect(missed.isEmpty, "injected but not reported:\n\(missed.map(\.description).joined(separator: "\n"))")
        #expect(extra.isEmpty, "reported but not injected:\n\(extra.map(\.description).joined(separator: "\n"))")
        #expect(report.problems.isEmpty)
    }

    @Test("a corpus of more than two batches: the same report at 1, 2 and 3 jobs, equal to its ground truth")
    func batchesGiveTheSameReport() throws {
        let corpus = TestCorpora.batches
        #expect(corpus.pages.count > 2 * ParallelMap.batch(forItems: corpus.pages.count))
        let configuration = try ConfigurationLoader().load(file: nil)
        let linter = Linter(configuration: configuration)
        let context = CheckContext(today: CalendarDate(year: 2026, month: 11, day: 25)!, reference: configuration.reference)
        let inputs: [LintInput] = corpus.pages.map { .bytes($0.bytes, name: $0.name) }
        let reports = [1, 2, 3].map { linter.lint(inputs, context: context, jobs: $0) }
        let found = Set(reports[0].diagnostics.map { InjectedDefect(file: $0.file, line: $0.range.line, rule: $0.rule) })
        #expect(found == Set(corpus.defects))
        #expect(reports[0].diagnostics.count == corpus.defects.count)
        for (jobs, report) in zip([2, 3], reports.dropFirst()) {
            #expect(report.diagnostics == reports[0].diagnostics, "--jobs \(jobs)")
            #expect(report.problems.isEmpty)
        }
    }
}
