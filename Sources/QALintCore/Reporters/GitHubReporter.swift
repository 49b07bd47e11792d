/// `--format github`: GitHub Actions workflow commands that annotate the pull request.
///
/// One line per diagnostic:
/// `::error file=PATH,line=L,endLine=EL,col=C,endColumn=EC,title=qalint (RULE)::MESSAGE`
/// (`::warning` for warnings, `::notice` for infos). Columns are given only when the finding
/// is on one line, as GitHub ignores them otherwise. GitHub shows at most 10 errors and 10
/// warnings per step, so the full list belongs in SARIF or in the ``GitHubStepSummary``.
public struct GitHubReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    /// One workflow command per diagnostic, each ending with a newline; empty when clean.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        report.diagnostics.map { Self.command($0) + "\n" }.joined()
    }

    /// The workflow command for one diagnostic, without the newline.
    static func command(_ diagnostic: Diagnostic) -> String {
        let range = diagnostic.range
        var properties = [
            ("file", RepositoryPath.normalise(diagnostic.file)),
            ("line", String(range.line)),
            ("endLine", String(range.endLine)),
        ]
        if range.line == range.endLine {
            properties += [("col", String(range.column)), ("endColumn", String(range.endColumn))]
        }
        properties.append(("title", "qalint (\(diagnostic.rule))"))
        let list = properties.map { $0.0 + "=" + escapeProperty($0.1) }.joined(separator: ",")
        return "::\(command(for: diagnostic.severity)) \(list)::\(escapeData(diagnostic.message))"
    }

    /// The command name for a severity: `error`, `warning` or `notice`.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .off: "notice"
        }
    }

    /// A message escaped as workflow-command data: `%`, CR and LF become `%25`, `%0D`, `%0A`;
    /// other control characters but tab become U+FFFD.
    static func escapeData(_ text: String) -> String {
        escape(text, inProperty: false)
    }

    /// A property value escaped: as data, and also `:` and `,` as `%3A` and `%2C`.
    static func escapeProperty(_ text: String) -> String {
        escape(text, inProperty: true)
    }

    private static func escape(_ text: String, inProperty: Bool) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where inProperty: result += "%3A"
            case "," where inProperty: result += "%2C"
            // Not part of GitHub's escaping, but a NUL or an ESC in a log line can cut the line
            // short or drive the terminal: other control characters become U+FFFD.
            case "\u{0}"..."\u{8}", "\u{B}"..."\u{1F}", "\u{7F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
