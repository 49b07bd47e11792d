import CorpusGenerator

/// Corpora shared by the tests, generated once per test run.
enum TestCorpora {
    /// 1,000 clean pages (no defects): shape, size and department mix.
    static let clean = CorpusGenerator.generate(count: 1000, seed: 20_241_031, defectRate: 0)
    /// 220 pages, half with a defect (every rule ten times over).
    static let defective = CorpusGenerator.generate(count: 220, seed: 6, defectRate: 0.5)
    /// 2,600 pages, a tenth with a defect: more than two batches of pages read in parallel.
    static let batches = CorpusGenerator.generate(count: 2_600, seed: 3, defectRate: 0.1)
}
