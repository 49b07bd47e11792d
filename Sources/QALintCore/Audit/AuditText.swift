/// The audit in a few lines of plain text: what `qalint audit` prints when it writes no file.
public enum AuditText {
    /// How many rules and specialties the text lists.
    static let listed = 10

    /// The text, ending with a newline.
    public static func render(_ summary: AuditSummary) -> String {
        let totals = summary.totals
        var text = "Audit of \(HTMLText.counted(totals.pages, "page")) on \(summary.run.date)\n"
        text += "  \(HTMLText.count(totals.pagesWithErrors)) with errors (\(HTMLText.percent(totals.pagesWithErrors, of: totals.pages))), "
            + "\(HTMLText.count(totals.pagesWithWarnings)) with warnings, \(HTMLText.count(totals.cleanPages)) clean\n"
        text += "  \(HTMLText.counted(totals.findings, "finding")): \(HTMLText.counted(totals.errors, "error")), "
            + "\(HTMLText.counted(totals.warnings, "warning")), \(HTMLText.counted(totals.infos, "info"))\n"
        let rules = summary.rules.filter { $0.findings > 0 }
            .sorted { $0.findings != $1.findings ? $0.findings > $1.findings : $0.id < $1.id }
        if !rules.isEmpty {
            text += "Findings by rule:\n" + table(rules.prefix(listed).map { ($0.id, $0.findings, "on " + HTMLText.counted($0.pages, "page")) })
            if rules.count > listed { text += "  … and \(rules.count - listed) more rules\n" }
        }
        let specialties = summary.specialties.groups.filter { $0.findings > 0 }
        if !specialties.isEmpty {
            text += "Specialties with the most findings:\n" + table(specialties.prefix(listed).map {
                ($0.name, $0.findings, "\(HTMLText.percent($0.pagesWithErrors, of: $0.pages)) of \(HTMLText.counted($0.pages, "page")) with errors")
            })
        }
        let links = summary.links
        text += "Links: \(HTMLText.counted(links.links, "link")), \(HTMLText.count(links.brokenLinks)) broken, "
            + "\(HTMLText.counted(links.orphanPages, "page")) nothing links to, "
            + "\(HTMLText.counted(links.duplicateTitles, "duplicate title"))\n"
        if let comparison = summary.comparison {
            let all = comparison.findings
            text += "Since \(comparison.previousDate): \(HTMLText.count(all.new)) new, \(HTMLText.count(all.fixed)) fixed "
                + "(\(HTMLText.count(all.before)) findings then, \(HTMLText.count(all.after)) now)\n"
            let changed = comparison.rules.filter { $0.new + $0.fixed > 0 }
                .sorted { $0.new + $0.fixed != $1.new + $1.fixed ? $0.new + $0.fixed > $1.new + $1.fixed : $0.name < $1.name }
            for change in changed.prefix(listed) {
                text += "  \(change.name): +\(HTMLText.count(change.new)) −\(HTMLText.count(change.fixed))\n"
            }
        }
        return text
    }

    /// Rows of name, count and remark, the names padded to one width.
    private static func table(_ rows: [(String, Int, String)]) -> String {
        let nameWidth = rows.map(\.0.count).max() ?? 0
        let countWidth = rows.map { HTMLText.count($0.1).count }.max() ?? 0
        return rows.map { name, count, remark in
            let number = HTMLText.count(count)
            return "  " + name + String(repeating: " ", count: nameWidth - name.count + 2)
                + String(repeating: " ", count: countWidth - number.count) + number + "  " + remark + "\n"
        }.joined()
    }
}
