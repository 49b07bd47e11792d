import CQALintBits

/// The facts of every page of the corpus, indexed for the corpus rules.
///
/// Pages are numbered in the order given (the linted pages, then the rest of the corpus); rules
/// that report in a page order sort by path, so the output never depends on that order.
public struct CorpusIndex: Sendable {
    /// The facts, of these pages and maybe of others (a cache's pages no longer in the corpus).
    public let table: FactsTable
    /// Page `i`'s row in ``table``.
    public let rows: [Int32]
    /// Page `i`'s path as given.
    public let paths: CorpusPaths
    /// Whether each page's findings are reported (pages named on the command line).
    public let reported: [Bool]
    /// By title id: the first page with that title, or -1.
    private let firstByTitle: [Int32]
    /// Titles that more than one page has, with those pages sorted by path.
    private let shared: [Int32: [Int]]
    /// By title id: whether more than one page has that title.
    private let isShared: [Bool]

    /// Indexes pages `rows` of `table` with their `paths`; `reported` says which are reported.
    public init(table: FactsTable, rows: [Int32], paths: [String], reported: [Bool]) {
        self.init(table: table, rows: rows, paths: CorpusPaths(paths), reported: reported)
    }

    /// Indexes pages `rows` of `table` with their `paths`; `reported` says which are reported.
    public init(table: FactsTable, rows: [Int32], paths: CorpusPaths, reported: [Bool]) {
        precondition(rows.count == paths.count && rows.count == reported.count, "one row, path and flag a page")
        self.table = table
        self.rows = rows
        self.paths = paths
        self.reported = reported
        var first = [Int32](repeating: -1, count: table.strings.count)
        var shared: [Int32: [Int]] = [:]
        for (page, row) in rows.enumerated() {
            guard let title = table.title(Int(row)), table.strings.length(title.text) > 0 else { continue }
            let known = first[Int(title.text)]
            if known < 0 {
                first[Int(title.text)] = Int32(page)
            } else {
                shared[title.text, default: [Int(known)]].append(page)
            }
        }
        for (title, pages) in shared {
            shared[title] = pages.sorted { paths[$0].utf8Precedes(paths[$1]) }
        }
        firstByTitle = first
        self.shared = shared
        var isShared = [Bool](repeating: false, count: first.count)
        for title in shared.keys { isShared[Int(title)] = true }
        self.isShared = isShared
    }

    /// The number of pages.
    public var count: Int { rows.count }

    /// The reported pages' indices.
    public var reportedPages: [Int] { reported.indices.filter { reported[$0] } }

    /// Page `page`'s row in ``table``.
    public func row(_ page: Int) -> Int { Int(rows[page]) }

    /// The pages titled with text `title`, sorted by path (empty for none).
    public func pages(titled title: Int32) -> [Int] {
        guard title >= 0, Int(title) < firstByTitle.count, firstByTitle[Int(title)] >= 0 else { return [] }
        return shared[title] ?? [Int(firstByTitle[Int(title)])]
    }

    /// The one page titled with text `title`; nil when no page or several pages have it. (No
    /// list is made: a link rule asks this for every link of the corpus.)
    public func onlyPage(titled title: Int32) -> Int? {
        guard title >= 0, Int(title) < firstByTitle.count, firstByTitle[Int(title)] >= 0, !isShared[Int(title)] else { return nil }
        return Int(firstByTitle[Int(title)])
    }

    /// Asks for the memory ``onlyPage(titled:)`` reads for `title` to be fetched into the cache
    /// (a hint: nothing is read).
    func prefetchPage(titled title: Int32) {
        guard title >= 0, Int(title) < firstByTitle.count else { return }
        firstByTitle.withUnsafeBufferPointer { qalint_prefetch($0.baseAddress! + Int(title)) }
        isShared.withUnsafeBufferPointer { qalint_prefetch($0.baseAddress! + Int(title)) }
    }

    /// Asks for page `page`'s row number (``row(_:)``) to be fetched into the cache (a hint).
    func prefetchRow(_ page: Int) {
        guard page >= 0, page < rows.count else { return }
        rows.withUnsafeBufferPointer { qalint_prefetch($0.baseAddress! + page) }
    }

    /// Whether some page has the title with text `title`.
    public func hasPage(titled title: Int32) -> Bool {
        title >= 0 && Int(title) < firstByTitle.count && firstByTitle[Int(title)] >= 0
    }

    /// Every distinct title once, in the order of their text ids (for suggestions), read from
    /// the facts as needed.
    public func titles() -> CorpusTitles {
        CorpusTitles(table: table, ids: firstByTitle.indices.filter { firstByTitle[$0] >= 0 }.map { Int32($0) })
    }
}

/// A finding of a corpus rule: which page, where, and what.
public struct CorpusFinding: Sendable {
    /// Index of the page in ``CorpusIndex/pages``.
    public var page: Int
    /// Where on that page.
    public var range: SourceRange
    /// The message key.
    public var message: String
    /// Placeholder values.
    public var values: [String: String]
    /// Other places that explain it.
    public var related: [RelatedLocation] = []

    /// Creates a finding.
    public init(page: Int, range: SourceRange, message: String, values: [String: String], related: [RelatedLocation] = []) {
        self.page = page
        self.range = range
        self.message = message
        self.values = values
        self.related = related
    }
}

/// A kind whose check needs the whole corpus: it runs after every page's facts are known.
public protocol CorpusRuleKind: RuleKind {
    /// Checks the corpus, reporting only on reported pages.
    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding])

    /// Whether the kind shares its own work out to ``CheckContext/jobs`` threads (then it runs
    /// on its own, not beside the other corpus rules).
    var sharesOutItsWork: Bool { get }
}

extension CorpusRuleKind {
    /// Corpus kinds check nothing page by page.
    public func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {}

    /// Itself.
    public var corpusKind: (any CorpusRuleKind)? { self }

    /// Most corpus kinds do their work on one thread.
    public var sharesOutItsWork: Bool { false }
}
