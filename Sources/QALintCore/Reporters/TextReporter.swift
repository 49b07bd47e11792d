/// The default output: one line per diagnostic, the offending line with a caret underline,
/// related locations as notes, and a summary line.
///
/// ```
/// page.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]
///    57 | (Surgery)
///       | ^^^^^^^^^
/// ```
public struct TextReporter: Reporter {
    /// Whether to use ANSI colours.
    public let color: Bool
    /// Whether to print the excerpt and caret lines.
    public let excerpts: Bool

    /// Creates the reporter.
    public init(color: Bool, excerpts: Bool = true) {
        self.color = color
        self.excerpts = excerpts
    }

    /// The text, ending with the summary line.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            let range = diagnostic.range
            out += paint("\(diagnostic.file):\(range.line):\(range.column):", "1") + " "
            out += paint("\(diagnostic.severity.rawValue):", colour(diagnostic.severity)) + " "
            out += diagnostic.message + " " + paint("[\(diagnostic.rule)]", "2") + "\n"
            if excerpts, let excerpt = diagnostic.excerpt {
                out += underline(excerpt, line: range.line, from: range.column,
                                 to: range.endLine == range.line ? range.endColumn : nil, severity: diagnostic.severity)
            }
            for note in diagnostic.related {
                out += "  " + paint("note:", "36") + " \(note.file):\(note.range.line):\(note.range.column): \(note.message)\n"
            }
        }
        out += summary(report)
        return out
    }

    private func underline(_ excerpt: String, line: Int, from: Int, to: Int?, severity: Severity) -> String {
        let shown = String(String.UnicodeScalarView(excerpt.unicodeScalars.map { $0 == "\t" || $0.value < 0x20 ? " " : $0 }))
        let width = shown.unicodeScalars.count
        let number = String(line)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        let start = max(1, min(from, width + 1))
        let end = max(start + 1, min(to ?? width + 1, width + 1))
        let carets = String(repeating: " ", count: start - 1) + String(repeating: "^", count: end - start)
        return "\(paint(gutter + " |", "2")) \(shown)\n\(paint(String(repeating: " ", count: gutter.count) + " |", "2")) \(paint(carets, colour(severity)))\n"
    }

    private func summary(_ report: LintReport) -> String {
        let files = report.files.count
        let errors = report.errorCount
        let warnings = report.warningCount
        let infos = report.count(.info)
        let checked = "\(files) file\(files == 1 ? "" : "s") checked"
        guard errors + warnings + infos > 0 else { return "\(checked): no problems.\n" }
        var parts = ["\(errors) error\(errors == 1 ? "" : "s")", "\(warnings) warning\(warnings == 1 ? "" : "s")"]
        if infos > 0 { parts.append("\(infos) info") }
        return "\(checked): " + paint(parts.joined(separator: ", "), errors > 0 ? "31" : "33") + ".\n"
    }

    private func colour(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info, .off: "1;34"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
