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
    ///
    /// The report's files, its diagnostics and its summaries are all sorted by path (bytes), so
    /// one walk matches them: a page's diagnostics are the run with its path, no path is hashed,
    /// and two paths that differ in bytes (even canonically equal ones) stay two pages.
    init(_ report: LintReport) {
        self.report = report
        summaries = report.pages
        let diagnostics = report.diagnostics
        let paths = report.pages.paths
        var pages: [Page] = []
        pages.reserveCapacity(report.files.count)
        var next = 0
        var row = 0
        for file in report.files {
            // A path listed twice is the same page twice.
            if let previous = pages.last, previous.path.utf8Equals(file) {
                pages.append(previous)
                continue
            }
            while next < diagnostics.count && diagnostics[next].file.utf8Precedes(file) { next += 1 }
            var page = Page(path: file, summary: -1, diagnostics: next..<next)
            var end = next
            while end < diagnostics.count && diagnostics[end].file.utf8Equals(file) {
                switch diagnostics[end].severity {
                case .error: page.errors += 1
                case .warning: page.warnings += 1
                case .info, .off: page.infos += 1
                }
                end += 1
            }
            page.diagnostics = next..<end
            next = end
            while row < paths.count && paths[row].utf8Precedes(file) { row += 1 }
            page.summary = row < paths.count && paths[row].utf8Equals(file) ? Int32(row) : -1
            pages.append(page)
        }
        all = pages
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
        // Tallied by text id (slot 0: no value), then merged by name in the order the pages
        // first name each text, so groups whose names Swift finds equal are merged under the
        // first page's spelling. (Ids index a list of plain counts: a page costs no hashing and
        // no reference count.)
        var tallies = [Tally](repeating: Tally(), count: summaries.strings.count + 1)
        var order: [Int32] = []
        for index in all.indices {
            let summary = all[index].summary
            let id = (summary < 0 ? nil : summaries.group(Int(summary), role: roleID)) ?? -1
            if tallies[Int(id) + 1].pages == 0 { order.append(id) }
            tallies[Int(id) + 1].add(all[index])
        }
        var groups: [String: GroupCount] = [:]
        for id in order {
            let name = id < 0 ? GroupCount.none : summaries.string(id)
            let tally = tallies[Int(id) + 1]
            groups[name, default: GroupCount(name: name)].add(pages: tally.pages, pagesWithErrors: tally.pagesWithErrors, errors: tally.errors,
                                                              warnings: tally.warnings, infos: tally.infos)
        }
        return Array(groups.values)
    }

    /// A group's counts while pages are tallied: plain numbers (a ``GroupCount`` holds its name).
    private struct Tally {
        var pages = 0
        var pagesWithErrors = 0
        var errors = 0
        var warnings = 0
        var infos = 0

        mutating func add(_ page: Page) {
            pages += 1
            pagesWithErrors += page.errors > 0 ? 1 : 0
            errors += page.errors
            warnings += page.warnings
            infos += page.infos
        }
    }
}
