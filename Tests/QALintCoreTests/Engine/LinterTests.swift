import Foundation
import Synchronization
import Testing
@testable import QALintCore

@Suite("Linter")
struct LinterTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

    @Test("output is byte-identical whatever the number of threads and the order of paths")
    func deterministic() {
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        let reporter = JSONReporter()
        let reportContext = ReportContext(rules: [], toolVersion: "test")
        let one = reporter.render(linter.lint(paths: [Self.samples], stdin: nil, context: context, jobs: 1), context: reportContext)
        let files = FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files
        for jobs in [2, 4, 8] {
            let report = linter.lint(files.reversed().map(LintInput.file), context: context, jobs: jobs)
            #expect(reporter.render(report, context: reportContext) == one)
        }
        #expect(one.contains("\"rule\":\"related-faq-format\""))
    }

    @Test("suggestions for broken links, shared out to the run's threads, are the same on any number of them, in page order")
    func suggestionsOnAnyNumberOfThreads() throws {
        // Six pages titled "Itchy skin folds, case N", each linking to a misspelt title: the
        // next page's (twice the same misspelling), and one title near no page.
        let page = String(decoding: try FileReader.read(Self.samples + "/clean/eczema.txt").get(), as: UTF8.self)
        let linked = "Recurring one-sided headaches with nausea"
        let directory = FileManagerShim.temporaryDirectory() + "/corpus"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let targets = ["Itchy skni folds, case 2", "Itchy skin fods, case 3", "Itchy skin folds, cse 4", "Itchy skin folds, cse 4",
                       "Entirely unrelated words here", "Itchy skin folds case 1"]
        for number in 1...6 {
            let text = page.replacingOccurrences(of: "Itchy skin folds in a young child", with: "Itchy skin folds, case \(number)")
                .replacingOccurrences(of: linked, with: targets[number - 1])
            try AtomicWriter.write(Array(text.utf8), to: directory + "/page-\(number).txt")
        }
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        func broken(_ jobs: Int) -> [String] {
            linter.lint(paths: [directory], stdin: nil, context: context, jobs: jobs).diagnostics
                .filter { $0.rule == "broken-link" }.map { "\(($0.file as NSString).lastPathComponent):\($0.range.line): \($0.message)" }
        }
        let expected = [
            "page-1.txt:17: No page is titled 'Itchy skni folds, case 2'; did you mean 'Itchy skin folds, case 2'?",
            "page-2.txt:17: No page is titled 'Itchy skin fods, case 3'; did you mean 'Itchy skin folds, case 3'?",
            "page-3.txt:17: No page is titled 'Itchy skin folds, cse 4'; did you mean 'Itchy skin folds, case 4'?",
            "page-4.txt:17: No page is titled 'Itchy skin folds, cse 4'; did you mean 'Itchy skin folds, case 4'?",
            "page-5.txt:17: No page is titled 'Entirely unrelated words here'",
            "page-6.txt:17: No page is titled 'Itchy skin folds case 1'; did you mean 'Itchy skin folds, case 1'?",
        ]
        for jobs in [1, 2, 4] { #expect(broken(jobs) == expected, "--jobs \(jobs)") }
    }

    @Test("progress counts every page read, linted and corpus pages alike, up to the total")
    func progress() throws {
        let seen = Mutex<[(Int, Int)]>([])
        var linter = Linter(configuration: TestSupport.configuration)
        linter.progress = { done, total in seen.withLock { $0.append((done, total)) } }
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        let report = linter.lint(paths: [Self.samples + "/clean"], stdin: nil, corpus: Self.samples, context: context, jobs: 2)
        let corpusPages = FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files.count
        let calls = seen.withLock { $0 }
        // Each page once: the 5 linted pages, and the corpus pages not among them.
        #expect(report.files.count == 5)
        #expect(calls.count == corpusPages)
        #expect(Set(calls.map(\.1)) == [corpusPages])
        #expect(calls.map(\.0).sorted() == Array(1...corpusPages))
    }

    @Test("a missing path is a problem, and the other files are still linted")
    func missingPath() {
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        let report = linter.lint(paths: ["/nonexistent/page.txt", Self.samples + "/clean"], stdin: nil, context: context, jobs: 2)
        #expect(report.problems == [InputProblem(path: "/nonexistent/page.txt", message: "no such file or directory")])
        #expect(report.files.count == 5)
    }

    @Test("personal data is masked in messages and excerpts")
    func masking() {
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "Please rest", with: "Call 0912-345-678 or mail a.b@example.com, rest")
        let found = TestSupport.lint(page).filter { $0.rule == "pii" }
        #expect(found.map(\.message) == ["Phone number 09**-***-*** in reply; remove personal data",
                                         "E-mail address a.*@*******.*** in reply; remove personal data"])
        for diagnostic in found {
            #expect(diagnostic.excerpt == "Call ************ or mail ***************, rest and see an orthopedist if it persists.")
        }
    }

    @Test("the fix of trailing whitespace and line endings spans exactly the bytes to change")
    func fixes() {
        let found = TestSupport.lint("Title  \nQuestion\r\nMore\n")
        let trailing = found.first { $0.rule == "trailing-whitespace" }
        #expect(trailing?.fix == Fix(start: 5, end: 7, replacement: []))
        let ending = found.first { $0.rule == "line-endings" }
        #expect(ending?.fix == Fix(start: 16, end: 18, replacement: [0x0A]))
    }

    @Test("line endings: the file's most used ending, ties to LF then CRLF, a lone CR counted, or the required style")
    func lineEndingDecisions() throws {
        func endings(_ page: String, _ configuration: Configuration = TestSupport.configuration) -> [String] {
            TestSupport.lint(page, configuration: configuration).filter { $0.rule == "line-endings" }
                .map { "\($0.range.line):\($0.range.column) \($0.message)" }
        }
        // A tie between LF and CRLF goes to LF; between CRLF and CR, to CRLF.
        #expect(endings("a\nb\r\nc") == ["2:2 Line ends with CRLF, but this file mostly uses LF"])
        #expect(endings("a\r\nb\rc") == ["2:2 Line ends with CR, but this file mostly uses CRLF"])
        // The most used ending wins, a lone CR as any other; the last line without one counts for none.
        #expect(endings("a\rb\rc\nd") == ["3:2 Line ends with LF, but this file mostly uses CR"])
        #expect(endings("a\r\nb\r\nc\nd\re") == ["3:2 Line ends with LF, but this file mostly uses CRLF",
                                                     "4:2 Line ends with CR, but this file mostly uses CRLF"])
        #expect(endings("a\r\nb\r\nc").isEmpty && endings("one line").isEmpty)
        // A required style reports every other ending, even in a consistent file.
        let crlf = try TestSupport.configuration(yaml: "rules:\n  line-endings: { options: { style: crlf } }\n")
        #expect(endings("a\nb\nc", crlf) == ["1:2 Line ends with LF; expected CRLF", "2:2 Line ends with LF; expected CRLF"])
        #expect(endings("a\r\nb\r\n", crlf).isEmpty)
    }
}
