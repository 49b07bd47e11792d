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
