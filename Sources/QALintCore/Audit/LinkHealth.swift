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
        var inbound = Set<String>()
        var links = 0
        var byTitle: [String: [String]] = [:]
        for page in pages.all {
            guard let summary = page.summary else { continue }
            links += summary.links.count
            // A page that links to its own title is not linked by that.
            for title in summary.links where title != summary.title { inbound.insert(title) }
            if let title = summary.title, !title.isEmpty { byTitle[title, default: []].append(page.path) }
        }
        let orphans = pages.all.filter { page in
            guard let title = page.summary?.title, !title.isEmpty else { return true }
            return !inbound.contains(title)
        }.map(\.path)
        let duplicated = byTitle.filter { $0.value.count > 1 }.map { title, paths in
            DuplicateTitle(title: title, paths: Array(paths.prefix(limits.listed)), count: paths.count)
        }.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : lhs.title.utf8.lexicographicallyPrecedes(rhs.title.utf8)
        }
        self.links = links
        brokenLinks = report.diagnostics.count { $0.rule == "broken-link" }
        orphanPages = orphans.count
        self.orphans = PathList(paths: Array(orphans.prefix(limits.listed)), omitted: max(0, orphans.count - limits.listed))
        untitledPages = pages.all.count { $0.summary?.title.map(\.isEmpty) ?? true }
        duplicateTitles = duplicated.count
        pagesWithDuplicateTitles = duplicated.reduce(0) { $0 + $1.count }
        duplicates = Array(duplicated.prefix(limits.listed))
        omittedDuplicates = max(0, duplicated.count - limits.listed)
    }
}
