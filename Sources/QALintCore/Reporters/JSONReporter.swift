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
        json.beginObject()
        json.key("diagnostics")
        json.beginArray()
        for diagnostic in report.diagnostics { write(diagnostic, to: &json) }
        json.endArray()
        json.key("summary")
        json.beginObject()
        json.member("errors", report.errorCount)
        json.member("files", report.files.count)
        json.member("infos", report.count(.info))
        json.member("warnings", report.warningCount)
        json.endObject()
        json.member("version", 1)
        json.endObject()
        return json.text + "\n"
    }

    private func write(_ diagnostic: Diagnostic, to json: inout JSONWriter) {
        json.beginObject()
        json.member("column", diagnostic.range.column)
        json.member("endColumn", diagnostic.range.endColumn)
        json.member("endLine", diagnostic.range.endLine)
        json.member("file", diagnostic.file)
        json.member("line", diagnostic.range.line)
        json.member("message", diagnostic.message)
        if !diagnostic.related.isEmpty {
            json.key("related")
            json.beginArray()
            for related in diagnostic.related {
                json.beginObject()
                json.member("column", related.range.column)
                json.member("file", related.file)
                json.member("line", related.range.line)
                json.member("message", related.message)
                json.endObject()
            }
            json.endArray()
        }
        json.member("rule", diagnostic.rule)
        json.member("severity", diagnostic.severity.rawValue)
        json.endObject()
    }
}
