/// The facts of every page of the corpus, indexed for the corpus rules.
public struct CorpusIndex: Sendable {
    /// Every page's facts, sorted by path.
    public let pages: [PageFacts]
    /// Whether each page's findings are reported (pages named on the command line).
    public let reported: [Bool]
    /// Pages by title.
    public let byTitle: [String: [Int]]
    /// Every title, sorted (for suggestions).
    public let titles: [String]

    /// Indexes `pages`; `reported` says which are reported, by path.
    public init(pages: [PageFacts], reported: Set<String>) {
        let sorted = pages.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.pages = sorted
        self.reported = sorted.map { reported.contains($0.path) }
        var index: [String: [Int]] = [:]
        for (position, page) in sorted.enumerated() {
            if let title = page.title?.value, !title.isEmpty { index[title, default: []].append(position) }
        }
        byTitle = index
        titles = index.keys.sorted()
    }

    /// The reported pages' indices.
    public var reportedPages: [Int] { pages.indices.filter { reported[$0] } }
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
}

extension CorpusRuleKind {
    /// Corpus kinds check nothing page by page.
    public func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {}
}
