import Foundation
import Testing
@testable import QALintCore

@Suite("Excerpts of corpus findings and title suggestions")
struct ExcerptLoaderTests {
    static func finding(_ file: String, line: Int) -> Diagnostic {
        Diagnostic(file: file, range: SourceRange(line: line, column: 1, endLine: line, endColumn: 2), severity: .error,
                   rule: "broken-link", message: "m")
    }

    @Test("each finding gets its line's text, in the findings' order, on any number of threads; lines past the end and unknown files get none")
    func attach() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-excerpts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.txt").path
        try Data("first\nsecond\n".utf8).write(to: URL(fileURLWithPath: path))
        let diagnostics = [Self.finding(path, line: 2), Self.finding("b.txt", line: 1), Self.finding(path, line: 9),
                           Self.finding("other.txt", line: 1), Self.finding(path, line: 1)]
        let targets: [LintInput] = [.file(path), .bytes(Array("bee\n".utf8), name: "b.txt")]
        for jobs in [1, 2, 4] {
            let attached = ExcerptLoader.attach(diagnostics, targets: targets, jobs: jobs)
            #expect(attached.map(\.excerpt) == ["second", "bee", nil, nil, "first"], "jobs \(jobs)")
            #expect(attached.map(\.file) == diagnostics.map(\.file))
        }
    }

    @Test("when targets share a name, the last one that can be read gives the text")
    func sharedName() {
        let missing = "/nonexistent/qalint/x.txt"
        let targets: [LintInput] = [.bytes(Array("one".utf8), name: "x"), .bytes(Array("two".utf8), name: "x"),
                                    .bytes(Array("three".utf8), name: missing), .file(missing)]
        for jobs in [1, 2] {
            let attached = ExcerptLoader.attach([Self.finding("x", line: 1), Self.finding(missing, line: 1)], targets: targets, jobs: jobs)
            #expect(attached.map(\.excerpt) == ["two", "three"], "jobs \(jobs)")
        }
        // Looked up in runs side by side (as for a site's targets), the duplicates in different runs.
        let many = targets + (0..<9).map { LintInput.bytes(Array("page \($0)".utf8), name: "p\($0)") } + [.bytes(Array("four".utf8), name: "x")]
        for jobs in [2, 3] {
            let attached = ExcerptLoader.attach([Self.finding("x", line: 1), Self.finding(missing, line: 1), Self.finding("p4", line: 1)],
                                                targets: many, jobs: jobs, runsFrom: 1)
            #expect(attached.map(\.excerpt) == ["four", "three", "page 4"], "jobs \(jobs)")
        }
    }

    @Test("with attachesCorpusExcerpts off, corpus findings have no excerpt, per-page findings keep theirs, and the JSON is the same")
    func corpusExcerptsOff() {
        let samples = LinterTests.samples
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        let corpusRules = Set(TestSupport.configuration.rules.filter { $0.kind.corpusKind != nil }.map(\.id))
        var linter = Linter(configuration: TestSupport.configuration)
        let with = linter.lint(paths: [samples], stdin: nil, context: context, jobs: 2)
        linter.attachesCorpusExcerpts = false
        let without = linter.lint(paths: [samples], stdin: nil, context: context, jobs: 2)
        let brokenLink = with.diagnostics.first { $0.rule == "broken-link" }
        #expect(brokenLink?.excerpt == "Passing a small kidney stone quickly")
        #expect(with.diagnostics.count == without.diagnostics.count)
        for (on, off) in zip(with.diagnostics, without.diagnostics) {
            #expect(on.rule == off.rule && on.file == off.file && on.range == off.range)
            #expect(off.excerpt == (corpusRules.contains(on.rule) ? nil : on.excerpt), "\(on.rule) at \(on.file):\(on.range.line)")
        }
        #expect(without.diagnostics.contains { !corpusRules.contains($0.rule) && $0.excerpt != nil })
        let reportContext = ReportContext(rules: [], toolVersion: "test")
        #expect(JSONReporter().render(with, context: reportContext) == JSONReporter().render(without, context: reportContext))
        #expect(OutputFormat.allCases.filter(\.readsExcerpts) == [.text, .sarif])
    }

    @Test("suggestions compare folded titles decoded from UTF-8: accents, CJK, case, prefixes")
    func suggestions() {
        let suggester = TitleSuggester(titles: ["Knee Pain", "Hüftschmerzen im Alter", "膝盖疼痛怎么办呢", "Back pain at night"])
        #expect(suggester.suggestion(for: "knee pian") == "Knee Pain")
        #expect(suggester.suggestion(for: "Huftschmerzen im Alter") == "Hüftschmerzen im Alter")
        #expect(suggester.suggestion(for: "膝盖疼痛怎么办") == "膝盖疼痛怎么办呢")
        #expect(suggester.suggestion(for: "Back pain") == nil)
        #expect(suggester.suggestion(for: "Back pain at night again") == "Back pain at night")
        #expect(suggester.suggestion(for: "Something else entirely") == nil)
    }
}
