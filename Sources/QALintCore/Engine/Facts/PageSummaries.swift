/// The ``PageSummary`` of many pages, as flat columns: titles, group roles and values, and link
/// titles are interned once in a ``StringTable``, so a page costs its path (shared with the
/// report's list of files), a few ids and the bytes of its title, not strings and a dictionary.
///
/// Rows are sorted by path (bytes) whenever the table is made from summaries or handed out by
/// the linter; as a collection, row `i` reads back as the ``PageSummary`` it was made from.
public struct PageSummaries: Sendable {
    /// Every title, group role, group value and link title.
    private(set) var strings = StringTable()
    /// Whether every text is ASCII (then texts that Swift finds equal have equal bytes, and ids).
    private(set) var asciiOnly = true
    /// Per page: its path as given.
    private(set) var paths: [String] = []
    /// Per page: its title's id, or -1 when it has none.
    private(set) var titles: [Int32] = []
    /// Per page: where its groups end in ``groups`` (in pairs).
    private var groupEnds: [Int32] = []
    /// Role id, then value id, of every group, a page's sorted by role.
    private var groups: [Int32] = []
    /// Per page: where its links end in ``linkTitles``.
    private var linkEnds: [Int32] = []
    /// Per link: the linked title's id.
    private var linkTitles: [Int32] = []
    /// The names of a plan's roles as bytes, in its order, and the plan's number (-1: none yet).
    private var roleNames: (plan: Int, bytes: [[UInt8]]) = (-1, [])

    /// An empty table.
    public init() {}

    /// The table of `summaries`, sorted by path.
    public init(_ summaries: some Sequence<PageSummary>) {
        for summary in summaries { append(summary) }
        sortByPath()
    }

    /// Makes room for `pages` pages in the columns of one entry a page.
    mutating func reserve(pages: Int) {
        paths.reserveCapacity(pages)
        titles.reserveCapacity(pages)
        groupEnds.reserveCapacity(pages)
        linkEnds.reserveCapacity(pages)
    }

    /// Adds a page at the end (the table is no longer sorted until ``sortByPath()``).
    mutating func append(_ summary: PageSummary) {
        paths.append(summary.path)
        titles.append(summary.title.map { intern($0) } ?? -1)
        for (role, value) in summary.groups.sorted(by: { $0.key.utf8Precedes($1.key) }) {
            groups.append(intern(role))
            groups.append(intern(value))
        }
        groupEnds.append(Int32(groups.count / 2))
        for link in summary.links { linkTitles.append(intern(link)) }
        linkEnds.append(Int32(linkTitles.count))
    }

    /// Adds `document`'s summary per `plan` at the end, its texts interned from the page's bytes
    /// (no `String` is made): a page worker's table (see ``SummaryWorkers``).
    mutating func append(_ document: Document, plan: PageSummary.Plan) {
        // This table's texts, taken out while the row is filled (its ids are made as it grows).
        var strings = StringTable()
        swap(&strings, &self.strings)
        append(document, plan: plan, strings: &strings)
        swap(&strings, &self.strings)
    }

    /// Adds `document`'s summary per `plan` at the end, its texts interned into `strings`: the
    /// worker's facts table's when facts are read too (see ``SummaryWorkers``), this table's
    /// otherwise.
    mutating func append(_ document: Document, plan: PageSummary.Plan, strings: inout StringTable) {
        // The roles' names copied once a plan: interning a role's `String` (a text every thread
        // shares) copied it for every page.
        if roleNames.plan != plan.identity { roleNames = (plan.identity, plan.groups.map { Array($0.role.utf8) }) }
        // Every text is checked for ASCII: one the facts interned first is not new to `strings`.
        var ascii = asciiOnly
        func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 { Self.intern(text, into: &strings, asciiOnly: &ascii, checkingAll: true) }
        paths.append(document.path)
        titles.append(plan.title.flatMap { document.fields(slot: $0).first }.map { field in document.withUTF8(of: field, intern) } ?? -1)
        // The plan's groups are sorted by role, as rows keep them; a group needs a value.
        for (position, group) in plan.groups.enumerated() {
            guard let field = document.fields(slot: group.slot).first, !field.isEmpty else { continue }
            groups.append(roleNames.bytes[position].withUnsafeBufferPointer(intern))
            groups.append(document.withUTF8(of: field, intern))
        }
        groupEnds.append(Int32(groups.count / 2))
        if let slot = plan.links {
            for field in document.fields(slot: slot) where !field.isEmpty {
                linkTitles.append(document.withUTF8(of: field, intern))
            }
        }
        linkEnds.append(Int32(linkTitles.count))
        asciiOnly = ascii
    }

    /// Maps another table's text ids to this one's (see ``StringTable/Remap``).
    typealias Remap = StringTable.Remap

    /// Appends row `row` of `other`, its texts interned in the order ``append(_:)-(PageSummary)``
    /// would intern them (so the ids are the same as if the summary had been appended).
    mutating func append(row: Int, of other: PageSummaries, remap: inout Remap) {
        var strings = StringTable(), ascii = asciiOnly
        swap(&strings, &self.strings)
        copy(row, of: other) { text in remap.id(text, of: other.strings) { Self.intern($0, into: &strings, asciiOnly: &ascii, checkingAll: false) } }
        swap(&strings, &self.strings)
        asciiOnly = ascii
    }

    /// Appends row `row` of `other`, whose texts lie in another table (a worker's facts table):
    /// `id` gives each one's id in the table this one takes with ``useStrings(_:)``.
    mutating func append(row: Int, of other: PageSummaries, mapping id: (Int32) -> Int32) {
        if !other.asciiOnly { asciiOnly = false }
        copy(row, of: other, id: id)
    }

    /// Takes `strings` as this table's texts: those that rows appended with ``append(row:of:mapping:)``
    /// refer to (the run's facts table's).
    mutating func useStrings(_ strings: StringTable) {
        self.strings = strings
    }

    /// Appends row `row` of `other`, each text id of `other` given this table's by `id` (which
    /// must not touch this table).
    private mutating func copy(_ row: Int, of other: PageSummaries, id: (Int32) -> Int32) {
        paths.append(other.paths[row])
        titles.append(id(other.titles[row]))
        for pair in other.groupRange(row) {
            groups.append(id(other.groups[2 * pair]))
            groups.append(id(other.groups[2 * pair + 1]))
        }
        groupEnds.append(Int32(groups.count / 2))
        for link in other.links(of: row) { linkTitles.append(id(other.linkTitles[link])) }
        linkEnds.append(Int32(linkTitles.count))
    }

    /// Removes every row, keeping the texts, so that the table can be filled again with its
    /// texts' ids unchanged.
    mutating func removeAllRows() {
        paths.removeAll(keepingCapacity: true)
        titles.removeAll(keepingCapacity: true)
        groupEnds.removeAll(keepingCapacity: true)
        groups.removeAll(keepingCapacity: true)
        linkEnds.removeAll(keepingCapacity: true)
        linkTitles.removeAll(keepingCapacity: true)
    }

    private mutating func intern(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { intern($0) }
    }

    private mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 {
        Self.intern(text, into: &strings, asciiOnly: &asciiOnly, checkingAll: false)
    }

    /// Interns `text` into `strings`, clearing `asciiOnly` when it is not ASCII: checked for
    /// every text with `checkingAll`, else only for a new one (a text seen before was checked).
    private static func intern(_ text: UnsafeBufferPointer<UInt8>, into strings: inout StringTable, asciiOnly: inout Bool,
                               checkingAll: Bool) -> Int32 {
        let known = strings.count
        let id = strings.intern(text)
        if asciiOnly && (checkingAll || Int(id) >= known) && !ByteScan.isASCII(text) { asciiOnly = false }
        return id
    }

    /// Sorts the rows by path (bytes); rows with the same path keep their order.
    mutating func sortByPath() {
        // Pages usually come in path order (a directory is walked sorted): then there is nothing to do.
        guard paths.indices.dropFirst().contains(where: { paths[$0].utf8Precedes(paths[$0 - 1]) }) else { return }
        let order = paths.indices.sorted { lhs, rhs in
            paths[lhs].utf8Equals(paths[rhs]) ? lhs < rhs : paths[lhs].utf8Precedes(paths[rhs])
        }
        var sorted = PageSummaries()
        sorted.strings = strings
        sorted.asciiOnly = asciiOnly
        for row in order {
            sorted.paths.append(paths[row])
            sorted.titles.append(titles[row])
            sorted.groups.append(contentsOf: groups[(2 * groupRange(row).lowerBound)..<(2 * groupRange(row).upperBound)])
            sorted.groupEnds.append(Int32(sorted.groups.count / 2))
            sorted.linkTitles.append(contentsOf: linkTitles[links(of: row)])
            sorted.linkEnds.append(Int32(sorted.linkTitles.count))
        }
        self = sorted
    }

    // MARK: Reading

    /// The text with id `id`.
    func string(_ id: Int32) -> String { strings.string(id) }

    /// Whether text `id` is empty.
    func isEmpty(_ id: Int32) -> Bool { strings.length(id) == 0 }

    /// The id of `text`, if some page names it.
    func id(of text: String) -> Int32? { strings.find(text) }

    /// Page `row`'s value for the role with id `role` (see ``id(of:)``), or nil.
    func group(_ row: Int, role: Int32?) -> Int32? {
        guard let role else { return nil }
        for pair in groupRange(row) where groups[2 * pair] == role { return groups[2 * pair + 1] }
        return nil
    }

    /// Indices in ``linkTitles`` of page `row`'s links.
    func links(of row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(linkEnds[row - 1]))..<Int(linkEnds[row])
    }

    /// Link `link`'s title id.
    func linkTitle(_ link: Int) -> Int32 { linkTitles[link] }

    private func groupRange(_ row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(groupEnds[row - 1]))..<Int(groupEnds[row])
    }
}

extension PageSummaries: RandomAccessCollection {
    /// The first row.
    public var startIndex: Int { 0 }
    /// Past the last row.
    public var endIndex: Int { paths.count }

    /// Row `row` as a summary.
    public subscript(row: Int) -> PageSummary {
        var values: [String: String] = [:]
        for pair in groupRange(row) { values[string(groups[2 * pair])] = string(groups[2 * pair + 1]) }
        return PageSummary(path: paths[row], title: titles[row] >= 0 ? string(titles[row]) : nil, groups: values,
                           links: links(of: row).map { string(linkTitles[$0]) })
    }
}

extension PageSummaries: ExpressibleByArrayLiteral, Codable {
    /// The table of these summaries, sorted by path.
    public init(arrayLiteral summaries: PageSummary...) {
        self.init(summaries)
    }

    /// Decodes a list of summaries.
    public init(from decoder: any Decoder) throws {
        self.init(try [PageSummary](from: decoder))
    }

    /// Encodes the rows as a list of summaries.
    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
