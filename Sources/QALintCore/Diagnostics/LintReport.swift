/// The outcome of one run: every diagnostic, sorted, and what was checked.
public struct LintReport: Sendable, Codable {
    /// All diagnostics, sorted.
    public var diagnostics: [Diagnostic]
    /// The files checked, sorted.
    public var files: [String]
    /// Paths that could not be linted, sorted.
    public var problems: [InputProblem] = []
    /// How many pages the corpus rules saw (0 when none ran).
    public var corpusSize = 0
    /// How many corpus pages' facts came from the cache.
    public var cachedPages = 0
    /// Remarks for the user (a cache discarded and rebuilt).
    public var notes: [String] = []
    /// Summaries of the linted pages, sorted by path (only when the linter collects them).
    public var pages = PageSummaries()

    /// Creates a report, sorting its contents.
    public init(diagnostics: [Diagnostic], files: [String]) {
        self.diagnostics = diagnostics.sorted()
        self.files = files.sorted { $0.utf8Precedes($1) }
    }

    /// The number of diagnostics of `severity`.
    public func count(_ severity: Severity) -> Int {
        // By index: iterating the diagnostics copied each one, its texts' references counted.
        var count = 0
        for index in diagnostics.indices where diagnostics[index].severity == severity { count += 1 }
        return count
    }

    /// The number of error diagnostics.
    public var errorCount: Int { count(.error) }
    /// The number of warning diagnostics.
    public var warningCount: Int { count(.warning) }
}
