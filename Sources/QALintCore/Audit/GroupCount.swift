/// Pages and findings of one group of pages: a specialty, a doctor, a month of Ask Date.
public struct GroupCount: Sendable, Codable, Equatable {
    /// The group's value as written on the pages (`Urology`, `Li Yuqi`, `2023-01`), or
    /// ``GroupCount/none`` for pages without one.
    public var name: String
    /// Pages in the group.
    public var pages: Int
    /// Of which with at least one error; the error rate is `pagesWithErrors / pages`.
    public var pagesWithErrors: Int
    /// Findings on its pages.
    public var findings: Int
    /// Of which errors.
    public var errors: Int
    /// Of which warnings.
    public var warnings: Int
    /// Of which infos.
    public var infos: Int

    /// The name of the group of pages that have no value (no doctor line, say).
    public static let none = "(none)"

    /// An empty group.
    public init(name: String) {
        self.name = name
        pages = 0
        pagesWithErrors = 0
        findings = 0
        errors = 0
        warnings = 0
        infos = 0
    }

    /// Counts one page with `errors`, `warnings` and `infos` findings.
    mutating func add(errors: Int, warnings: Int, infos: Int) {
        add(pages: 1, pagesWithErrors: errors > 0 ? 1 : 0, errors: errors, warnings: warnings, infos: infos)
    }

    /// Adds another group's counts.
    mutating func add(_ other: GroupCount) {
        add(pages: other.pages, pagesWithErrors: other.pagesWithErrors, errors: other.errors, warnings: other.warnings, infos: other.infos)
    }

    /// Adds `pages` pages, of which `pagesWithErrors` with errors, and their findings.
    mutating func add(pages: Int, pagesWithErrors: Int, errors: Int, warnings: Int, infos: Int) {
        self.pages += pages
        self.pagesWithErrors += pagesWithErrors
        findings += errors + warnings + infos
        self.errors += errors
        self.warnings += warnings
        self.infos += infos
    }

    /// Ranks groups for a capped table: most findings first, then most errors, most pages, name.
    static func ranked(_ lhs: GroupCount, _ rhs: GroupCount) -> Bool {
        if lhs.findings != rhs.findings { return lhs.findings > rhs.findings }
        if lhs.errors != rhs.errors { return lhs.errors > rhs.errors }
        if lhs.pages != rhs.pages { return lhs.pages > rhs.pages }
        return lhs.name.utf8Precedes(rhs.name)
    }
}

/// Groups of pages, most findings first, capped: the groups left out are summed in `omitted`.
public struct GroupTable: Sendable, Codable, Equatable {
    /// The groups shown, ranked by findings, errors, pages, then name.
    public var groups: [GroupCount]
    /// How many groups there are in all.
    public var count: Int
    /// The groups left out, summed (name `(others)`); nil when none was.
    public var omitted: GroupCount?
    /// How many groups were left out.
    public var omittedGroups: Int

    /// The first `limit` of `groups` (ranked), the rest summed.
    init(_ groups: [GroupCount], limit: Int) {
        let ranked = groups.sorted(by: GroupCount.ranked)
        self.groups = Array(ranked.prefix(limit))
        count = ranked.count
        omittedGroups = max(0, ranked.count - limit)
        if omittedGroups > 0 {
            var others = GroupCount(name: "(others)")
            for group in ranked.dropFirst(limit) { others.add(group) }
            omitted = others
        }
    }
}

/// Pages and findings by month of Ask Date.
public struct MonthTable: Sendable, Codable, Equatable {
    /// One group per month that has pages (`2023-01`), in order; months without pages are
    /// not listed.
    public var months: [GroupCount]
    /// Pages whose Ask Date is missing or not a `YYYY/MM/…` date (name `(undated)`).
    public var undated: GroupCount
}
