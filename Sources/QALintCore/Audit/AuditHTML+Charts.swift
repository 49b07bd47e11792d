extension AuditHTML {
    /// The parts of a stacked bar, in drawing order.
    private static let severityParts: [(key: String, label: String)] = [("error", "Errors"), ("warning", "Warnings"), ("info", "Infos")]

    /// An inline SVG chart with a title and a text description (its text alternative), in a
    /// figure with a visible caption and a legend.
    private func figure(id: String, caption: String, description: String, width: Int, height: Int, body: String, legend: [(String, String)]) -> String {
        let legendItems = legend.map { "<li><span class=\"swatch \($0.0)\" aria-hidden=\"true\"></span>\($0.1)</li>" }.joined()
        return """
        <figure class="chart">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" width="100%" role="img" \
        aria-labelledby="\(id)-title \(id)-desc" preserveAspectRatio="xMinYMin meet" style="max-width:\(width)px">
        <title id="\(id)-title">\(caption)</title>
        <desc id="\(id)-desc">\(description)</desc>
        \(body)</svg>
        <figcaption>\(caption)</figcaption>
        <ul class="legend">\(legendItems)</ul>
        </figure>

        """
    }

    /// One bar of `width` split by severity; returns the `<rect>`s.
    private func stackedBar(x: Double, y: Double, height: Double, scale: Double, counts: [Int], vertical: Bool = false) -> String {
        var rects = ""
        var offset = 0.0
        for (index, count) in counts.enumerated() where count > 0 {
            let length = Double(count) * scale
            let part = Self.severityParts[index].key
            if vertical {
                rects += "<rect class=\"bar-\(part)\" x=\"\(HTMLText.coordinate(x))\" y=\"\(HTMLText.coordinate(y - offset - length))\" "
                    + "width=\"\(HTMLText.coordinate(height))\" height=\"\(HTMLText.coordinate(length))\"/>"
            } else {
                rects += "<rect class=\"bar-\(part)\" x=\"\(HTMLText.coordinate(x + offset))\" y=\"\(HTMLText.coordinate(y))\" "
                    + "width=\"\(HTMLText.coordinate(length))\" height=\"\(HTMLText.coordinate(height))\"/>"
            }
            offset += length
        }
        return rects
    }

    /// One bar of the pages: with errors, with warnings or infos only, clean.
    func pageShareChart() -> String {
        let totals = summary.totals
        guard totals.pages > 0 else { return "" }
        let other = totals.pages - totals.cleanPages - totals.pagesWithErrors
        let parts = [("error", "With errors", totals.pagesWithErrors), ("warning", "With warnings or infos only", other),
                     ("clean", "Clean", totals.cleanPages)]
        let scale = 780.0 / Double(totals.pages)
        var x = 10.0
        var body = ""
        for (key, label, count) in parts where count > 0 {
            let width = Double(count) * scale
            body += "<rect class=\"bar-\(key)\" x=\"\(HTMLText.coordinate(x))\" y=\"8\" width=\"\(HTMLText.coordinate(width))\" "
                + "height=\"28\"><title>\(label): \(HTMLText.counted(count, "page"))</title></rect>"
            x += width
        }
        let description = parts.map { "\($0.1): \(HTMLText.counted($0.2, "page")) (\(HTMLText.percent($0.2, of: totals.pages)))" }
            .joined(separator: "; ")
        return figure(id: "pages-chart", caption: "Share of pages with errors, with warnings only, and clean",
                      description: description, width: 800, height: 44, body: body,
                      legend: parts.map { ("bar-\($0.0)", "\($0.1): \(HTMLText.count($0.2))") })
    }

    /// Horizontal bars, one per rule that found something, most findings first.
    func rulesChart(_ rules: [AuditSummary.RuleCount]) -> String {
        let ranked = rules.sorted { $0.findings != $1.findings ? $0.findings > $1.findings : $0.id < $1.id }
        let maximum = ranked.map(\.findings).max() ?? 1
        let rowHeight = 26.0
        // Room for the longest id (12.5px monospace is about 7.6px a character), so a long
        // custom rule id is not cut at the left edge; the bars get what is left.
        let longest = ranked.map(\.id.count).max() ?? 0
        let left = min(max(Double(longest) * 7.6 + 16, 120), 400)
        let scale = (800 - left - 70) / Double(maximum)
        var body = ""
        for (index, rule) in ranked.enumerated() {
            let y = 6 + Double(index) * rowHeight
            body += "<g><title>\(HTMLText.escape(rule.id)): \(HTMLText.severities(errors: rule.errors, warnings: rule.warnings, infos: rule.infos))</title>"
                + "<text class=\"label\" x=\"\(HTMLText.coordinate(left - 10))\" y=\"\(HTMLText.coordinate(y + 13))\" text-anchor=\"end\">\(HTMLText.escape(rule.id))</text>"
                + stackedBar(x: left, y: y + 2, height: 16, scale: scale, counts: [rule.errors, rule.warnings, rule.infos])
                + "<text class=\"value\" x=\"\(HTMLText.coordinate(left + Double(rule.findings) * scale + 6))\" y=\"\(HTMLText.coordinate(y + 14))\">"
                + "\(HTMLText.count(rule.findings))</text></g>\n"
        }
        let description = ranked.map {
            "\($0.id): \(HTMLText.counted($0.findings, "finding")) (\(HTMLText.severities(errors: $0.errors, warnings: $0.warnings, infos: $0.infos)))"
        }.joined(separator: "; ")
        return figure(id: "rules-chart", caption: "Findings by rule", description: HTMLText.escape(description),
                      width: 800, height: Int(12 + Double(ranked.count) * rowHeight), body: body,
                      legend: Self.severityParts.map { ("bar-\($0.key)", $0.label) })
    }

    /// A column per month from the first to the last (months without pages included, unless
    /// the span is absurd), stacked by severity.
    func timelineChart(_ months: [GroupCount]) -> String {
        let slots = Self.monthSlots(months)
        let (width, height, left, top, bottom) = (960.0, 260.0, 56.0, 12.0, 36.0)
        let plotWidth = width - left - 12
        let plotHeight = height - top - bottom
        let (step, maximum) = Self.axis(months.map(\.findings).max() ?? 0)
        let scale = plotHeight / Double(maximum)
        let slotWidth = plotWidth / Double(slots.count)
        let gap = slotWidth >= 6 ? 2.0 : 0.0
        var body = ""
        for tick in stride(from: 0, through: maximum, by: step) {
            let y = top + plotHeight - Double(tick) * scale
            body += "<line class=\"grid\" x1=\"\(HTMLText.coordinate(left))\" x2=\"\(HTMLText.coordinate(width - 12))\" "
                + "y1=\"\(HTMLText.coordinate(y))\" y2=\"\(HTMLText.coordinate(y))\"/>"
                + "<text class=\"tick\" x=\"\(HTMLText.coordinate(left - 6))\" y=\"\(HTMLText.coordinate(y + 4))\" text-anchor=\"end\">\(HTMLText.count(tick))</text>\n"
        }
        let labelEvery = Self.labelInterval(slots.count)
        for (index, slot) in slots.enumerated() {
            let x = left + Double(index) * slotWidth
            if let month = slot.month, month.findings > 0 {
                body += "<g><title>\(month.name): \(HTMLText.counted(month.findings, "finding")) "
                    + "(\(HTMLText.severities(errors: month.errors, warnings: month.warnings, infos: month.infos))) on "
                    + "\(HTMLText.counted(month.pages, "page"))</title>"
                    + stackedBar(x: x + gap / 2, y: top + plotHeight, height: max(slotWidth - gap, 0.5), scale: scale,
                                 counts: [month.errors, month.warnings, month.infos], vertical: true) + "</g>\n"
            }
            if labelEvery.shows(slot.index) {
                body += "<text class=\"tick\" x=\"\(HTMLText.coordinate(x + slotWidth / 2))\" y=\"\(HTMLText.coordinate(height - bottom + 18))\" "
                    + "text-anchor=\"middle\">\(labelEvery.label(slot.index))</text>"
            }
        }
        body += "<line class=\"axis\" x1=\"\(HTMLText.coordinate(left))\" x2=\"\(HTMLText.coordinate(width - 12))\" "
            + "y1=\"\(HTMLText.coordinate(top + plotHeight))\" y2=\"\(HTMLText.coordinate(top + plotHeight))\"/>\n"
        let busiest = months.max { $0.findings != $1.findings ? $0.findings < $1.findings : $0.name > $1.name }!
        let description = "\(HTMLText.counted(months.count, "month")) with pages, from \(months.first!.name) to \(months.last!.name). "
            + "The month with the most findings is \(busiest.name): \(HTMLText.counted(busiest.findings, "finding")) on "
            + "\(HTMLText.counted(busiest.pages, "page")). The table below gives every month."
        return figure(id: "timeline-chart", caption: "Findings by month of Ask Date", description: description,
                      width: Int(width), height: Int(height), body: body,
                      legend: Self.severityParts.map { ("bar-\($0.key)", $0.label) })
    }

    /// A month slot of the timeline: its index (`year * 12 + month - 1`) and its group, if any.
    private struct Slot {
        var index: Int
        var month: GroupCount?
    }

    /// Every month from the first to the last, or only those with pages when the span is
    /// over a century (a mistyped year should not make the chart 10,000 bars wide).
    private static func monthSlots(_ months: [GroupCount]) -> [Slot] {
        let indexed = months.compactMap { month -> Slot? in
            let parts = month.name.split(separator: "-")
            guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return nil }
            return Slot(index: year * 12 + number - 1, month: month)
        }
        guard let first = indexed.first?.index, let last = indexed.last?.index, last - first < 1200 else { return indexed }
        let byIndex = Dictionary(uniqueKeysWithValues: indexed.map { ($0.index, $0.month) })
        return (first...last).map { Slot(index: $0, month: byIndex[$0] ?? nil) }
    }

    /// Which months get a label under the axis.
    private struct LabelInterval {
        /// Label every `months` months (12 or more: at January, every `months / 12` years).
        var months: Int

        func shows(_ index: Int) -> Bool {
            months < 12 ? index % months == 0 : index % 12 == 0 && (index / 12) % (months / 12) == 0
        }

        func label(_ index: Int) -> String {
            let year = index / 12
            return months < 12 ? "\(year)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1)" : String(year)
        }
    }

    private static func labelInterval(_ slots: Int) -> LabelInterval {
        switch slots {
        case ...12: LabelInterval(months: 1)
        case ...24: LabelInterval(months: 3)
        case ...48: LabelInterval(months: 6)
        case ...180: LabelInterval(months: 12)
        case ...360: LabelInterval(months: 24)
        default: LabelInterval(months: 60)
        }
    }

    /// A round step (1, 2 or 5 times a power of ten) and the axis maximum, about four steps.
    static func axis(_ maximum: Int) -> (step: Int, maximum: Int) {
        guard maximum > 0 else { return (1, 1) }
        let rough = max(1, (maximum + 3) / 4)
        var power = 1
        while power * 10 <= rough { power *= 10 }
        let step = [1, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? power * 10
        return (step, (maximum + step - 1) / step * step)
    }
}
