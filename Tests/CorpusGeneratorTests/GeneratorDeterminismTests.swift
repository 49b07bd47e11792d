import CorpusGenerator
import Testing

@Suite("Generator determinism")
struct GeneratorDeterminismTests {
    @Test("SplitMix64 gives the reference sequence")
    func referenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("the same seed gives byte-identical pages and the same defects")
    func sameSeedSameCorpus() {
        let first = CorpusGenerator.generate(count: 150, seed: 42, defectRate: 0.3)
        let second = CorpusGenerator.generate(count: 150, seed: 42, defectRate: 0.3)
        #expect(first.pages.map(\.name) == second.pages.map(\.name))
        #expect(first.pages.map(\.bytes) == second.pages.map(\.bytes))
        #expect(first.defects == second.defects)
    }

    @Test("pages written out of order are the same as in order")
    func orderIndependent() {
        let plan = CorpusPlan(count: 60, seed: 9, defectRate: 0.5)
        let forward = (0..<60).map { plan.page(at: $0).page.bytes }
        let backward = (0..<60).reversed().map { plan.page(at: $0).page.bytes }
        #expect(forward == Array(backward.reversed()))
    }

    @Test("another seed gives other pages")
    func otherSeedOtherCorpus() {
        let first = CorpusGenerator.generate(count: 20, seed: 1, defectRate: 0)
        let second = CorpusGenerator.generate(count: 20, seed: 2, defectRate: 0)
        #expect(first.pages.map(\.bytes) != second.pages.map(\.bytes))
    }

    @Test("file names are a six-digit number and 16 hex digits")
    func fileNames() {
        let names = CorpusGenerator.generate(count: 30, seed: 3, defectRate: 0).pages.map(\.name)
        for (index, name) in names.enumerated() {
            #expect(name.wholeMatch(of: /\d{6}_[0-9a-f]{16}\.txt/) != nil, "\(name)")
            #expect(name.hasPrefix(String(format6(index))))
        }
        #expect(names == names.sorted())
    }

    private func format6(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }
}
