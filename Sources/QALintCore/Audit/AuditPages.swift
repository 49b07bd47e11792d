/// The pages of a lint report with their findings tallied, for building an audit summary.
struct AuditPages {
    /// One page: its row in the report's summaries and its findings.
    struct Page {
        var path: String
        /// Its row in ``AuditPages/summaries``, or -1 when the linter collected none.
        var summary: Int32
        /// Its diagnostics' range in the report's sorted diagnostics.
        var diagnostics: Range<Int>
        var errors = 0
        var warnings = 0
        var infos = 0

        var findings: Int { errors + warnings + infos }
    }

    /// Every linted page, sorted by path.
    let all: [Page]
    /// The pages' summaries (the report's).
    let summaries: PageSummaries
    private let report: LintReport

    /// Tallies `report`'s diagnostics by page.
    init(_ report: LintReport) {
        self.report = report
        summaries = report.pages
        // Diagnostics are sorted by file: each page's are one contiguous run.
        var runs: [String: Page] = [:]
        var start = 0
        while start < report.diagnostics.count {
            let file = report.diagnostics[start].file
            var end = start
            var page = Page(path: file, summary: -1, diagnostics: start..<start)
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
        // Files and summaries are both sorted by path: match them in one walk.
        var row = 0
        let paths = report.pages.paths
        all = report.files.map { file in
            while row < paths.count && paths[row].utf8Precedes(file) { row += 1 }
            var page = runs[file] ?? Page(path: file, summary: -1, diagnostics: 0..<0)
            page.summary = row < paths.count && paths[row].utf8Equals(file) ? Int32(row) : -1
            return page
        }
    }

    /// The diagnostics of `page`, in position order.
    func diagnostics(of page: Page) -> ArraySlice<Diagnostic> {
        report.diagnostics[page.diagnostics]
    }

    /// The id of `page`'s value for group `role` (`specialty`, `doctor`, `date`), if it has one.
    func group(_ page: Page, _ role: Int32?) -> Int32? {
        page.summary < 0 ? nil : summaries.group(Int(page.summary), role: role)
    }

    /// `page`'s value for group `role` as written, if it has one.
    func groupText(_ page: Page, _ role: String) -> String? {
        group(page, summaries.id(of: role)).map(summaries.string)
    }

    /// Pages and findings by each page's value for group `role` (``GroupCount/none`` without).
    func groups(by role: String) -> [GroupCount] {
        let roleID = summaries.id(of: role)
        // Tallied by text id, then merged by name in the order the pages first name each text,
        // so groups whose names Swift finds equal are merged under the first page's spelling.
        // (Ids index an array: a page costs no hashing.)
        var byText = [GroupCount?](repeating: nil, count: summaries.strings.count + 1)
        var order: [Int32] = []
        for page in all {
            let id = group(page, roleID) ?? -1
            if byText[Int(id) + 1] == nil {
                order.append(id)
                byText[Int(id) + 1] = GroupCount(name: "")
            }
            byText[Int(id) + 1]!.add(errors: page.errors, warnings: page.warnings, infos: page.infos)
        }
        var groups: [String: GroupCount] = [:]
        for id in order {
            let name = id < 0 ? GroupCount.none : summaries.string(id)
            groups[name, default: GroupCount(name: name)].add(byText[Int(id) + 1]!)
        }
        return Array(groups.values)
    }
}
