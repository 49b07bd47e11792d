import Testing
@testable import QALintCore

/// What a reader sees of the report's layout, checked in its markup: what the screenshots of
/// `scripts/render-audit.sh` showed wrong once.
@Suite("Audit HTML layout: long tables, page summaries, findings tables, chart labels, sort keys")
struct AuditHTMLLayoutTests {
    @Test("a table of more than 30 rows scrolls in a box the keyboard reaches, named by its caption")
    func tallTables() throws {
        let document = XMLDocumentCheck(AuditHTML.render(AuditFixtures.large(pages: 3000)))
        try #require(document.error == nil)
        let elements = document.elements
        let boxes = elements.indices.filter { elements[$0].name == "div" && elements[$0].attributes["class"] == "scroll tall" }
        let tables = boxes.compactMap { elements[$0 + 1].attributes["id"] }
        #expect(Set(tables).isSuperset(of: ["specialties-table", "doctors-table"]), "\(tables)")
        for box in boxes {
            #expect(elements[box].attributes["tabindex"] == "0" && elements[box].attributes["role"] == "region")
            let caption = try #require(elements[box].attributes["aria-labelledby"])
            #expect(elements.contains { $0.name == "caption" && $0.attributes["id"] == caption && !$0.text.isEmpty }, "\(caption)")
        }
        // A short table stays in the page's flow: no box of its own, no extra stop for the Tab key.
        let small = XMLDocumentCheck(AuditHTML.render(AuditFixtures.summary))
        #expect(!small.elements.contains { $0.attributes["class"] == "scroll tall" || $0.attributes["tabindex"] != nil })
    }

    @Test("a worst page's counts lead its summary, so they float right on its first line")
    func pageSummaries() throws {
        let elements = XMLDocumentCheck(AuditHTML.render(AuditFixtures.samples.summary)).elements
        let pages = elements.indices.filter { elements[$0].name == "li" && elements[$0].attributes["data-page"] != nil }
        #expect(pages.count == AuditFixtures.samples.summary.worstPages.pages.count)
        for page in pages {
            #expect(elements[page + 2].name == "summary")
            #expect(elements[page + 3].attributes["class"]?.hasPrefix("counts sev-") == true, "\(elements[page].attributes)")
            #expect(elements[page + 4].attributes["class"] == "path")
        }
    }

    @Test("a page's findings table has fixed columns, its line numbers right-aligned under their header")
    func findingsTables() throws {
        let elements = XMLDocumentCheck(AuditHTML.render(AuditFixtures.summary)).elements
        let tables = elements.indices.filter { elements[$0].name == "table" && elements[$0].attributes["class"] == "findings" }
        #expect(tables.count == AuditFixtures.summary.worstPages.pages.count)
        for table in tables {
            let heads = elements[table...].prefix(12).filter { $0.attributes["scope"] == "col" }.map { $0.attributes["class"] ?? "" }
            #expect(heads == ["num line", "num column", "severity", "rule", ""])
            let line = elements[table...].first { $0.attributes["scope"] == "row" }
            #expect(line?.attributes["class"] == "num")
        }
    }

    @Test("a long rule id fits left of its bar in the rules chart")
    func longRuleLabels() throws {
        let id = "house-style-no-abbreviations-in-the-first-reply"
        let report = LintReport(diagnostics: [AuditFixtures.finding("content/a.txt", id, .warning, line: 1, excerpt: "x")],
                                files: ["content/a.txt"])
        let document = XMLDocumentCheck(AuditHTML.render(AuditSummary(report: report, rules: AuditFixtures.rules, run: AuditFixtures.run)))
        let index = try #require(document.elements.firstIndex { $0.attributes["class"] == "label" && $0.text == id })
        let x = try #require(document.elements[index].attributes["x"].flatMap(Double.init))
        // 12.5px monospace is about 7.6px a character; the label ends at x (text-anchor end).
        #expect(x >= Double(id.count) * 7.6)
        let bar = try #require(document.elements[index...].first { $0.name == "rect" })
        let end = try #require(bar.attributes["x"].flatMap(Double.init)) + (bar.attributes["width"].flatMap(Double.init) ?? 0)
        #expect(end <= 800 - 40, "room is left for the count after the bar")
    }

    @Test("the severity column sorts most severe first, and off rules last")
    func severitySortKeys() throws {
        let ranks = [Severity.error, .warning, .info, .off].map(AuditHTML.severityRank)
        #expect(ranks == ranks.sorted() && Set(ranks).count == 4)
        let elements = XMLDocumentCheck(AuditHTML.render(AuditFixtures.summary)).elements
        let row = try #require(elements.firstIndex { $0.attributes["data-rule"] == "future-date" })
        #expect(elements[row...].prefix(8).contains { $0.name == "td" && $0.attributes["data-value"] == "4 off" })
    }

    @Test("an error rate's percentage has a width of its own, so the small bars before it line up")
    func rateCells() throws {
        let elements = XMLDocumentCheck(AuditHTML.render(AuditFixtures.summary)).elements
        let rates = elements.indices.filter { elements[$0].attributes["data-key"] == "errorRate" }
        #expect(!rates.isEmpty)
        for rate in rates {
            #expect(elements[rate + 3].attributes["class"] == "pct" && elements[rate + 3].text.hasSuffix("%"))
        }
    }
}
