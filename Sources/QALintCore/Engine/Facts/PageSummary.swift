import Synchronization

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
    /// Where a page's summary is read from, worked out once per schema rather than per page:
    /// field slots (see ``FieldSlots``), so that a page's fields are found without a name.
    struct Plan: Sendable {
        /// The slot of the field that names a page.
        let title: Int?
        /// The slots of the fields grouped by, by role, sorted by role (bytes).
        let groups: [(role: String, slot: Int)]
        /// The slot of the entry field holding linked titles (`similar_qa.title`).
        let links: Int?
        /// This plan's number in the process, so that a table knows whose roles it holds the
        /// ids of (``PageSummaries/append(_:plan:)`` interns them once, not once a page).
        let identity: Int
        private static let plansMade = Atomic<Int>(0)

        init(_ schema: Schema) {
            identity = Self.plansMade.add(1, ordering: .relaxed).newValue
            let spec = schema.corpus
            let slots = schema.slots
            title = spec.map { slots.slot($0.title) }
            groups = (spec?.audit ?? [:]).sorted { $0.key.utf8Precedes($1.key) }.map { ($0.key, slots.slot($0.value)) }
            links = spec?.links.map { slots.slot("\($0.section).\($0.title)") }
        }
    }
}
