import Foundation
@testable import QALintCore

/// Hand-built reports for the audit tests, with every count worked out by hand, and the real
/// audit of `Samples/`.
enum AuditFixtures {
    /// A diagnostic of `rule` on `file` at `line`, with the line's text `excerpt`.
    static func finding(_ file: String, _ rule: String, _ severity: Severity, line: Int, excerpt: String, message: String? = nil) -> Diagnostic {
        Diagnostic(file: file, range: SourceRange(line: line, column: 1, endLine: line, endColumn: 5), severity: severity,
                   rule: rule, message: message ?? "\(rule) on line \(line)", excerpt: excerpt)
    }

    /// A page summary.
    static func page(_ path: String, _ title: String?, specialty: String?, doctor: String?, date: String?, links: [String]) -> PageSummary {
        var groups: [String: String] = [:]
        groups["specialty"] = specialty
        groups["doctor"] = doctor
        groups["date"] = date
        return PageSummary(path: path, title: title, groups: groups, links: links)
    }

    /// Five pages, ten findings:
    ///
    /// | page | specialty | doctor | Ask Date | findings |
    /// |---|---|---|---|---|
    /// | a.txt "Knee pain" → Back pain, Missing page | Orthopedics | Li Yuqi | 2023/01/03 | broken-link E, date-order E, pii W |
    /// | b.txt "Back pain" → Knee pain | Orthopedics | Chen Yongxue | 2023/01/20 | trailing-whitespace W ×2 |
    /// | c.txt "Rash" → Rash (itself) | Dermatology | Li Yuqi | 2023/03/05 | self-link W, duplicate-title E |
    /// | d.txt "Rash" | – | – | `yesterday` | duplicate-title E, required-section E, no-guarantees I |
    /// | e.txt "Cough" → Knee pain | Pulmonology | Wu Yuxin | 2024/12/31 | – |
    static let report: LintReport = {
        var report = LintReport(diagnostics: [
            finding("content/a.txt", "broken-link", .error, line: 12, excerpt: "Missing page"),
            finding("content/a.txt", "date-order", .error, line: 10, excerpt: "Reply Date: 2023/01/02"),
            finding("content/a.txt", "pii", .warning, line: 8, excerpt: "call me on ************",
                    message: "Phone number 09**-***-*** in reply; remove personal data"),
            finding("content/b.txt", "trailing-whitespace", .warning, line: 2, excerpt: "line two "),
            finding("content/b.txt", "trailing-whitespace", .warning, line: 3, excerpt: "line three "),
            finding("content/c.txt", "self-link", .warning, line: 14, excerpt: "Rash"),
            finding("content/c.txt", "duplicate-title", .error, line: 1, excerpt: "Rash"),
            finding("content/d.txt", "duplicate-title", .error, line: 1, excerpt: "Rash"),
            finding("content/d.txt", "required-section", .error, line: 9, excerpt: "More Info"),
            finding("content/d.txt", "no-guarantees", .info, line: 7, excerpt: "we guarantee a cure"),
        ], files: ["content/a.txt", "content/b.txt", "content/c.txt", "content/d.txt", "content/e.txt"])
        report.corpusSize = 5
        report.pages = [
            page("content/a.txt", "Knee pain", specialty: "Orthopedics", doctor: "Li Yuqi", date: "2023/01/03", links: ["Back pain", "Missing page"]),
            page("content/b.txt", "Back pain", specialty: "Orthopedics", doctor: "Chen Yongxue", date: "2023/01/20", links: ["Knee pain"]),
            page("content/c.txt", "Rash", specialty: "Dermatology", doctor: "Li Yuqi", date: "2023/03/05", links: ["Rash"]),
            page("content/d.txt", "Rash", specialty: nil, doctor: nil, date: "yesterday", links: []),
            page("content/e.txt", "Cough", specialty: "Pulmonology", doctor: "Wu Yuxin", date: "2024/12/31", links: ["Knee pain"]),
        ]
        return report
    }()

    /// The rules of ``report``'s run (`no-guarantees` reported without being listed; `future-date` off).
    static let rules: [RuleInfo] = [
        ("broken-link", Severity.error), ("date-order", .error), ("duplicate-title", .error), ("future-date", .off),
        ("pii", .warning), ("raw-html", .warning), ("required-section", .error), ("self-link", .warning),
        ("trailing-whitespace", .warning),
    ].map { RuleInfo(id: $0.0, kind: "kind-of-\($0.0)", severity: $0.1, summary: "Checks `\($0.0)`", description: "", fixable: false) }

    /// The run of ``report``.
    static let run = AuditRun(toolVersion: "0.1.0", date: "2026-11-25", configuration: nil, paths: ["content"])

    /// The summary of ``report``.
    static let summary = AuditSummary(report: report, rules: rules, run: run)

    /// `pages` generated pages: page `i` has `i % 7` pii warnings, specialty `S(i % 300)`, its own
    /// doctor, and links to page `i + 1`; so 100 specialties and most doctors are left out of
    /// their tables, and most pages with findings out of the worst pages.
    static func large(pages: Int) -> AuditSummary {
        var diagnostics: [Diagnostic] = []
        var summaries: [PageSummary] = []
        var files: [String] = []
        for index in 0..<pages {
            let file = "content/\(index).txt"
            files.append(file)
            summaries.append(page(file, "Title \(index)", specialty: "S\(index % 300)", doctor: "Dr \(index)",
                                  date: "20\(10 + index % 10)/0\(1 + index % 9)/01", links: ["Title \(index + 1)"]))
            for line in 0..<(index % 7) {
                diagnostics.append(finding(file, "pii", .warning, line: line + 1, excerpt: "text \(line)"))
            }
        }
        var report = LintReport(diagnostics: diagnostics, files: files)
        report.pages = PageSummaries(summaries)
        return AuditSummary(report: report, rules: rules, run: run)
    }

    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The audit of `Samples/` with the built-in configuration, on 2026-11-25, as `qalint audit Samples` makes it.
    static let samples: (report: LintReport, summary: AuditSummary) = {
        var linter = Linter(configuration: TestSupport.configuration)
        linter.collectsSummaries = true
        let samples = root.appendingPathComponent("Samples").path
        let report = linter.lint(paths: [samples], stdin: nil, context: CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference), jobs: 2)
        let summary = AuditSummary(report: report, rules: TestSupport.configuration.rules.map(\.info),
                                   run: AuditRun(toolVersion: "0.1.0", date: "2026-11-25", configuration: nil, paths: [samples]))
        return (report, summary)
    }()
}
