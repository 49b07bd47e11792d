import Foundation
import Testing
@testable import QALintCore

@Suite("Audit summary: totals, rules, groups, months, links and worst pages")
struct AuditSummaryTests {
    let summary = AuditFixtures.summary

    @Test("the same summary when the findings' keys are hashed and the tables made on more threads")
    func jobs() {
        let (report, one) = AuditFixtures.samples
        for jobs in [2, 4] {
            let summary = AuditSummary(report: report, rules: TestSupport.configuration.rules.map(\.info), run: one.run, jobs: jobs)
            #expect(summary.json() == one.json(), "jobs \(jobs)")
        }
        #expect(!one.findingKeys.isEmpty)
    }

    @Test("totals count pages by worst severity and findings by severity")
    func totals() {
        #expect(summary.totals == AuditSummary.Totals(
            pages: 5, pagesWithErrors: 3, pagesWithWarnings: 3, cleanPages: 1, findings: 10,
            errors: 5, warnings: 4, infos: 1, unreadable: 0, corpusPages: 5))
        #expect(summary.version == 1)
        #expect(summary.run.date == "2026-11-25")
    }

    @Test("every configured rule is listed, off ones too, and a rule that reported unlisted is added")
    func rules() throws {
        #expect(summary.rules.map(\.id) == [
            "broken-link", "date-order", "duplicate-title", "future-date", "no-guarantees", "pii", "raw-html",
            "required-section", "self-link", "trailing-whitespace",
        ])
        let byID = Dictionary(uniqueKeysWithValues: summary.rules.map { ($0.id, $0) })
        let duplicate = try #require(byID["duplicate-title"])
        #expect((duplicate.findings, duplicate.errors, duplicate.warnings, duplicate.pages) == (2, 2, 0, 2))
        let whitespace = try #require(byID["trailing-whitespace"])
        #expect((whitespace.findings, whitespace.warnings, whitespace.pages, whitespace.severity) == (2, 2, 1, .warning))
        let off = try #require(byID["future-date"])
        #expect((off.findings, off.severity, off.summary) == (0, .off, "Checks `future-date`"))
        let unlisted = try #require(byID["no-guarantees"])
        #expect((unlisted.findings, unlisted.infos, unlisted.pages, unlisted.kind) == (1, 1, 1, ""))
        #expect(summary.rules.reduce(0) { $0 + $1.findings } == summary.totals.findings)
    }

    @Test("specialties and doctors: pages, pages with errors and findings, most findings first, (none) for pages without")
    func groups() {
        #expect(summary.specialties.groups == [
            group("Orthopedics", pages: 2, withErrors: 1, errors: 2, warnings: 3),
            group("(none)", pages: 1, withErrors: 1, errors: 2, infos: 1),
            group("Dermatology", pages: 1, withErrors: 1, errors: 1, warnings: 1),
            group("Pulmonology", pages: 1),
        ])
        #expect(summary.specialties.count == 4 && summary.specialties.omitted == nil && summary.specialties.omittedGroups == 0)
        #expect(summary.doctors.groups.map(\.name) == ["Li Yuqi", "(none)", "Chen Yongxue", "Wu Yuxin"])
        #expect(summary.doctors.groups[0] == group("Li Yuqi", pages: 2, withErrors: 2, errors: 3, warnings: 2))
    }

    @Test("lists are capped and what is left out is counted")
    func caps() {
        var limits = AuditLimits()
        limits.doctors = 2
        limits.worstPages = 2
        limits.diagnosticsPerPage = 1
        limits.listed = 1
        limits.messageLength = 5
        let capped = AuditSummary(report: AuditFixtures.report, rules: AuditFixtures.rules, run: AuditFixtures.run, limits: limits)
        #expect(capped.doctors.groups.map(\.name) == ["Li Yuqi", "(none)"])
        #expect(capped.doctors.count == 4 && capped.doctors.omittedGroups == 2)
        #expect(capped.doctors.omitted == group("(others)", pages: 2, warnings: 2))
        #expect(capped.worstPages.pages.map(\.path) == ["content/a.txt", "content/d.txt"])
        #expect(capped.worstPages.omitted == 2)
        #expect(capped.worstPages.pages[0].diagnostics.count == 1 && capped.worstPages.pages[0].omittedDiagnostics == 2)
        #expect(capped.worstPages.pages[0].diagnostics[0].message == "Phone…")
        #expect(capped.links.orphans == PathList(paths: ["content/c.txt"], omitted: 2))
        #expect(capped.totals == summary.totals)
    }

    @Test("months of Ask Date, in order; a date that is not YYYY/MM/… is undated")
    func months() {
        #expect(summary.months.months == [
            group("2023-01", pages: 2, withErrors: 1, errors: 2, warnings: 3),
            group("2023-03", pages: 1, withErrors: 1, errors: 1, warnings: 1),
            group("2024-12", pages: 1),
        ])
        #expect(summary.months.undated == group("(undated)", pages: 1, withErrors: 1, errors: 2, infos: 1))
        #expect(AuditSummary.month("2023/12/1") == "2023-12")
        #expect(AuditSummary.month("2023/13/01") == nil)
        #expect(AuditSummary.month("２０２３/01/01") == nil)
        #expect(AuditSummary.month("2023-01-01") == nil)
    }

    @Test("link health: links, broken-link findings, pages nothing else links to, duplicate titles")
    func links() {
        let links = summary.links
        #expect(links.links == 5)
        #expect(links.brokenLinks == 1)
        #expect(links.orphanPages == 3)
        #expect(links.orphans == PathList(paths: ["content/c.txt", "content/d.txt", "content/e.txt"], omitted: 0))
        #expect(links.untitledPages == 0)
        #expect(links.duplicateTitles == 1 && links.pagesWithDuplicateTitles == 2)
        #expect(links.duplicates == [DuplicateTitle(title: "Rash", paths: ["content/c.txt", "content/d.txt"], count: 2)])
    }

    @Test("worst pages: most errors, then warnings, then infos, each with its diagnostics in position order")
    func worstPages() throws {
        #expect(summary.worstPages.pages.map(\.path) == ["content/a.txt", "content/d.txt", "content/c.txt", "content/b.txt"])
        let first = try #require(summary.worstPages.pages.first)
        #expect((first.title, first.specialty, first.doctor, first.date) == ("Knee pain", "Orthopedics", "Li Yuqi", "2023/01/03"))
        #expect((first.errors, first.warnings, first.infos, first.findings) == (2, 1, 0, 3))
        #expect(first.diagnostics.map(\.line) == [8, 10, 12])
        #expect(first.diagnostics[0] == PageFinding(line: 8, column: 1, severity: .warning, rule: "pii",
                                                    message: "Phone number 09**-***-*** in reply; remove personal data"))
    }

    @Test("two paths Swift finds equal but that differ in bytes are two pages, each with its own findings")
    func canonicallyEqualPaths() throws {
        // "café" precomposed and decomposed: equal as Swift strings, two files on disk.
        let composed = "content/caf\u{E9}.txt", decomposed = "content/cafe\u{301}.txt"
        #expect(composed == decomposed && !composed.utf8Equals(decomposed))
        var diagnostics = [
            AuditFixtures.finding(decomposed, "pii", .warning, line: 1, excerpt: "one"),
            AuditFixtures.finding(composed, "date-order", .error, line: 2, excerpt: "two"),
            AuditFixtures.finding(decomposed, "pii", .warning, line: 3, excerpt: "three"),
        ]
        diagnostics.sort()
        // Sorted by the paths' bytes first, whatever their lines: each file's findings are one run.
        #expect(diagnostics.map(\.range.line) == [1, 3, 2])
        let report = LintReport(diagnostics: diagnostics, files: [composed, decomposed])
        let summary = AuditSummary(report: report, rules: AuditFixtures.rules, run: AuditFixtures.run)
        #expect(summary.totals.pages == 2)
        #expect((summary.totals.pagesWithErrors, summary.totals.pagesWithWarnings, summary.totals.cleanPages) == (1, 1, 0))
        let pages = summary.worstPages.pages
        #expect(pages.map(\.path) == [composed, decomposed])
        #expect(pages.map(\.errors) == [1, 0])
        #expect(pages.map(\.warnings) == [0, 2])
        #expect(pages.map { $0.diagnostics.map(\.line) } == [[2], [1, 3]])
    }

    @Test("a path listed twice is the same page twice, with its findings both times")
    func pathListedTwice() {
        let report = LintReport(diagnostics: [AuditFixtures.finding("content/a.txt", "pii", .warning, line: 1, excerpt: "one"),
                                              AuditFixtures.finding("content/b.txt", "date-order", .error, line: 2, excerpt: "two")],
                                files: ["content/a.txt", "content/b.txt", "content/a.txt"])
        let pages = AuditPages(report).all
        #expect(pages.map(\.path) == ["content/a.txt", "content/a.txt", "content/b.txt"])
        #expect(pages.map(\.warnings) == [1, 1, 0])
        #expect(pages.map(\.errors) == [0, 0, 1])
        #expect(pages.map(\.diagnostics) == [0..<1, 0..<1, 1..<2])
    }

    @Test("the JSON has sorted keys and reads back the same; other versions are refused with a message")
    func json() throws {
        let text = summary.json()
        #expect(text.hasPrefix("{\n  \"doctors\" : {"))
        #expect(text == summary.json())
        let decoded = try AuditSummary(json: Array(text.utf8))
        #expect(decoded == summary)
        let future = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        let refused = #expect(throws: AuditSummaryError.self) { try AuditSummary(json: Array(future.utf8)) }
        #expect(refused?.message == "audit summary version 2 is not supported (this qalint reads version 1)")
        let partial = #expect(throws: AuditSummaryError.self) { try AuditSummary(json: Array("{\"version\": 1}".utf8)) }
        #expect(partial?.message.hasPrefix("not an audit summary written by qalint audit --json: missing key") == true)
    }

    @Test("the reports asked for, rendered alone or side by side, are the HTML and JSON renderings; the others are not made")
    func reports() {
        let (html, json) = (AuditHTML.render(summary), summary.json())
        for jobs in [1, 2] {
            let both = summary.reports(html: true, json: true, jobs: jobs)
            #expect(both.html == html && both.json == json, "jobs \(jobs)")
            let htmlOnly = summary.reports(html: true, json: false, jobs: jobs)
            #expect(htmlOnly.html == html && htmlOnly.json == nil)
            let jsonOnly = summary.reports(html: false, json: true, jobs: jobs)
            #expect(jsonOnly.html == nil && jsonOnly.json == json)
            let neither = summary.reports(html: false, json: false, jobs: jobs)
            #expect(neither.html == nil && neither.json == nil)
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && json.hasPrefix("{"))
    }

    @Test("finding keys: one per finding, by rule and specialty, stable across runs")
    func findingKeys() throws {
        let keys = summary.findingKeys
        #expect(keys.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } } == 10)
        #expect(keys["duplicate-title"]?.keys.sorted() == ["(none)", "Dermatology"])
        let whitespace = try #require(keys["trailing-whitespace"]?["Orthopedics"])
        #expect(Set(whitespace).count == 2)
        #expect(AuditSummary(report: AuditFixtures.report, rules: AuditFixtures.rules, run: AuditFixtures.run).findingKeys == keys)
    }

    @Test("the audit of Samples/ counts what qalint lint Samples reports")
    func samples() {
        let (report, summary) = AuditFixtures.samples
        #expect(summary.totals.pages == 36)
        #expect(summary.totals.errors == 19 && summary.totals.warnings == 10 && summary.totals.findings == 29)
        #expect(summary.totals.errors == report.errorCount)
        #expect(summary.totals.corpusPages == 36)
        #expect(summary.links.brokenLinks == 1)
        #expect(summary.links.duplicateTitles == 1)
        #expect(summary.rules.count == TestSupport.configuration.rules.count)
    }

    @Test("the text summary gives the totals, the rules, the specialties and the links")
    func text() {
        let text = AuditText.render(summary)
        #expect(text.hasPrefix("""
            Audit of 5 pages on 2026-11-25
              3 with errors (60.0%), 3 with warnings, 1 clean
              10 findings: 5 errors, 4 warnings, 1 info
            Findings by rule:
              duplicate-title      2  on 2 pages
              trailing-whitespace  2  on 1 page
              broken-link          1  on 1 page

            """))
        #expect(text.hasSuffix("Links: 5 links, 1 broken, 3 pages nothing links to, 1 duplicate title\n"))
    }

    private func group(_ name: String, pages: Int, withErrors: Int = 0, errors: Int = 0, warnings: Int = 0, infos: Int = 0) -> GroupCount {
        var group = GroupCount(name: name)
        group.pages = pages
        group.pagesWithErrors = withErrors
        group.errors = errors
        group.warnings = warnings
        group.infos = infos
        group.findings = errors + warnings + infos
        return group
    }
}
