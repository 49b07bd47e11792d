import Testing
@testable import QALintCore

@Suite("Link content: what links read, fetched ahead or not")
struct LinkContentTests {
    @Test("the same findings on the Samples' corpus whether what links read is fetched ahead or not")
    func fetchingAhead() throws {
        let configuration = TestSupport.configuration
        let linter = Linter(configuration: configuration)
        let paths = FileCollector(configuration: configuration).collect([FactsWorkersTests.samples]).files
        var table = FactsTable(layout: try #require(linter.factsCollector).layout)
        for path in paths {
            table.append(contentsOf: linter.facts(of: SourceText(bytes: try FileReader.read(path).get()), path: path))
        }
        let index = CorpusIndex(table: table, rows: paths.indices.map { Int32($0) }, paths: paths, reported: paths.map { _ in true })
        let rule = try #require(configuration.rules.first { $0.id == "link-mismatch" })
        let kind = try #require(rule.kind.corpusKind as? LinkContentKind)
        var context = CheckContext(today: TestSupport.today, reference: configuration.reference)
        context.jobs = 2
        func findings(fetchingAhead ahead: Bool) -> [String] {
            var found: [CorpusFinding] = []
            kind.checkCorpus(index, context: context, into: &found, fetchingAhead: ahead)
            return found.map { finding in
                let values = finding.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
                return "\(paths[finding.page].split(separator: "/").last!):\(finding.range.line):\(finding.range.column) \(finding.message) \(values)"
            }
        }
        let plain = findings(fetchingAhead: false)
        #expect(plain == [
            "link-mismatch.txt:13:1 excerpt field=question,part=question,title=Itchy skin folds in a young child",
            "link-mismatch.txt:18:1 line expected=Dr. Zheng Minghui reply Urology,found=Dr. Zheng Minghui reply Surgery,line=doctor,title=Passing a small kidney stone",
        ])
        #expect(findings(fetchingAhead: true) == plain)
        #expect(paths.count < LinkContentKind.pagesFetchedAhead)
    }
}
