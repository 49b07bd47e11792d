import Foundation
import Testing
@testable import QALintCore

@Suite("Personal data never reaches an output")
struct PrivacyTests {
    static let phone = "0912-345-678"
    static let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(
        of: "Please rest and see", with: "Call me on \(phone) or lin.chen@example.com, ID A123456789, and see")

    @Test("no output format, baseline or cache holds the matched text, even when another rule quotes it")
    func everyOutput() throws {
        let configuration = try TestSupport.configuration(yaml: """
        rules:
          no-call-me:
            kind: pattern
            severity: warning
            options: { parts: [reply], forbid: 'Call me on [0-9-]+' }
        """)
        let directory = FileManagerShim.temporaryDirectory()
        try AtomicWriter.write(Array(Self.page.utf8), to: directory + "/page.txt")
        try AtomicWriter.write(Array((TestSupport.configuration.examples.corpus["stairs.txt"] ?? "").utf8), to: directory + "/stairs.txt")
        let linter = Linter(configuration: configuration)
        let context = CheckContext(today: TestSupport.today, reference: configuration.reference)
        let cache = directory + "/facts.bin"
        let report = linter.lint(paths: [directory + "/page.txt"], stdin: nil, corpus: directory, cache: cache, context: context, jobs: 2)
        #expect(report.diagnostics.filter { $0.rule == "pii" }.count == 3)
        #expect(report.diagnostics.contains { $0.rule == "no-call-me" && $0.message == "'Call me on ************' is not allowed in reply" })
        let reportContext = ReportContext(rules: configuration.rules.map(\.info), toolVersion: "test")
        var outputs = OutputFormat.allCases.map { $0.reporter(color: true).render(report, context: reportContext) }
        outputs.append(GitHubStepSummary().render(report, context: reportContext))
        outputs.append(Baseline(report: report).json())
        outputs.append(String(decoding: try FileReader.read(cache).get(), as: UTF8.self))
        for (index, output) in outputs.enumerated() {
            for secret in [Self.phone, "345-678", "lin.chen@example.com", "example.com", "A123456789", "23456789"] {
                #expect(!output.contains(secret), "output \(index) contains \(secret)")
            }
        }
    }

    @Test("a catastrophic user pattern stops at the match limit and says which rule")
    func boundedPattern() throws {
        let configuration = try TestSupport.configuration(yaml: """
        rules:
          runaway:
            kind: pattern
            options: { parts: [question], forbid: '(a+)+$' }
        """)
        let line = String(repeating: "a", count: 5_000) + "!"
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "Should I stop running?", with: line)
        let found = TestSupport.lint(page, configuration: configuration).filter { $0.rule == "runaway" }
        #expect(found.map { "\($0.range.line):\($0.range.column) \($0.message)" }
                == ["3:1 Pattern (a+)+$ gave up on this line (match limit reached); simplify the rule's pattern"])
    }
}
