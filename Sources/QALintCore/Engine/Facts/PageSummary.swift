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
    /// The summary of `document` per `spec`.
    init(_ document: Document, spec: CorpusSpec?) {
        var groups: [String: String] = [:]
        for (role, field) in spec?.audit ?? [:] {
            if let value = document.field(field).map(document.value(of:)), !value.isEmpty { groups[role] = value }
        }
        let links: [String]
        if let linkSpec = spec?.links {
            links = document.fields(named: "\(linkSpec.section).\(linkSpec.title)").map(document.value(of:)).filter { !$0.isEmpty }
        } else {
            links = []
        }
        self.init(path: document.path, title: spec.flatMap { document.field($0.title).map(document.value(of:)) }, groups: groups, links: links)
    }
}
