/// Lints pages: reads, parses and checks each one on its own, in parallel; then runs the
/// corpus rules over the facts of every page; then sorts.
///
/// The output never depends on thread timing: each page's diagnostics and facts are computed
/// by one worker from that page alone and stored at the page's index, corpus rules read the
/// facts sorted by path, and the report is sorted.
public struct Linter: Sendable {
    /// The configuration.
    public let configuration: Configuration
    let parser: DocumentParser
    /// Reads facts for corpus rules; nil when no corpus rule is enabled.
    let factsCollector: FactsCollector?
    /// Where an audit's page summaries are read from.
    let summaryPlan: PageSummary.Plan

    /// The outcome of one page's pass.
    struct PageResult: Sendable {
        var diagnostics: [Diagnostic]
        /// Where the page's facts are, if read.
        var facts: FactsWorkers.Row?
        /// Where the page's summary is, if read.
        var summary: SummaryWorkers.Row?
    }

    /// Whether each linted page's ``PageSummary`` goes into the report (for audits).
    public var collectsSummaries = false
    /// Whether corpus findings get their line's text as ``Diagnostic/excerpt``. Their pages are
    /// read again for it (corpus rules work on facts), so a run whose reports read no excerpts
    /// (see ``OutputFormat/readsExcerpts``) turns it off; per-page findings always have theirs.
    public var attachesCorpusExcerpts = true
    /// Called from the page workers as pages are read, with (pages read, pages in all): the
    /// pages linted and the corpus pages whose facts are read. Calls may come from several
    /// threads at once and out of order; the counts only grow.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Creates a linter.
    public init(configuration: Configuration) {
        self.configuration = configuration
        parser = DocumentParser(schema: configuration.schema)
        factsCollector = Self.factsCollector(for: configuration)
        summaryPlan = PageSummary.Plan(configuration.schema)
    }

    private static func factsCollector(for configuration: Configuration) -> FactsCollector? {
        let corpusRules = configuration.rules.filter { $0.kind.corpusKind != nil }
        guard let spec = configuration.schema.corpus, !corpusRules.isEmpty,
              corpusRules.contains(where: { rule in rule.severity != .off || configuration.overrides.contains { $0.severities[rule.id].map { $0 != .off } ?? false } })
        else { return nil }
        let content = configuration.rules.compactMap { $0.kind as? LinkContentKind }.first
        let people = configuration.rules.compactMap { ($0.kind as? PersonConsistencyKind)?.pairs }.flatMap { $0 }
        return FactsCollector(spec: spec, excerptLength: content?.maxLength ?? 280, ellipsis: content?.ellipsis ?? "...", people: people,
                              schema: configuration.schema)
    }

    /// Lints `inputs` on `jobs` threads; the inputs are the whole corpus.
    public func lint(_ inputs: [LintInput], context: CheckContext, jobs: Int) -> LintReport {
        run(targets: inputs, corpus: [], problems: [], context: context, jobs: jobs)
    }

    /// The diagnostics of one page, sorted (per-page rules only).
    public func lint(_ source: SourceText, path: String, context: CheckContext) -> [Diagnostic] {
        check(source, path: path, context: context, facts: nil, summaries: nil, worker: 0).diagnostics
    }

    /// Parses one page once, running its per-page rules and reading its facts and summary.
    /// With `facts` (`summaries`), its facts (summary) are read into worker `worker`'s table.
    func check(
        _ source: SourceText, path: String, context: CheckContext, facts: FactsWorkers?, summaries: SummaryWorkers?, worker: Int
    ) -> PageResult {
        let document = parser.parse(source, path: path)
        let pageFacts = source.looksBinary ? nil : facts?.collect(document, worker: worker)
        // With facts, a summary's texts go into the worker's facts table (one copy each for both).
        let summary: SummaryWorkers.Row?
        if let summaries, let facts {
            summary = summaries.collect(document, worker: worker, sharingTextsWith: facts)
        } else {
            summary = summaries?.collect(document, worker: worker)
        }
        var found: [(rule: Int, severity: Severity, finding: Finding)] = []
        var findings: [Finding] = []
        // A binary file gets the encoding rule's one finding and nothing else.
        let binary = source.looksBinary
        // Rules are read in place by index: copying each `Rule` value for every page cost more
        // than most of the checks.
        let rules = configuration.rules
        let overridden = !configuration.overrides.isEmpty
        for index in rules.indices where !binary || rules[index].kind is EncodingKind {
            let severity = overridden ? configuration.severity(of: rules[index], for: path) : rules[index].severity
            guard severity != .off else { continue }
            // (Emptied only when it holds findings: emptying an empty array released its storage.)
            if !findings.isEmpty { findings.removeAll(keepingCapacity: true) }
            rules[index].kind.check(document, context: context, into: &findings)
            for finding in findings { found.append((index, severity, finding)) }
        }
        guard !found.isEmpty else { return PageResult(diagnostics: [], facts: pageFacts, summary: summary) }
        let masks = DiagnosticBuilder.sensitiveSpans(found.map(\.finding))
        let secrets = masks.isEmpty ? [] : DiagnosticBuilder.sensitiveTexts(found.map(\.finding), source: source)
        let diagnostics = found.map {
            DiagnosticBuilder.diagnostic($0.finding, rule: rules[$0.rule], severity: $0.severity, document: document, masks: masks,
                                         secrets: secrets)
        }
        return PageResult(diagnostics: diagnostics.sorted(), facts: pageFacts, summary: summary)
    }
}
