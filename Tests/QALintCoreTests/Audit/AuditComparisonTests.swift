import Testing
@testable import QALintCore

@Suite("Audit comparison: new and fixed findings since a previous audit")
struct AuditComparisonTests {
    /// The previous audit of ``AuditFixtures/report``'s corpus:
    /// - a.txt (Orthopedics): the same date-order finding on another line (moved, not new), the same pii;
    /// - b.txt (Orthopedics): one trailing-whitespace finding of the two now, and a raw-html one since fixed;
    /// - c.txt (Dermatology): the same self-link;
    /// - d.txt, then Dermatology, now without a specialty: the same required-section;
    /// - f.txt (Urology), deleted since: a future-date finding.
    static let previous: AuditSummary = {
        var report = LintReport(diagnostics: [
            AuditFixtures.finding("content/a.txt", "date-order", .error, line: 11, excerpt: "Reply Date: 2023/01/02"),
            AuditFixtures.finding("content/a.txt", "pii", .warning, line: 8, excerpt: "call me on ************"),
            AuditFixtures.finding("content/b.txt", "trailing-whitespace", .warning, line: 2, excerpt: "line two "),
            AuditFixtures.finding("content/b.txt", "raw-html", .warning, line: 5, excerpt: "it hurts<br>"),
            AuditFixtures.finding("content/c.txt", "self-link", .warning, line: 14, excerpt: "Rash"),
            AuditFixtures.finding("content/d.txt", "required-section", .error, line: 9, excerpt: "More Info"),
            AuditFixtures.finding("content/f.txt", "future-date", .error, line: 10, excerpt: "Reply Date: 2032/01/01"),
        ], files: ["content/a.txt", "content/b.txt", "content/c.txt", "content/d.txt", "content/f.txt"])
        report.pages = [
            AuditFixtures.page("content/a.txt", "Knee pain", specialty: "Orthopedics", doctor: nil, date: nil, links: []),
            AuditFixtures.page("content/b.txt", "Back pain", specialty: "Orthopedics", doctor: nil, date: nil, links: []),
            AuditFixtures.page("content/c.txt", "Rash", specialty: "Dermatology", doctor: nil, date: nil, links: []),
            AuditFixtures.page("content/d.txt", "Spots", specialty: "Dermatology", doctor: nil, date: nil, links: []),
            AuditFixtures.page("content/f.txt", "Future", specialty: "Urology", doctor: nil, date: nil, links: []),
        ]
        return AuditSummary(report: report, rules: AuditFixtures.rules,
                            run: AuditRun(toolVersion: "0.1.0", date: "2026-10-01", configuration: nil, paths: ["content"]))
    }()

    let comparison: AuditComparison = {
        let summary = AuditSummary(report: AuditFixtures.report, rules: AuditFixtures.rules, run: AuditFixtures.run, previous: previous)
        return summary.comparison!
    }()

    @Test("all findings: before, after, new and fixed, and after - before == new - fixed")
    func totals() {
        #expect(comparison.findings == change("(all)", before: 7, after: 10, new: 5, fixed: 2))
        #expect(comparison.previousDate == "2026-10-01")
        #expect(comparison.previousTotals == Self.previous.totals)
    }

    @Test("per rule: a moved finding is neither new nor fixed; a page that changed specialty changes no rule")
    func rules() {
        #expect(comparison.rules == [
            change("broken-link", before: 0, after: 1, new: 1, fixed: 0),
            change("date-order", before: 1, after: 1, new: 0, fixed: 0),
            change("duplicate-title", before: 0, after: 2, new: 2, fixed: 0),
            change("future-date", before: 1, after: 0, new: 0, fixed: 1),
            change("no-guarantees", before: 0, after: 1, new: 1, fixed: 0),
            change("pii", before: 1, after: 1, new: 0, fixed: 0),
            change("raw-html", before: 1, after: 0, new: 0, fixed: 1),
            change("required-section", before: 1, after: 1, new: 0, fixed: 0),
            change("self-link", before: 1, after: 1, new: 0, fixed: 0),
            change("trailing-whitespace", before: 1, after: 2, new: 1, fixed: 0),
        ])
    }

    @Test("per specialty: a finding whose page changed specialty is fixed in one and new in the other")
    func specialties() {
        #expect(comparison.specialties == [
            change("(none)", before: 0, after: 3, new: 3, fixed: 0),
            change("Dermatology", before: 2, after: 2, new: 1, fixed: 1),
            change("Orthopedics", before: 4, after: 5, new: 2, fixed: 1),
            change("Urology", before: 1, after: 0, new: 0, fixed: 1),
        ])
        for change in comparison.specialties + comparison.rules {
            #expect(change.after - change.before == change.new - change.fixed, "\(change.name)")
        }
    }

    @Test("an audit compared with itself has nothing new and nothing fixed")
    func same() {
        let summary = AuditFixtures.summary
        let again = AuditSummary(report: AuditFixtures.report, rules: AuditFixtures.rules, run: AuditFixtures.run, previous: summary)
        #expect(again.comparison?.findings == change("(all)", before: 10, after: 10, new: 0, fixed: 0))
        #expect(again.comparison?.rules.allSatisfy { $0.new == 0 && $0.fixed == 0 } == true)
    }

    @Test("the comparison is in the JSON and in the HTML")
    func output() throws {
        let summary = AuditSummary(report: AuditFixtures.report, rules: AuditFixtures.rules, run: AuditFixtures.run, previous: Self.previous)
        let decoded = try AuditSummary(json: Array(summary.json().utf8))
        #expect(decoded.comparison == comparison)
        let html = AuditHTML.render(summary)
        #expect(html.contains("<h2 id=\"changes-heading\">Changes since the previous audit</h2>"))
        #expect(html.contains("<dd data-change=\"new\" data-value=\"5\">5</dd>"))
        #expect(html.contains("<dd data-change=\"fixed\" data-value=\"2\">2</dd>"))
        #expect(html.contains("<tr data-change=\"Urology\"><th scope=\"row\" data-value=\"Urology\">Urology</th>"
            + "<td class=\"num\" data-key=\"new\" data-value=\"0\">0</td><td class=\"num\" data-key=\"fixed\" data-value=\"1\">−1</td>"))
        #expect(html.contains("Not listed: 4 rules with the same findings as before."))
        #expect(!AuditHTML.render(AuditFixtures.summary).contains("id=\"changes\""))
    }

    private func change(_ name: String, before: Int, after: Int, new: Int, fixed: Int) -> AuditComparison.Change {
        AuditComparison.Change(name: name, before: before, after: after, new: new, fixed: fixed)
    }
}
