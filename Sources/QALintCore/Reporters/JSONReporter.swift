/// `--format json`: `{"diagnostics":[…],"summary":{…},"version":1}`, keys sorted, one line.
///
/// A diagnostic is `{"column","endColumn","endLine","file","line","message","related"?,"rule","severity"}`,
/// `related` only when there are related locations, each `{"column","file","line","message"}`;
/// the summary is `{"errors","files","infos","warnings"}`.
public struct JSONReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    /// The JSON text, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        // About 250 bytes a diagnostic: the text is written once, without growing.
        var json = JSONWriter(capacity: 64 + 256 * report.diagnostics.count)
        json.raw("{")
        json.key("diagnostics")
        json.raw("[")
        for (index, diagnostic) in report.diagnostics.enumerated() {
            if index > 0 { json.raw(",") }
            write(diagnostic, to: &json)
        }
        json.raw("],")
        json.key("summary")
        json.raw("{")
        json.key("errors")
        json.int(report.errorCount)
        json.raw(",")
        json.key("files")
        json.int(report.files.count)
        json.raw(",")
        json.key("infos")
        json.int(report.count(.info))
        json.raw(",")
        json.key("warnings")
        json.int(report.warningCount)
        json.raw("},")
        json.key("version")
        json.raw("1}\n")
        return json.text
    }

    private func write(_ diagnostic: Diagnostic, to json: inout JSONWriter) {
        json.raw("{")
        json.key("column")
        json.int(diagnostic.range.column)
        json.raw(",")
        json.key("endColumn")
        json.int(diagnostic.range.endColumn)
        json.raw(",")
        json.key("endLine")
        json.int(diagnostic.range.endLine)
        json.raw(",")
        json.key("file")
        json.string(diagnostic.file)
        json.raw(",")
        json.key("line")
        json.int(diagnostic.range.line)
        json.raw(",")
        json.key("message")
        json.string(diagnostic.message)
        json.raw(",")
        if !diagnostic.related.isEmpty {
            json.key("related")
            json.raw("[")
            for (index, related) in diagnostic.related.enumerated() {
                if index > 0 { json.raw(",") }
                json.raw("{")
                json.key("column")
                json.int(related.range.column)
                json.raw(",")
                json.key("file")
                json.string(related.file)
                json.raw(",")
                json.key("line")
                json.int(related.range.line)
                json.raw(",")
                json.key("message")
                json.string(related.message)
                json.raw("}")
            }
            json.raw("],")
        }
        json.key("rule")
        json.string(diagnostic.rule)
        json.raw(",")
        json.key("severity")
        json.string(diagnostic.severity.rawValue)
        json.raw("}")
    }
}
