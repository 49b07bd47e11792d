extension AuditSummary {
    /// The audit of `report`: a pure function of the report, the rules of the run, what
    /// produced it and, for `--compare`, the previous audit's summary.
    ///
    /// `report` must come from a linter that collects page summaries; pages without one are
    /// grouped under ``GroupCount/none``. Lists are capped per `limits`; counts never are.
    /// With `jobs` above 1, the findings' keys are hashed on another thread while the pages are
    /// tallied, and then the tables are made on two threads.
    public init(
        report: LintReport, rules: [RuleInfo], run: AuditRun, previous: AuditSummary? = nil,
        limits: AuditLimits = AuditLimits(), jobs: Int = 1
    ) {
        let diagnostics = report.diagnostics
        let (hashes, pages) = ParallelMap.both(jobs: jobs, { SARIFFingerprint.lineHashes(diagnostics) }, { AuditPages(report) })
        version = Self.formatVersion
        self.run = run
        // The findings' keys and the links' health, on another thread, while the rest is counted here.
        let ((findingKeys, links), counted) = ParallelMap.both(jobs: jobs, {
            (Self.findingKeys(report, hashes: hashes, pages: pages), LinkHealth(report, pages: pages, limits: limits))
        }, {
            (totals: Self.totals(report, pages: pages), rules: Self.ruleCounts(report, rules: rules),
             specialties: GroupTable(pages.groups(by: "specialty"), limit: limits.specialties),
             doctors: GroupTable(pages.groups(by: "doctor"), limit: limits.doctors),
             months: Self.months(pages), worstPages: Self.worstPages(pages, limits: limits))
        })
        totals = counted.totals
        self.rules = counted.rules
        specialties = counted.specialties
        doctors = counted.doctors
        months = counted.months
        self.links = links
        worstPages = counted.worstPages
        problems = Array(report.problems.prefix(limits.listed))
        self.findingKeys = findingKeys
        comparison = previous.map {
            AuditComparison(current: findingKeys, previous: $0.findingKeys, previousDate: $0.run.date, previousTotals: $0.totals)
        }
    }

    private static func totals(_ report: LintReport, pages: AuditPages) -> Totals {
        Totals(
            pages: pages.all.count,
            pagesWithErrors: pages.all.count { $0.errors > 0 },
            pagesWithWarnings: pages.all.count { $0.warnings > 0 },
            cleanPages: pages.all.count { $0.findings == 0 },
            findings: report.diagnostics.count,
            errors: report.errorCount, warnings: report.warningCount, infos: report.count(.info),
            unreadable: report.problems.count, corpusPages: report.corpusSize)
    }

    /// Every configured rule, plus any rule that reported without being configured.
    private static func ruleCounts(_ report: LintReport, rules: [RuleInfo]) -> [RuleCount] {
        var counts: [String: RuleCount] = [:]
        for rule in rules {
            counts[rule.id] = RuleCount(id: rule.id, kind: rule.kind, severity: rule.severity, summary: rule.summary,
                                        findings: 0, errors: 0, warnings: 0, infos: 0, pages: 0)
        }
        var lastFile: [String: String] = [:]
        // By index: iterating the diagnostics copied each one, its texts' references counted.
        for index in report.diagnostics.indices {
            let diagnostic = (rule: report.diagnostics[index].rule, severity: report.diagnostics[index].severity,
                              file: report.diagnostics[index].file)
            var count = counts[diagnostic.rule] ?? RuleCount(
                id: diagnostic.rule, kind: "", severity: diagnostic.severity, summary: "",
                findings: 0, errors: 0, warnings: 0, infos: 0, pages: 0)
            count.findings += 1
            switch diagnostic.severity {
            case .error: count.errors += 1
            case .warning: count.warnings += 1
            case .info, .off: count.infos += 1
            }
            // Diagnostics are sorted by file, so a rule's pages are counted as its file changes.
            if lastFile[diagnostic.rule] != diagnostic.file {
                count.pages += 1
                lastFile[diagnostic.rule] = diagnostic.file
            }
            counts[diagnostic.rule] = count
        }
        return counts.values.sorted { $0.id < $1.id }
    }

    private static func months(_ pages: AuditPages) -> MonthTable {
        var undated = GroupCount(name: "(undated)")
        var months: [GroupCount] = []
        var monthNamed: [String: Int] = [:]
        // Each distinct date is read once (many pages share one): its month's place in
        // `months`, -1 for no month, unknown until met. Ids index an array, so a page costs
        // no hashing.
        let unknown = -2
        var monthOf = [Int](repeating: unknown, count: pages.summaries.strings.count)
        let role = pages.summaries.id(of: "date")
        for page in pages.all {
            var place = -1
            if let date = pages.group(page, role) {
                place = monthOf[Int(date)]
                if place == unknown {
                    place = Self.month(pages.summaries.string(date)).map { month in
                        if let known = monthNamed[month] { return known }
                        monthNamed[month] = months.count
                        months.append(GroupCount(name: month))
                        return months.count - 1
                    } ?? -1
                    monthOf[Int(date)] = place
                }
            }
            if place >= 0 {
                months[place].add(errors: page.errors, warnings: page.warnings, infos: page.infos)
            } else {
                undated.add(errors: page.errors, warnings: page.warnings, infos: page.infos)
            }
        }
        return MonthTable(months: months.sorted { $0.name < $1.name }, undated: undated)
    }

    /// `2023-01` for a date written `2023/01/…`; nil when it does not start with a year and a
    /// month 01–12.
    static func month(_ date: String) -> String? {
        // On the bytes: the seven that matter are ASCII digits and a slash.
        var date = date
        return date.withUTF8 { bytes in
            guard bytes.count >= 7, bytes[4] == 0x2F, (0..<7).allSatisfy({ $0 == 4 || ByteScan.isDigit(bytes[$0]) }) else { return nil }
            let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
            guard (1...12).contains(month) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<4]), as: UTF8.self) + "-"
                + String(decoding: UnsafeBufferPointer(rebasing: bytes[5..<7]), as: UTF8.self)
        }
    }

    private static func worstPages(_ pages: AuditPages, limits: AuditLimits) -> PageList {
        let withFindings = pages.all.filter { $0.findings > 0 }.sorted { lhs, rhs in
            if lhs.errors != rhs.errors { return lhs.errors > rhs.errors }
            if lhs.warnings != rhs.warnings { return lhs.warnings > rhs.warnings }
            if lhs.infos != rhs.infos { return lhs.infos > rhs.infos }
            return lhs.path.utf8Precedes(rhs.path)
        }
        let shown = withFindings.prefix(limits.worstPages).map { page in
            let diagnostics = pages.diagnostics(of: page)
            let title = page.summary < 0 ? nil : pages.summaries.titles[Int(page.summary)]
            return PageEntry(
                path: page.path, title: title.flatMap { $0 < 0 ? nil : pages.summaries.string($0) },
                specialty: pages.groupText(page, "specialty"), doctor: pages.groupText(page, "doctor"),
                date: pages.groupText(page, "date"),
                findings: page.findings, errors: page.errors, warnings: page.warnings, infos: page.infos,
                diagnostics: diagnostics.prefix(limits.diagnosticsPerPage).map {
                    PageFinding(line: $0.range.line, column: $0.range.column, severity: $0.severity, rule: $0.rule,
                                message: Self.cut($0.message, to: limits.messageLength))
                },
                omittedDiagnostics: max(0, diagnostics.count - limits.diagnosticsPerPage))
        }
        return PageList(pages: shown, omitted: withFindings.count - shown.count)
    }

    /// `text` cut at `length` Unicode scalars, with `…` when cut.
    static func cut(_ text: String, to length: Int) -> String {
        guard text.unicodeScalars.count > length else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.prefix(length))) + "…"
    }

    /// Each finding's key (``SARIFFingerprint``, the same key code scanning matches alerts
    /// by), by rule then by its page's specialty.
    private static func findingKeys(_ report: LintReport, hashes: [String], pages: AuditPages) -> [String: [String: [String]]] {
        // Each diagnostic's page's specialty (a page's diagnostics are its range of them).
        var specialties = [Int32](repeating: -1, count: report.diagnostics.count)
        let role = pages.summaries.id(of: "specialty")
        for page in pages.all where !page.diagnostics.isEmpty {
            let specialty = pages.group(page, role) ?? -1
            for index in page.diagnostics { specialties[index] = specialty }
        }
        var names: [Int32: String] = [-1: GroupCount.none]
        var keys: [String: [String: [String]]] = [:]
        for (index, key) in hashes.enumerated() {
            let id = specialties[index]
            let specialty = names[id] ?? pages.summaries.string(id)
            names[id] = specialty
            keys[report.diagnostics[index].rule, default: [:]][specialty, default: []].append(key)
        }
        return keys.mapValues { $0.mapValues { $0.sorted() } }
    }
}
