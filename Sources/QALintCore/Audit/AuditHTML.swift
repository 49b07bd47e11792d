/// The audit as one self-contained HTML page: inline CSS, inline SVG charts and a small inline
/// script that makes tables sortable (the page is complete without it). Nothing is loaded
/// from the network or from other files, so it works offline and as a CI artifact.
///
/// The markup is also well-formed XML (every element closed, every text escaped, the script
/// in a CDATA section), so tests parse it with an XML parser. Every number shown comes from
/// the ``AuditSummary``; the key ones carry it in a `data-value` attribute too, for tests and
/// scrapers. Rendering is a pure function: same summary, same bytes.
public struct AuditHTML {
    let summary: AuditSummary

    /// The report of `summary`.
    public static func render(_ summary: AuditSummary) -> String {
        AuditHTML(summary: summary).document()
    }

    private func document() -> String {
        let totals = summary.totals
        var html = """
        <!DOCTYPE html>
        <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="generator" content="\(HTMLText.attribute("\(summary.run.tool) \(summary.run.toolVersion)"))"/>
        <title>Content audit \(HTMLText.escape(summary.run.date)): \(HTMLText.counted(totals.pages, "page")), \(HTMLText.count(totals.pagesWithErrors)) with errors</title>
        <style>\(Self.style)</style>
        </head>
        <body data-audit-version="\(summary.version)">
        <a class="skip" href="#main">Skip to the report</a>
        \(header())
        <main id="main">

        """
        html += totalsSection()
        if let comparison = summary.comparison { html += comparisonSection(comparison) }
        html += rulesSection()
        html += groupSection(id: "specialties", title: "By specialty", noun: "specialty", plural: "specialties",
                             table: summary.specialties, intro: """
            Pages are grouped by the specialty on their doctor line. The error rate is the share of \
            the specialty's pages that have at least one error.
            """)
        html += groupSection(id: "doctors", title: "By doctor", noun: "doctor", plural: "doctors",
                             table: summary.doctors, intro: """
            Pages are grouped by the doctor who replied, as the name is written on the page (the same \
            doctor written two ways appears twice).
            """)
        html += timelineSection()
        html += linksSection()
        html += worstPagesSection()
        html += aboutSection()
        html += """
        </main>
        <footer>
        <p>Made by \(HTMLText.escape(summary.run.tool)) \(HTMLText.escape(summary.run.toolVersion)) on \
        \(HTMLText.escape(summary.run.date)). This page is self-contained: it loads nothing from the network.</p>
        </footer>
        <script>/*<![CDATA[*/\(Self.script)/*]]>*/</script>
        </body>
        </html>

        """
        return html
    }

    private func header() -> String {
        let sections: [(String, String)] = [("totals", "At a glance")]
            + (summary.comparison == nil ? [] : [("changes", "Changes since the previous audit")])
            + [("rules", "Findings by rule"), ("specialties", "By specialty"), ("doctors", "By doctor"),
               ("timeline", "Findings over time"), ("links", "Link health"), ("worst", "Pages with the most findings"),
               ("about", "How this report was made")]
        let items = sections.map { "<li><a href=\"#\($0.0)\">\($0.1)</a></li>" }.joined()
        return """
        <header>
        <h1>Content audit of \(HTMLText.counted(summary.totals.pages, "Q&amp;A page"))</h1>
        <p class="lead">On \(HTMLText.escape(summary.run.date)), qalint checked every page against the rules of the \
        page format: the sections a page must have, its dates, its doctor line, its links to other pages, \
        personal data, and more. Each problem found on a page is a <em>finding</em>. An <strong class="sev-error">error</strong> \
        is a defect to fix: the page is wrong or a link is broken. A <strong class="sev-warning">warning</strong> should \
        be looked at. An <strong class="sev-info">info</strong> is a remark. Personal data in findings is masked.</p>
        <nav aria-label="Contents"><h2 class="visually-hidden">Contents</h2><ol>\(items)</ol></nav>
        </header>
        """
    }

    /// A `<section>` with an `<h2>`.
    func section(_ id: String, _ title: String, _ body: String) -> String {
        "<section id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(title)</h2>\n\(body)</section>\n"
    }

    /// A list of labelled numbers; `key` names each number in a `data-<attribute>` attribute
    /// (`data-total="pages"`) for tests and tools.
    func cards(_ items: [(label: String, key: String, value: Int, note: String?, tone: String?)], attribute: String = "total") -> String {
        let cards = items.map { item in
            let tone = item.tone.map { " class=\"tone-\($0)\"" } ?? ""
            let note = item.note.map { "<span class=\"note\">\($0)</span>" } ?? ""
            return "<div\(tone)><dt>\(item.label)</dt><dd data-\(attribute)=\"\(item.key)\" data-value=\"\(item.value)\">"
                + "\(HTMLText.count(item.value))\(note)</dd></div>"
        }
        return "<dl class=\"cards\">\(cards.joined())</dl>\n"
    }

    private func totalsSection() -> String {
        let totals = summary.totals
        let pages = totals.pages
        var body = cards([
            ("Pages checked", "pages", pages, nil, nil),
            ("Pages with errors", "pagesWithErrors", totals.pagesWithErrors, HTMLText.percent(totals.pagesWithErrors, of: pages), "error"),
            ("Pages with warnings", "pagesWithWarnings", totals.pagesWithWarnings, HTMLText.percent(totals.pagesWithWarnings, of: pages), "warning"),
            ("Clean pages", "cleanPages", totals.cleanPages, HTMLText.percent(totals.cleanPages, of: pages), "clean"),
        ])
        body += cards([
            ("Findings", "findings", totals.findings, nil, nil),
            ("Errors", "errors", totals.errors, nil, "error"),
            ("Warnings", "warnings", totals.warnings, nil, "warning"),
            ("Infos", "infos", totals.infos, nil, "info"),
        ] + (totals.unreadable > 0 ? [("Unreadable paths", "unreadable", totals.unreadable, nil, "error")] : []))
        body += pageShareChart()
        if totals.unreadable > 0 {
            body += "<p class=\"warning-note\">\(HTMLText.counted(totals.unreadable, "path")) could not be read; "
                + "they are listed under <a href=\"#about\">How this report was made</a>.</p>\n"
        }
        return section("totals", "At a glance", body)
    }
}
