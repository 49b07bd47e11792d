/// Links between pages.
public struct LinkHealth: Sendable, Codable, Equatable {
    /// Similar Q&A links on all pages.
    public var links: Int
    /// Links to no page of the corpus: the findings of `broken-link`.
    public var brokenLinks: Int
    /// Pages that no other page links to (by title; a page without a title counts).
    public var orphanPages: Int
    /// Some of them, sorted by path.
    public var orphans: PathList
    /// Pages without a title.
    public var untitledPages: Int
    /// Titles shared by two pages or more.
    public var duplicateTitles: Int
    /// Pages whose title another page has too.
    public var pagesWithDuplicateTitles: Int
    /// Some duplicated titles with their pages, most pages first.
    public var duplicates: [DuplicateTitle]
    /// Duplicated titles left out of `duplicates`.
    public var omittedDuplicates: Int
}

/// Paths, capped.
public struct PathList: Sendable, Codable, Equatable {
    /// The paths shown.
    public var paths: [String]
    /// How many were left out.
    public var omitted: Int
}

/// A title shared by several pages.
public struct DuplicateTitle: Sendable, Codable, Equatable {
    /// The title.
    public var title: String
    /// The pages that have it, sorted (capped, see ``AuditLimits/listed``).
    public var paths: [String]
    /// How many pages have it.
    public var count: Int
}

extension LinkHealth {
    /// The link health of the audited pages. Only links between audited pages count: a page
    /// linked only from outside the audited paths is an orphan here.
    init(_ report: LintReport, pages: AuditPages, limits: AuditLimits) {
        let summaries = pages.summaries
        var classes = TextClasses(summaries)
        // Titles first, in page order, so a title shared in several spellings is named by its
        // first page's.
        let titles = pages.all.map { page -> Int32 in
            guard page.summary >= 0 else { return -1 }
            let title = summaries.titles[Int(page.summary)]
            return title >= 0 && !summaries.isEmpty(title) ? classes.of(title) : -1
        }
        var pagesByTitle = [Int32](repeating: 0, count: summaries.strings.count)
        for title in titles where title >= 0 { pagesByTitle[Int(title)] += 1 }
        var inbound = [Bool](repeating: false, count: summaries.strings.count)
        var links = 0
        var sharedPaths: [Int32: [String]] = [:]
        for (page, title) in zip(pages.all, titles) {
            guard page.summary >= 0 else { continue }
            let row = Int(page.summary)
            links += summaries.links(of: row).count
            // A page that links to its own title is not linked by that.
            let own = summaries.titles[row] < 0 ? -1 : classes.of(summaries.titles[row])
            for link in summaries.links(of: row) {
                let target = classes.of(summaries.linkTitle(link))
                if target != own { inbound[Int(target)] = true }
            }
            if title >= 0 && pagesByTitle[Int(title)] > 1 { sharedPaths[title, default: []].append(page.path) }
        }
        let orphans = zip(pages.all, titles).filter { $0.1 < 0 || !inbound[Int($0.1)] }.map(\.0.path)
        let duplicated = sharedPaths.map { title, paths in
            DuplicateTitle(title: summaries.string(title), paths: Array(paths.prefix(limits.listed)), count: paths.count)
        }.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs.title.utf8Precedes(rhs.title)
        }
        self.links = links
        brokenLinks = report.diagnostics.count { $0.rule == "broken-link" }
        orphanPages = orphans.count
        self.orphans = PathList(paths: Array(orphans.prefix(limits.listed)), omitted: max(0, orphans.count - limits.listed))
        untitledPages = titles.count { $0 < 0 }
        duplicateTitles = duplicated.count
        pagesWithDuplicateTitles = duplicated.reduce(0) { $0 + $1.count }
        duplicates = Array(duplicated.prefix(limits.listed))
        omittedDuplicates = max(0, duplicated.count - limits.listed)
    }
}
