import Foundation
import Testing
@testable import QALintCore

extension ReporterTests {
    /// `--format json`.
    @Suite struct JSON {
        @Test("the sample report: diagnostics in file order, keys sorted, related locations only where there are some, one line")
        func sampleReport() {
            let text = JSONReporter().render(ReporterTests.report, context: ReporterTests.context)
            #expect(text == """
                {"diagnostics":[{"column":13,"endColumn":23,"endLine":3,"file":"content/a.txt","line":3,\
                "message":"Reply Date 2023/01/02 is before Ask Date 2023/01/03","rule":"date-order","severity":"error"},\
                {"column":1,"endColumn":5,"endLine":9,"file":"content/a.txt","line":7,\
                "message":"Entry's question excerpt is not a prefix of the linked page's question",\
                "related":[{"column":1,"file":"content/b page.txt","line":2,"message":"the linked page's question"}],\
                "rule":"link-mismatch","severity":"warning"},{"column":1,"endColumn":1,"endLine":5,"file":"content/b page.txt","line":5,\
                "message":"Page lists itself under Similar Q&A","rule":"self-link","severity":"info"}],"summary":{"errors":1,"files":3,"infos":1,"warnings":1},"version":1}

                """)
        }

        @Test("an empty report")
        func emptyReport() {
            let text = JSONReporter().render(LintReport(diagnostics: [], files: []), context: ReporterTests.context)
            #expect(text == "{\"diagnostics\":[],\"summary\":{\"errors\":0,\"files\":0,\"infos\":0,\"warnings\":0},\"version\":1}\n")
        }

        @Test("every control character, quote and backslash escaped as JSONEncoder escapes them; slashes and other text as they are")
        func escapes() throws {
            var messages = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }
            messages += [ReporterTests.hostileMessage, "", "a/b\\c\"d", "é中😷\u{2028}\u{FEFF}\u{7F}", "\u{1F}\u{20}\u{0}x"]
            let report = Self.report(messages: messages)
            let text = JSONReporter().render(report, context: ReporterTests.context)
            #expect(text == Self.encoded(report))
            #expect(text.contains(#""message":"\u001f""#))
            #expect(text.contains(#""message":"\b""#))
            #expect(text.contains(#""message":"/""#))
        }

        @Test("the same text as JSONEncoder with sorted keys on 300 random reports")
        func randomReports() throws {
            // A linear congruential generator: the same reports on every run.
            var state: UInt64 = 42
            func next() -> UInt64 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return state >> 33
            }
            let alphabet: [String] = ["a", "Z", " ", "/", "\\", "\"", "\n", "\r", "\t", "\u{0}", "\u{1B}", "é", "中", "😷", "👍🏻", "\u{2028}", ":", "{", "}", ","]
            for _ in 0..<300 {
                let messages = (0..<Int(next() % 4)).map { _ in
                    (0..<Int(next() % 12)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }.joined()
                }
                let report = Self.report(messages: messages, related: next() % 3 == 0)
                #expect(JSONReporter().render(report, context: ReporterTests.context) == Self.encoded(report))
            }
        }

        /// A report of one diagnostic a message, the message also in its path, rule and related location.
        static func report(messages: [String], related: Bool = true) -> LintReport {
            let diagnostics = messages.enumerated().map { index, message in
                Diagnostic(file: "dir/\(message).txt", range: SourceRange(line: index + 1, column: 2, endLine: index + 3, endColumn: 1_000_000),
                           severity: [Severity.error, .warning, .info][index % 3], rule: "rule-\(message)", message: message,
                           related: related && index % 2 == 0 ? [RelatedLocation(file: message, range: SourceRange(line: 1, column: 1, endLine: 1, endColumn: 2),
                                                                                 message: "linked \(message)")] : [])
            }
            return LintReport(diagnostics: diagnostics, files: ["a", "b"])
        }

        /// `report` through `JSONEncoder` with sorted keys and slashes unescaped: the reference.
        static func encoded(_ report: LintReport) -> String {
            struct Output: Encodable {
                var version = 1
                var diagnostics: [Item]
                var summary: Summary
            }
            struct Item: Encodable {
                var file: String
                var line: Int
                var column: Int
                var endLine: Int
                var endColumn: Int
                var severity: Severity
                var rule: String
                var message: String
                var related: [Related]?
            }
            struct Related: Encodable {
                var file: String
                var line: Int
                var column: Int
                var message: String
            }
            struct Summary: Encodable {
                var files: Int
                var errors: Int
                var warnings: Int
                var infos: Int
            }
            let items = report.diagnostics.map { diagnostic in
                Item(file: diagnostic.file, line: diagnostic.range.line, column: diagnostic.range.column, endLine: diagnostic.range.endLine,
                     endColumn: diagnostic.range.endColumn, severity: diagnostic.severity, rule: diagnostic.rule, message: diagnostic.message,
                     related: diagnostic.related.isEmpty ? nil : diagnostic.related.map {
                         Related(file: $0.file, line: $0.range.line, column: $0.range.column, message: $0.message)
                     })
            }
            let output = Output(diagnostics: items, summary: Summary(files: report.files.count, errors: report.errorCount,
                                                                     warnings: report.warningCount, infos: report.count(.info)))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try! encoder.encode(output), as: UTF8.self) + "\n"
        }
    }
}
