extension AuditHTML {
    /// One column of a table: its header, whether it holds numbers (sorted as numbers,
    /// right-aligned), the key its cells carry in `data-key`, and a class for its header (what
    /// a fixed-layout table sizes the column by).
    struct Column {
        var title: String
        var numeric: Bool
        var key: String?
        var className: String?

        static func text(_ title: String, className: String? = nil) -> Column {
            Column(title: title, numeric: false, key: nil, className: className)
        }

        static func number(_ title: String, _ key: String, className: String? = nil) -> Column {
            Column(title: title, numeric: true, key: key, className: className)
        }
    }

    /// Tables with more rows than this scroll in a box of their own, their header row kept in
    /// view, so a 200-doctor table does not push the rest of the report pages away.
    static let tallRows = 30

    /// A table whose first cell of each row is its header. With `sortable`, the inline script
    /// turns the column headers into sort buttons; `sortedBy` marks the column the rows are
    /// already sorted by (descending), so screen readers are told. `className` is added to the
    /// table's classes.
    func table(
        caption: String, columns: [Column], rows: [String], footer: String = "", sortable: Bool = true,
        sortedBy: Int? = nil, id: String? = nil, className: String? = nil
    ) -> String {
        let heads = columns.enumerated().map { index, column in
            let sort = index == sortedBy ? " aria-sort=\"descending\"" : ""
            let classes = ([column.numeric ? "num" : nil, column.className].compactMap { $0 }).joined(separator: " ")
            let type = (classes.isEmpty ? "" : " class=\"\(classes)\"") + (column.numeric ? " data-type=\"number\"" : "")
            return "<th scope=\"col\"\(type)\(sort)>\(column.title)</th>"
        }.joined()
        let idAttribute = id.map { " id=\"\($0)\"" } ?? ""
        let footer = footer.isEmpty ? "" : "<tfoot>\(footer)</tfoot>"
        let classes = ([sortable ? "sortable" : nil, className].compactMap { $0 }).joined(separator: " ")
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes)\""
        // A box that scrolls must be reachable by keyboard to be scrolled without a mouse, and
        // then needs a name: the table's caption.
        let wrapper: String
        if rows.count > Self.tallRows, let id {
            wrapper = "<div class=\"scroll tall\" tabindex=\"0\" role=\"region\" aria-labelledby=\"\(id)-caption\">"
        } else {
            wrapper = "<div class=\"scroll\">"
        }
        let captionID = id.map { " id=\"\($0)-caption\"" } ?? ""
        return """
        \(wrapper)<table\(idAttribute)\(classAttribute)>
        <caption\(captionID)>\(caption)</caption>
        <thead><tr>\(heads)</tr></thead>
        <tbody>
        \(rows.joined(separator: "\n"))
        </tbody>\(footer)
        </table></div>

        """
    }

    /// A row header cell; `numeric` right-aligns it under a number column's header.
    func rowHeader(_ html: String, sortKey: String? = nil, numeric: Bool = false) -> String {
        let sort = sortKey.map { " data-value=\"\(HTMLText.attribute($0))\"" } ?? ""
        return "<th scope=\"row\"\(numeric ? " class=\"num\"" : "")\(sort)>\(html)</th>"
    }

    /// A numeric cell: the number grouped, the raw value in `data-value` (what sorting and
    /// tests read), named by `key`.
    func numberCell(_ value: Int, key: String, text: String? = nil) -> String {
        "<td class=\"num\" data-key=\"\(key)\" data-value=\"\(value)\">\(text ?? HTMLText.count(value))</td>"
    }

    /// An error-rate cell: the percentage and a small bar; sorted by rate in per-mille.
    func rateCell(_ part: Int, of whole: Int) -> String {
        let perMille = whole > 0 ? (part * 1000 + whole / 2) / whole : 0
        let width = HTMLText.coordinate(Double(perMille) / 10)
        return "<td class=\"num\" data-key=\"errorRate\" data-value=\"\(perMille)\">"
            + "<span class=\"rate\" aria-hidden=\"true\"><span style=\"width:\(width)%\"></span></span>"
            + "<span class=\"pct\">\(HTMLText.percent(part, of: whole))</span></td>"
    }

    /// The cells of a group's counts, after its header.
    func groupCells(_ group: GroupCount) -> String {
        numberCell(group.pages, key: "pages") + numberCell(group.pagesWithErrors, key: "pagesWithErrors")
            + rateCell(group.pagesWithErrors, of: group.pages) + numberCell(group.errors, key: "errors")
            + numberCell(group.warnings, key: "warnings") + numberCell(group.infos, key: "infos")
            + numberCell(group.findings, key: "findings")
    }

    /// The columns of ``groupCells(_:)`` after the first.
    static let groupColumns: [Column] = [
        .number("Pages", "pages"), .number("Pages with errors", "pagesWithErrors"), .number("Error rate", "errorRate"),
        .number("Errors", "errors"), .number("Warnings", "warnings"), .number("Infos", "infos"),
        .number("Findings", "findings"),
    ]

    /// A specialty or doctor table, capped, with the groups left out summed in its footer.
    func groupSection(
        id: String, title: String, noun: String, plural: String, table groups: GroupTable, intro: String
    ) -> String {
        guard groups.count > 0 else {
            return section(id, title, "<p>No page has a \(noun).</p>\n")
        }
        var body = "<p>\(intro)</p>\n"
        let rows = groups.groups.map { group in
            "<tr data-group=\"\(HTMLText.attribute(group.name))\">"
                + rowHeader(HTMLText.escape(group.name), sortKey: group.name) + groupCells(group) + "</tr>"
        }
        var footer = ""
        if let others = groups.omitted {
            footer = "<tr>" + rowHeader("\(HTMLText.count(groups.omittedGroups)) other \(plural)") + groupCells(others) + "</tr>"
            body += "<p class=\"note\">The \(HTMLText.count(groups.groups.count)) \(plural) with the most findings are "
                + "listed; the other \(HTMLText.count(groups.omittedGroups)) are summed in the last row.</p>\n"
        }
        body += table(caption: "\(title): \(HTMLText.counted(groups.count, noun, plural: plural)), most findings first",
                      columns: [.text(noun.prefix(1).uppercased() + noun.dropFirst())] + Self.groupColumns,
                      rows: rows, footer: footer, sortedBy: 7, id: "\(id)-table")
        return section(id, title, body)
    }

    /// What a severity column sorts by: errors first, then warnings, infos, rules that are off
    /// (text, so the first click sorts it ascending: most severe first).
    static func severityRank(_ severity: Severity) -> String {
        switch severity {
        case .error: "1 error"
        case .warning: "2 warning"
        case .info: "3 info"
        case .off: "4 off"
        }
    }

    /// Severity as a labelled badge.
    func severityBadge(_ severity: Severity) -> String {
        "<span class=\"badge sev-\(severity.rawValue)\">\(severity.rawValue)</span>"
    }
}
