/// What an audit needs to know of one page: its title, the values it is grouped by (its
/// specialty, doctor and date, as the schema's `corpus: audit:` names them) and the titles it
/// links to.
public struct PageSummary: Sendable, Codable, Hashable {
    /// Path as given.
    public var path: String
    /// The page's title, if it has one.
    public var title: String?
    /// Group values by role (`specialty`, `doctor`, `date`), when present.
    public var groups: [String: String]
    /// Titles of the pages it links to.
    public var links: [String]

    /// Creates a summary.
    public init(path: String, title: String?, groups: [String: String], links: [String]) {
        self.path = path
        self.title = title
        self.groups = groups
        self.links = links
    }
}

extension PageSummary {
    /// Where a page's summary is read from, worked out once per schema rather than per page.
    struct Plan: Sendable {
        /// The field that names a page.
        let title: String?
        /// The fields grouped by, by role.
        let groups: [(role: String, field: String)]
        /// The entry field holding linked titles (`similar_qa.title`).
        let links: String?

        init(_ spec: CorpusSpec?) {
            title = spec?.title
            groups = (spec?.audit ?? [:]).sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, $0.value) }
            links = spec?.links.map { "\($0.section).\($0.title)" }
        }
    }
}
