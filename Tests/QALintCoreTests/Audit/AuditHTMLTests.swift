import Foundation
import Testing
@testable import QALintCore

@Suite("Audit HTML report: well-formed, self-contained, accessible, and showing the JSON's numbers")
struct AuditHTMLTests {
    @Test("the report of Samples/ is well-formed XML with an html root", arguments: [false, true])
    func wellFormed(samples: Bool) throws {
        let html = AuditHTML.render(samples ? AuditFixtures.samples.summary : AuditFixtures.summary)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n"))
        let document = XMLDocumentCheck(html)
        #expect(document.error == nil)
        #expect(document.elements.first?.name == "html")
    }

    @Test("every total and every rule's counts in the JSON are the numbers the HTML shows")
    func numbersMatchJSON() throws {
        let json = AuditFixtures.samples.summary.json()
        let summary = try AuditSummary(json: Array(json.utf8))
        let document = XMLDocumentCheck(AuditHTML.render(summary))
        try #require(document.error == nil)

        let totals = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let jsonTotals = totals["totals"] as! [String: Int]
        let shown = document.elements.filter { $0.attributes["data-total"] != nil }
        var seen: Set<String> = []
        for element in shown {
            let key = element.attributes["data-total"]!
            seen.insert(key)
            #expect(element.attributes["data-value"] == jsonTotals[key].map(String.init), "\(key)")
            #expect(element.text.hasPrefix(HTMLText.count(jsonTotals[key] ?? -1)), "\(key): \(element.text)")
        }
        #expect(seen == ["pages", "pagesWithErrors", "pagesWithWarnings", "cleanPages", "findings", "errors", "warnings", "infos"])

        for rule in summary.rules {
            let row = try #require(document.elements.firstIndex { $0.name == "tr" && $0.attributes["data-rule"] == rule.id }, "\(rule.id)")
            let cells = document.elements[(row + 1)...].prefix(12).filter { $0.attributes["data-key"] != nil }
            let values = Dictionary(cells.map { ($0.attributes["data-key"]!, $0.attributes["data-value"]!) }) { first, _ in first }
            #expect(values == ["findings": "\(rule.findings)", "errors": "\(rule.errors)", "warnings": "\(rule.warnings)",
                               "infos": "\(rule.infos)", "pages": "\(rule.pages)"], "\(rule.id)")
            #expect(cells.allSatisfy { $0.text.replacingOccurrences(of: ",", with: "") == $0.attributes["data-value"] })
        }
        for group in summary.specialties.groups {
            let row = try #require(document.elements.firstIndex { $0.name == "tr" && $0.attributes["data-group"] == group.name })
            let findings = document.elements[(row + 1)...].first { $0.attributes["data-key"] == "findings" }
            #expect(findings?.attributes["data-value"] == "\(group.findings)")
        }
        for key in ["links", "brokenLinks", "orphanPages", "duplicateTitles"] {
            let element = document.elements.first { $0.attributes["data-link"] == key }
            let expected = try #require(Mirror(reflecting: summary.links).children.first { $0.label == key }?.value as? Int)
            #expect(element?.attributes["data-value"] == "\(expected)", "\(key)")
        }
    }

    @Test("text from pages is escaped: a hostile title, path, doctor and message stay text")
    func escaping() throws {
        let hostile = "<script>alert(1)</script> & \"quoted\" ]]> \u{1}"
        var report = LintReport(diagnostics: [
            AuditFixtures.finding("content/<b>.txt", "raw-html", .warning, line: 1, excerpt: hostile, message: hostile),
        ], files: ["content/<b>.txt"])
        report.pages = [AuditFixtures.page("content/<b>.txt", hostile, specialty: hostile, doctor: hostile, date: "2023/01/01", links: [])]
        let html = AuditHTML.render(AuditSummary(report: report, rules: AuditFixtures.rules, run: AuditFixtures.run))
        let document = XMLDocumentCheck(html)
        #expect(document.error == nil)
        #expect(!html.contains("<script>alert"))
        #expect(html.components(separatedBy: "<script>").count == 2)
        #expect(document.elements.contains { $0.name == "span" && $0.text == "<script>alert(1)</script> & \"quoted\" ]]> \u{FFFD}" })
        #expect(document.elements.contains { $0.attributes["data-group"] == "<script>alert(1)</script> & \"quoted\" ]]> \u{FFFD}" })
    }

    @Test("self-contained: nothing is loaded from elsewhere")
    func selfContained() {
        let html = AuditHTML.render(AuditFixtures.samples.summary)
        for forbidden in [" src=", "<link", "@import", "url(", "https:", "//cdn"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        let http = html.components(separatedBy: "http://").dropFirst().map { String($0.prefix(20)) }
        #expect(http.allSatisfy { $0.hasPrefix("www.w3.org/") })
    }

    @Test("accessible: one h1, headed sections, captioned tables with header cells, charts with text alternatives")
    func accessible() throws {
        let document = XMLDocumentCheck(AuditHTML.render(AuditFixtures.samples.summary))
        #expect(document.elements(named: "h1").count == 1)
        #expect(document.elements(named: "html").first?.attributes["lang"] == "en")
        let sections = document.elements(named: "section")
        #expect(sections.count == 8)
        #expect(sections.allSatisfy { $0.attributes["aria-labelledby"] == ($0.attributes["id"] ?? "") + "-heading" })
        #expect(document.elements(named: "table").count == document.elements(named: "caption").count)
        #expect(document.elements(named: "th").filter { $0.attributes["scope"] == "col" }.count > 20)
        let charts = document.elements(named: "svg")
        #expect(charts.count == 3)
        for chart in charts {
            #expect(chart.attributes["role"] == "img")
            let ids = chart.attributes["aria-labelledby"]?.split(separator: " ").map(String.init) ?? []
            #expect(ids.count == 2)
            for id in ids {
                #expect(document.elements.contains { $0.attributes["id"] == id && !$0.text.isEmpty })
            }
        }
        #expect(document.elements.contains { $0.name == "desc" && $0.text.contains("duplicate-title: 2 findings (2 errors)") })
    }

    @Test("big corpora stay small: lists are capped and the report says how many were left out")
    func capped() {
        let summary = AuditFixtures.large(pages: 3000)
        #expect(summary.worstPages.pages.count == 100)
        #expect(summary.doctors.groups.count == 200 && summary.doctors.omittedGroups == 2800)
        #expect(summary.specialties.groups.count == 200 && summary.specialties.omittedGroups == 100)
        let html = AuditHTML.render(summary)
        #expect(html.utf8.count < 1_500_000)
        #expect(html.contains("listed; the other 2,800 are summed in the last row."))
        #expect(html.contains("with findings are not listed here"))
        #expect(XMLDocumentCheck(html).error == nil)
    }

    @Test("rendering is deterministic")
    func deterministic() {
        #expect(AuditHTML.render(AuditFixtures.summary) == AuditHTML.render(AuditFixtures.summary))
        #expect(AuditHTML.render(AuditFixtures.samples.summary) == AuditHTML.render(AuditFixtures.samples.summary))
    }

    @Test("numbers as people read them")
    func formatting() {
        #expect(HTMLText.count(0) == "0")
        #expect(HTMLText.count(1234567) == "1,234,567")
        #expect(HTMLText.count(-1234) == "-1,234")
        #expect(HTMLText.percent(18, of: 36) == "50.0%")
        #expect(HTMLText.percent(1, of: 3) == "33.3%")
        #expect(HTMLText.percent(2, of: 3) == "66.7%")
        #expect(HTMLText.percent(1, of: 0) == "–")
        #expect(HTMLText.severities(errors: 1, warnings: 2, infos: 0) == "1 error and 2 warnings")
        #expect(HTMLText.codeSpans("Dates are `YYYY/MM/DD`, not `x") == "Dates are <code>YYYY/MM/DD</code>, not `x")
        #expect(AuditHTML.axis(0) == (1, 1))
        #expect(AuditHTML.axis(8) == (2, 8))
        #expect(AuditHTML.axis(13) == (5, 15))
        #expect(AuditHTML.axis(1234) == (500, 1500))
    }
}
