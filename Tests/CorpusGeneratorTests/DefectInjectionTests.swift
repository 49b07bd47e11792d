import CorpusGenerator
import Testing

@Suite("Defect injection")
struct DefectInjectionTests {
    @Test("every rule of the list is injected and recorded")
    func coverage() {
        let rules = Set(TestCorpora.defective.defects.map(\.rule))
        #expect(rules == Set(DefectRule.allCases.map(\.rawValue)))
    }

    @Test("the rate is the fraction of pages with a defect of their own")
    func rate() {
        let plan = CorpusPlan(count: 400, seed: 11, defectRate: 0.25)
        #expect((0..<400).filter { plan.rule(at: $0) != nil }.count == 100)
        let clean = CorpusPlan(count: 50, seed: 11, defectRate: 0)
        #expect((0..<50).allSatisfy { clean.page(at: $0).defects.isEmpty })
    }

    @Test("a duplicate title is recorded on both pages, at line 1")
    func duplicateTitle() {
        let duplicates = TestCorpora.defective.defects.filter { $0.rule == "duplicate-title" }
        #expect(!duplicates.isEmpty && duplicates.count % 2 == 0)
        #expect(duplicates.allSatisfy { $0.line == 1 })
        let pages = Dictionary(uniqueKeysWithValues: TestCorpora.defective.pages.map { ($0.name, $0.bytes) })
        let titles = duplicates.map { pages[$0.file]!.prefix { $0 != 0x0A } }
        #expect(Set(titles).count == duplicates.count / 2)
    }

    @Test("pages without a recorded defect keep the clean shape")
    func cleanPagesStayClean() {
        let defective = Set(TestCorpora.defective.defects.map(\.file))
        for page in TestCorpora.defective.pages where !defective.contains(page.name) {
            let reader = PageReader(page.bytes)
            #expect(reader.problems.isEmpty, "\(page.name): \(reader.problems)")
        }
    }

    @Test("at rate 1 every page carries a defect and tiny corpora do not crash")
    func extremes() {
        let all = CorpusPlan(count: 66, seed: 5, defectRate: 1)
        #expect((0..<66).filter { all.rule(at: $0) != nil }.count >= 60)
        for count in 0...3 {
            let corpus = CorpusGenerator.generate(count: count, seed: 5, defectRate: 1)
            #expect(corpus.pages.count == count)
        }
    }
}
