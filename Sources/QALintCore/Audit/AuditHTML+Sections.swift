extension AuditHTML {
    func rulesSection() -> String {
        let reported = summary.rules.filter { $0.findings > 0 }
        var body = "<p>Each rule checks one thing. The chart shows the rules that found something, most findings "
            + "first; the table lists every rule of the configuration, with its severity (<em>off</em>: not run).</p>\n"
        body += reported.isEmpty ? "<p>No rule found anything.</p>\n" : rulesChart(reported)
        let ranked = summary.rules.sorted { lhs, rhs in
            lhs.findings != rhs.findings ? lhs.findings > rhs.findings : lhs.id < rhs.id
        }
        let rows = ranked.map { rule in
            "<tr data-rule=\"\(HTMLText.attribute(rule.id))\"\(rule.severity == .off ? " class=\"off\"" : "")>"
                + rowHeader("<code>\(HTMLText.escape(rule.id))</code>", sortKey: rule.id)
                + "<td>\(HTMLText.codeSpans(HTMLText.escape(rule.summary)))</td><td data-value=\"\(Self.severityRank(rule.severity))\">\(severityBadge(rule.severity))</td>"
                + numberCell(rule.findings, key: "findings") + numberCell(rule.errors, key: "errors")
                + numberCell(rule.warnings, key: "warnings") + numberCell(rule.infos, key: "infos")
                + numberCell(rule.pages, key: "pages") + "</tr>"
        }
        body += table(
            caption: "Every rule: what it checks, its severity and its findings",
            columns: [.text("Rule"), .text("What it checks"), .text("Severity"), .number("Findings", "findings"),
                      .number("Errors", "errors"), .number("Warnings", "warnings"), .number("Infos", "infos"),
                      .number("Pages affected", "pages")],
            rows: rows, sortedBy: 3, id: "rules-table")
        return section("rules", "Findings by rule", body)
    }

    func comparisonSection(_ comparison: AuditComparison) -> String {
        let all = comparison.findings
        var body = "<p>Compared with the audit of \(HTMLText.escape(comparison.previousDate)), which checked "
            + "\(HTMLText.counted(comparison.previousTotals.pages, "page")) and found "
            + "\(HTMLText.counted(all.before, "finding")). A finding is matched by its rule, its page and the text of its "
            + "line, so one that only moved within its page is neither new nor fixed.</p>\n"
        body += cards([
            ("New findings", "new", all.new, nil, all.new > 0 ? "error" : nil),
            ("Fixed findings", "fixed", all.fixed, nil, "clean"),
            ("Findings before", "before", all.before, nil, nil),
            ("Findings now", "after", all.after, nil, nil),
        ], attribute: "change")
        body += changeTable(comparison.rules, caption: "New and fixed findings by rule", noun: "Rule", plural: "rules", code: true,
                            id: "changes-rules-table")
        body += changeTable(comparison.specialties, caption: "New and fixed findings by specialty", noun: "Specialty",
                            plural: "specialties", code: false, id: "changes-specialties-table")
        return section("changes", "Changes since the previous audit", body)
    }

    private func changeTable(
        _ changes: [AuditComparison.Change], caption: String, noun: String, plural: String, code: Bool, id: String
    ) -> String {
        guard !changes.isEmpty else { return "<p>\(caption): none, in either audit.</p>\n" }
        let ranked = changes.sorted { lhs, rhs in
            lhs.new + lhs.fixed != rhs.new + rhs.fixed ? lhs.new + lhs.fixed > rhs.new + rhs.fixed : lhs.name < rhs.name
        }
        let changed = ranked.filter { $0.new + $0.fixed > 0 }
        let unchanged = ranked.count - changed.count
        guard !changed.isEmpty else {
            return "<p>\(caption): none; every one of the \(HTMLText.count(unchanged)) \(plural) with findings has the same ones as before.</p>\n"
        }
        let note = unchanged > 0 ? "<p class=\"note\">Not listed: \(HTMLText.counted(unchanged, noun.lowercased(), plural: plural)) with the same findings as before.</p>\n" : ""
        let rows = changed.map { change in
            let name = HTMLText.escape(change.name)
            let net = change.after - change.before
            return "<tr data-change=\"\(HTMLText.attribute(change.name))\">"
                + rowHeader(code ? "<code>\(name)</code>" : name, sortKey: change.name)
                + numberCell(change.new, key: "new", text: change.new > 0 ? "+" + HTMLText.count(change.new) : "0")
                + numberCell(change.fixed, key: "fixed", text: change.fixed > 0 ? "−" + HTMLText.count(change.fixed) : "0")
                + numberCell(change.before, key: "before") + numberCell(change.after, key: "after")
                + numberCell(net, key: "net", text: (net > 0 ? "+" : net < 0 ? "−" : "") + HTMLText.count(abs(net))) + "</tr>"
        }
        return table(caption: caption + ", most changed first", columns: [
            .text(noun), .number("New", "new"), .number("Fixed", "fixed"), .number("Before", "before"),
            .number("Now", "after"), .number("Change", "net"),
        ], rows: rows, id: id) + note
    }

    func timelineSection() -> String {
        let months = summary.months
        var body = "<p>Findings on the pages asked in each month (by the Ask Date on the page), errors at the "
            + "bottom of each bar. A month with many findings may simply have many pages: the table below gives "
            + "the pages and the share with errors.</p>\n"
        guard !months.months.isEmpty else {
            return section("timeline", "Findings over time", body + "<p>No page has an Ask Date.</p>\n")
        }
        body += timelineChart(months.months)
        var rows = months.months.map { month in
            "<tr>" + rowHeader(HTMLText.escape(month.name), sortKey: month.name) + groupCells(month) + "</tr>"
        }
        if months.undated.pages > 0 {
            rows.append("<tr>" + rowHeader("No valid Ask Date", sortKey: "~") + groupCells(months.undated) + "</tr>")
        }
        body += "<details><summary>The numbers, month by month (\(HTMLText.counted(months.months.count, "month")))</summary>\n"
            + table(caption: "Pages and findings by month of Ask Date", columns: [.text("Month")] + Self.groupColumns,
                    rows: rows, id: "months-table")
            + "</details>\n"
        if months.undated.pages > 0 {
            body += "<p class=\"note\">\(HTMLText.counted(months.undated.pages, "page")) have no valid Ask Date and are "
                + "not in the chart.</p>\n"
        }
        return section("timeline", "Findings over time", body)
    }

    func linksSection() -> String {
        let links = summary.links
        var body = "<p>Pages link to each other in their Similar Q&amp;A section, by title. A broken link names a title "
            + "no page has; a page nothing links to can only be found by search; two pages with one title make links "
            + "to it ambiguous.</p>\n"
        if summary.totals.corpusPages == 0 {
            body += "<p class=\"warning-note\">The corpus rules (broken links, duplicate titles, consistency) did not run: "
                + "audit a directory, or give <code>--corpus</code>.</p>\n"
        }
        body += cards([
            ("Links", "links", links.links, nil, nil),
            ("Broken links", "brokenLinks", links.brokenLinks, nil, links.brokenLinks > 0 ? "error" : "clean"),
            ("Pages nothing links to", "orphanPages", links.orphanPages,
             HTMLText.percent(links.orphanPages, of: summary.totals.pages), nil),
            ("Duplicate titles", "duplicateTitles", links.duplicateTitles,
             links.duplicateTitles > 0 ? "on \(HTMLText.counted(links.pagesWithDuplicateTitles, "page"))" : nil,
             links.duplicateTitles > 0 ? "error" : "clean"),
        ], attribute: "link")
        if !links.duplicates.isEmpty {
            let rows = links.duplicates.map { duplicate in
                "<tr>" + rowHeader(HTMLText.escape(duplicate.title), sortKey: duplicate.title)
                    + numberCell(duplicate.count, key: "pages")
                    + "<td><ul class=\"paths\">" + duplicate.paths.map { "<li>\(HTMLText.escape($0))</li>" }.joined()
                    + (duplicate.count > duplicate.paths.count ? "<li>… \(HTMLText.count(duplicate.count - duplicate.paths.count)) more</li>" : "")
                    + "</ul></td></tr>"
            }
            body += "<h3>Duplicate titles</h3>\n" + table(
                caption: "Titles shared by several pages" + (links.omittedDuplicates > 0
                    ? " (the first \(HTMLText.count(links.duplicates.count)); \(HTMLText.count(links.omittedDuplicates)) more are not listed)" : ""),
                columns: [.text("Title"), .number("Pages", "pages"), .text("Files")], rows: rows, sortable: false,
                id: "duplicates-table")
        }
        if links.orphanPages > 0 {
            let shown = links.orphans.paths.count
            body += "<h3>Pages nothing links to</h3>\n<details><summary>"
                + (links.orphans.omitted > 0 ? "The first \(HTMLText.count(shown)) of \(HTMLText.count(links.orphanPages)), by path"
                   : "All \(HTMLText.count(links.orphanPages)), by path")
                + "</summary>\n<ul class=\"paths columns\">"
                + links.orphans.paths.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>\n</details>\n"
        }
        return section("links", "Link health", body)
    }

    func worstPagesSection() -> String {
        let list = summary.worstPages
        guard !list.pages.isEmpty else {
            return section("worst", "Pages with the most findings", "<p>No page has a finding.</p>\n")
        }
        var body = "<p>Most errors first, then most warnings. Open a page to see its findings with their line and "
            + "column; <code>qalint lint FILE</code> shows each one with the offending line.</p>\n<ol class=\"pages\">\n"
        for page in list.pages {
            body += pageEntry(page)
        }
        body += "</ol>\n"
        if list.omitted > 0 {
            body += "<p class=\"note\">\(HTMLText.counted(list.omitted, "more page")) with findings "
                + "\(list.omitted == 1 ? "is" : "are") not listed here; they are counted everywhere else in this report, "
                + "and <code>qalint lint</code> lists every finding.</p>\n"
        }
        return section("worst", "Pages with the most findings", body)
    }

    private func pageEntry(_ page: PageEntry) -> String {
        let title = page.title.map { "<span class=\"title\">\(HTMLText.escape($0))</span>" } ?? "<span class=\"title none\">no title</span>"
        let facts = [("Specialty", page.specialty), ("Doctor", page.doctor), ("Asked", page.date)].compactMap { label, value in
            value.map { "<div><dt>\(label)</dt><dd>\(HTMLText.escape($0))</dd></div>" }
        }.joined()
        let rows = page.diagnostics.map { finding in
            "<tr>" + rowHeader(HTMLText.count(finding.line), numeric: true) + "<td class=\"num\">\(finding.column)</td>"
                + "<td>\(severityBadge(finding.severity))</td><td><code>\(HTMLText.escape(finding.rule))</code></td>"
                + "<td>\(HTMLText.escape(finding.message))</td></tr>"
        }
        let more = page.omittedDiagnostics > 0
            ? "<p class=\"note\">\(HTMLText.counted(page.omittedDiagnostics, "more finding")) not shown.</p>" : ""
        let tone = page.errors > 0 ? "error" : page.warnings > 0 ? "warning" : "info"
        let counts = HTMLText.severities(errors: page.errors, warnings: page.warnings, infos: page.infos)
        // The counts float right; a float stays on the first line only when it comes before
        // the text that would wrap, so they lead the summary (screen readers say them first).
        return """
        <li data-page="\(HTMLText.attribute(page.path))"><details><summary><span class="counts sev-\(tone)">\(counts)</span> \
        <span class="path">\(HTMLText.escape(page.path))</span> \(title)</summary>
        \(facts.isEmpty ? "" : "<dl class=\"facts\">\(facts)</dl>")
        \(table(caption: "Findings on \(HTMLText.escape(page.path))", columns: [
            .number("Line", "line", className: "line"), .number("Column", "column", className: "column"),
            .text("Severity", className: "severity"), .text("Rule", className: "rule"), .text("Message"),
        ], rows: rows, sortable: false, className: "findings"))\(more)</details></li>

        """
    }

    func aboutSection() -> String {
        let run = summary.run
        let configuration = run.configuration.map { "<code>\(HTMLText.escape($0))</code>" } ?? "the built-in defaults (no <code>.qalint.yml</code>)"
        var body = """
        <dl class="facts">
        <div><dt>Tool</dt><dd>\(HTMLText.escape(run.tool)) \(HTMLText.escape(run.toolVersion))</dd></div>
        <div><dt>Date of the audit</dt><dd>\(HTMLText.escape(run.date))</dd></div>
        <div><dt>Configuration</dt><dd>\(configuration)</dd></div>
        <div><dt>Paths audited</dt><dd>\(run.paths.map { "<code>\(HTMLText.escape($0))</code>" }.joined(separator: ", "))</dd></div>
        <div><dt>Pages the corpus rules saw</dt><dd>\(HTMLText.count(summary.totals.corpusPages))</dd></div>
        <div><dt>Rules run</dt><dd>\(HTMLText.count(summary.rules.count { $0.severity != .off })) of \(HTMLText.count(summary.rules.count)) \
        (severities are in the table under <a href="#rules">Findings by rule</a>)</dd></div>
        <div><dt>Summary format</dt><dd>JSON summary version \(summary.version)</dd></div>
        </dl>

        """
        if !summary.problems.isEmpty {
            body += "<h3>Paths that could not be read</h3>\n<ul class=\"paths\">"
                + summary.problems.map { "<li>\(HTMLText.escape($0.path)): \(HTMLText.escape($0.message))</li>" }.joined()
                + (summary.totals.unreadable > summary.problems.count
                    ? "<li>… \(HTMLText.count(summary.totals.unreadable - summary.problems.count)) more</li>" : "")
                + "</ul>\n"
        }
        body += "<p>To make this report again: <code>qalint audit \(run.paths.map(HTMLText.escape).joined(separator: " ")) "
            + "--html audit.html --json audit.json</code>; to see what changes, keep the JSON and give it next time "
            + "with <code>--compare</code>.</p>\n"
        return section("about", "How this report was made", body)
    }
}
