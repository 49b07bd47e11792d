/// `--format checkstyle`: Checkstyle XML, which Jenkins' Warnings plugin, reviewdog and many
/// code-review tools read.
///
/// Every file checked gets a `<file>` element, clean ones empty, so a consumer can tell
/// "checked and clean" from "not checked". `source` is `qalint.RULE`.
public struct CheckstyleReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    /// The XML document, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        var xml = XMLWriter()
        xml.open("checkstyle", ["version": "4.3"])
        for (file, diagnostics) in report.diagnosticsByFile() {
            guard !diagnostics.isEmpty else {
                xml.empty("file", ["name": file])
                continue
            }
            xml.open("file", ["name": file])
            for diagnostic in diagnostics {
                xml.empty("error", [
                    "line": String(diagnostic.range.line), "column": String(diagnostic.range.column),
                    "severity": Self.severity(diagnostic.severity), "message": diagnostic.message,
                    "source": "qalint." + diagnostic.rule,
                ])
            }
            xml.close()
        }
        return xml.finish()
    }

    /// Checkstyle's severity names: `error`, `warning`, `info`, `ignore`.
    static func severity(_ severity: Severity) -> String {
        severity == .off ? "ignore" : severity.rawValue
    }
}
