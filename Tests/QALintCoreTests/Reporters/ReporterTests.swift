@testable import QALintCore

/// Namespace of the reporter test suites, so `swift test --filter Reporter` selects them all.
enum ReporterTests {
    /// A small report covering each severity, a multi-line range, a related location, a path
    /// with a space and a clean file.
    static let report = LintReport(
        diagnostics: [
            Diagnostic(
                file: "content/b page.txt", range: SourceRange(line: 5, column: 1, endLine: 5, endColumn: 1),
                severity: .info, rule: "self-link", message: "Page lists itself under Similar Q&A",
                excerpt: "[Read More] Knee pain after running"),
            Diagnostic(
                file: "content/a.txt", range: SourceRange(line: 3, column: 13, endLine: 3, endColumn: 23),
                severity: .error, rule: "date-order",
                message: "Reply Date 2023/01/02 is before Ask Date 2023/01/03", excerpt: "Reply Date: 2023/01/02"),
            Diagnostic(
                file: "content/a.txt", range: SourceRange(line: 7, column: 1, endLine: 9, endColumn: 5),
                severity: .warning, rule: "link-mismatch",
                message: "Entry's question excerpt is not a prefix of the linked page's question",
                excerpt: "Q: My knee hurts",
                related: [RelatedLocation(
                    file: "content/b page.txt", range: SourceRange(line: 2, column: 1, endLine: 2, endColumn: 20),
                    message: "the linked page's question")]),
        ],
        files: ["content/clean.txt", "content/b page.txt", "content/a.txt"])

    /// The rules of ``report``'s run, one of them off.
    static let context = ReportContext(
        rules: [
            RuleInfo(id: "date-order", kind: "date-compare", severity: .error,
                     summary: "Reply Date is not before Ask Date",
                     description: "A doctor cannot reply before the question was asked.", fixable: false),
            RuleInfo(id: "future-date", kind: "date-compare", severity: .off,
                     summary: "No date after today", description: "Dates lie in the past.", fixable: false),
            RuleInfo(id: "link-mismatch", kind: "link-compare", severity: .warning,
                     summary: "Similar Q&A entries match the linked page",
                     description: "An entry's excerpts are prefixes of the linked page's question and reply.",
                     fixable: false),
            RuleInfo(id: "self-link", kind: "self-link", severity: .info,
                     summary: "A page does not link to itself",
                     description: "A page lists itself under Similar Q&A.", fixable: false),
            RuleInfo(id: "trailing-whitespace", kind: "trailing-whitespace", severity: .warning,
                     summary: "No spaces or tabs at line end", description: "", fixable: true),
        ],
        toolVersion: "0.1.0")

    /// A diagnostic of `rule` with a hostile message, at `line`.
    static func diagnostic(
        _ message: String, file: String = "a.txt", line: Int = 1, rule: String = "pii",
        severity: Severity = .warning, excerpt: String? = nil
    ) -> Diagnostic {
        Diagnostic(file: file, range: SourceRange(line: line, column: 2, endLine: line, endColumn: 4),
                   severity: severity, rule: rule, message: message, excerpt: excerpt)
    }

    /// A message with every character the formats must escape.
    static let hostileMessage = "100% <sure> & \"quoted\" 'single', a: b\r\nnext\nline | `code` \u{0}\u{1}\u{B}\u{1F}\u{FFFE} tab\t😷"
}
