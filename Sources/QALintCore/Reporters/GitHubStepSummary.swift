/// The Markdown that `--format github` appends to `$GITHUB_STEP_SUMMARY`: totals, then every
/// diagnostic as a table row.
///
/// Annotations show only 10 errors and 10 warnings per step; the summary shows them all, up to
/// GitHub's 1 MiB limit per step: rows that do not fit are left out and a last line says how
/// many. All text from reports is escaped, so a message cannot break the table or inject HTML.
public struct GitHubStepSummary: Reporter {
    /// The most UTF-8 bytes the summary may take, including the note on rows left out.
    public var byteLimit: Int

    /// Creates the reporter; the default limit stays safely under GitHub's 1 MiB.
    public init(byteLimit: Int = 1_000_000) {
        self.byteLimit = byteLimit
    }

    /// The Markdown text, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        var text = "## qalint\n\n" + Self.totals(report) + "\n"
        guard !report.diagnostics.isEmpty else { return text }
        text += "\n| Severity | File | Line | Column | Rule | Message |\n| --- | --- | ---: | ---: | --- | --- |\n"
        // Room for the closing note, whose length depends only on the count it reports.
        let budget = byteLimit - text.utf8.count - Self.omissionNote(report.diagnostics.count).utf8.count
        var used = 0
        for (shown, diagnostic) in report.diagnostics.enumerated() {
            let row = Self.row(diagnostic)
            used += row.utf8.count
            if used > budget {
                return text + Self.omissionNote(report.diagnostics.count - shown)
            }
            text += row
        }
        return text
    }

    /// `**2 errors, 1 warning and 0 infos** in 3 files.`
    static func totals(_ report: LintReport) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        if report.diagnostics.isEmpty {
            return "No problems found in \(counted(report.files.count, "file"))."
        }
        return "**\(counted(report.errorCount, "error")), \(counted(report.warningCount, "warning"))"
            + " and \(counted(report.count(.info), "info"))** in \(counted(report.files.count, "file"))."
    }

    /// One table row, ending with a newline.
    static func row(_ diagnostic: Diagnostic) -> String {
        let cells = [
            diagnostic.severity.rawValue, escape(RepositoryPath.normalise(diagnostic.file)),
            String(diagnostic.range.line), String(diagnostic.range.column),
            escape(diagnostic.rule), escape(diagnostic.message),
        ]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// The last line when rows were left out.
    static func omissionNote(_ count: Int) -> String {
        "\n\(count) more finding\(count == 1 ? " was" : "s were") left out: the step summary is limited "
            + "to 1 MiB. The SARIF, JSON or JUnit output has them all.\n"
    }

    /// `text` as literal table-cell content: Markdown punctuation is backslash-escaped
    /// (`|` would end the cell, `<` start HTML, `` ` `` a code span), and line breaks become
    /// `<br>`, since a row must stay on one line.
    static func escape(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r": continue
            case "\r", "\n": result += "<br>"
            case "\t": result += " "
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "!":
                result += "\\"
                result.unicodeScalars.append(scalar)
            default:
                // Other control characters mean nothing in Markdown and may upset a renderer.
                result.unicodeScalars.append(scalar.value < 0x20 || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }
}
