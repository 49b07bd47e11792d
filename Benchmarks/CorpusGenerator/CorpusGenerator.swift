/// Generates realistic Q&A pages in the seed's shape, with a chosen fraction carrying one
/// injected defect each, and the list of those defects (for recall and precision).
public enum CorpusGenerator {
    /// `count` pages from `seed`; `defectRate` (0…1) of them get one defect each, the rules taken
    /// in turn from ``DefectRule/allCases``. The same arguments give byte-identical pages.
    public static func generate(count: Int, seed: UInt64, defectRate: Double) -> Corpus {
        let plan = CorpusPlan(count: count, seed: seed, defectRate: defectRate)
        var pages: [GeneratedPage] = []
        pages.reserveCapacity(count)
        var defects: [InjectedDefect] = []
        for index in 0..<count {
            let (page, found) = plan.page(at: index)
            pages.append(page)
            defects += found
        }
        return Corpus(pages: pages, defects: defects.sorted())
    }
}
