import Foundation

/// `--format json`: `{"version":1,"diagnostics":[…],"summary":{…}}`, keys sorted, one line.
public struct JSONReporter: Reporter {
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

    /// Creates the reporter.
    public init() {}

    /// The JSON text, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        let items = report.diagnostics.map { diagnostic in
            Item(file: diagnostic.file, line: diagnostic.range.line, column: diagnostic.range.column,
                 endLine: diagnostic.range.endLine, endColumn: diagnostic.range.endColumn, severity: diagnostic.severity,
                 rule: diagnostic.rule, message: diagnostic.message,
                 related: diagnostic.related.isEmpty ? nil : diagnostic.related.map {
                     Related(file: $0.file, line: $0.range.line, column: $0.range.column, message: $0.message)
                 })
        }
        let output = Output(diagnostics: items, summary: Summary(
            files: report.files.count, errors: report.errorCount, warnings: report.warningCount, infos: report.count(.info)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
