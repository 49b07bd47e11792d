import Foundation
import Testing
@testable import QALintCore

@Suite("Fixes")
struct FixerTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path
    private let linter = Linter(configuration: TestSupport.configuration)
    private var context: CheckContext { CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference) }

    private func fixed(_ text: String) -> String {
        String(decoding: Fixer.fix(Array(text.utf8), path: "page.txt", linter: linter, context: context).bytes, as: UTF8.self)
    }

    @Test("bytes outside fix spans are kept; of overlapping fixes only the first is applied")
    func apply() {
        let bytes = Array("abcdef".utf8)
        let (result, applied) = Fixer.apply([Fix(start: 1, end: 3, replacement: Array("XY".utf8)),
                                             Fix(start: 2, end: 4, replacement: []), Fix(start: 5, end: 6, replacement: [])], to: bytes)
        #expect(String(decoding: result, as: UTF8.self) == "aXYde")
        #expect(applied == 2)
    }

    @Test("loose dates become YYYY/MM/DD when they can mean only one day", arguments: [
        ("2023/1/3", "2023/01/03"), ("２０２３／０３／０２", "2023/03/02"), ("2023／3／2", "2023/03/02"),
        ("23/1/3", "23/1/3"), ("2023/13/01", "2023/13/01"), ("1999/1/3", "1999/1/3"), ("2023-01-03", "2023-01-03"),
    ])
    func dates(loose: String, expected: String) {
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "Ask Date: 2023/03/01", with: "Ask Date: \(loose)")
        #expect(fixed(page).contains("Ask Date: \(expected)\n"))
    }

    @Test("fixes keep the BOM, the file's line endings and a missing final newline")
    func keepsBytes() {
        let page = "\u{FEFF}Title  \r\nQuestion\r\nMore\nLast  "
        #expect(fixed(page) == "\u{FEFF}Title\r\nQuestion\r\nMore\r\nLast")
    }

    @Test("the [Read More] title is synced to the entry's title")
    func readMore() {
        let page = (TestSupport.configuration.examplePage ?? "").replacingOccurrences(of: "[Read More] Knee clicking on stairs", with: "[Read More] Knee clicks")
        #expect(fixed(page) == TestSupport.configuration.examplePage)
    }

    @Test("fixing twice changes nothing the second time, on every sample")
    func idempotent() throws {
        for path in FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files {
            let bytes = try FileReader.read(path).get()
            let once = Fixer.fix(bytes, path: path, linter: linter, context: context)
            let twice = Fixer.fix(once.bytes, path: path, linter: linter, context: context)
            #expect(twice.applied == 0, "\(path)")
            #expect(twice.bytes == once.bytes, "\(path)")
            let remaining = linter.lint(SourceText(bytes: once.bytes), path: path, context: context).filter { $0.fix != nil }
            #expect(remaining.isEmpty, "\(path): \(remaining.map(\.message))")
        }
    }

    @Test("a dry run's diff shows each changed line, a CR as ␍, and a missing final newline")
    func diff() {
        let diff = UnifiedDiff.render(old: Array("a\nb \r\nc".utf8), new: Array("a\nb\nc".utf8), path: "p.txt")
        #expect(diff == "--- a/p.txt\n+++ b/p.txt\n@@ -1,3 +1,3 @@\n a\n-b ␍\n+b\n c\n\\ No newline at end of file\n")
    }
}
