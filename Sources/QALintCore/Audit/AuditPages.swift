/// The pages of a lint report with their findings tallied, for building an audit summary.
struct AuditPages {
    /// One page: its summary (nil when the linter collected none) and its findings.
    struct Page {
        var path: String
        var summary: PageSummary?
        /// Its diagnostics' range in the report's sorted diagnostics.
        var diagnostics: Range<Int>
        var errors = 0
        var warnings = 0
        var infos = 0

        var findings: Int { errors + warnings + infos }
    }

    /// Every linted page, sorted by path.
    let all: [Page]
    /// Pages by path.
    let byPath: [String: Page]
    private let report: LintReport

    /// Tallies `report`'s diagnostics by page.
    init(_ report: LintReport) {
        self.report = report
        var summaries: [String: PageSummary] = [:]
        for summary in report.pages { summaries[summary.path] = summary }
        // Diagnostics are sorted by file: each page's are one contiguous run.
        var runs: [String: Page] = [:]
        var start = 0
        while start < report.diagnostics.count {
            let file = report.diagnostics[start].file
            var end = start
            var page = Page(path: file, summary: summaries[file], diagnostics: start..<start)
            while end < report.diagnostics.count && report.diagnostics[end].file == file {
                switch report.diagnostics[end].severity {
                case .error: page.errors += 1
                case .warning: page.warnings += 1
                case .info, .off: page.infos += 1
                }
                end += 1
            }
            page.diagnostics = start..<end
            runs[file] = page
            start = end
        }
        all = report.files.map { runs[$0] ?? Page(path: $0, summary: summaries[$0], diagnostics: 0..<0) }
        var byPath: [String: Page] = [:]
        for page in all { byPath[page.path] = page }
        self.byPath = byPath
    }

    /// The diagnostics of `page`, in position order.
    func diagnostics(of page: Page) -> ArraySlice<Diagnostic> {
        report.diagnostics[page.diagnostics]
    }

    /// Pages and findings by the value `key` gives each page (``GroupCount/none`` for nil).
    func groups(by key: (Page) -> String?) -> [GroupCount] {
        var groups: [String: GroupCount] = [:]
        for page in all {
            let name = key(page) ?? GroupCount.none
            groups[name, default: GroupCount(name: name)].add(errors: page.errors, warnings: page.warnings, infos: page.infos)
        }
        return Array(groups.values)
    }
}
