import Dispatch
import Synchronization

/// Lints pages: reads, parses and checks each one on its own, in parallel, then sorts.
///
/// The output never depends on thread timing: each page's diagnostics are computed by one
/// worker from that page alone, stored at the page's index, and the report is sorted.
public struct Linter: Sendable {
    /// The configuration.
    public let configuration: Configuration
    private let parser: DocumentParser

    /// Creates a linter.
    public init(configuration: Configuration) {
        self.configuration = configuration
        parser = DocumentParser(schema: configuration.schema)
    }

    /// Lints `inputs` on `jobs` threads with `context`.
    public func lint(_ inputs: [LintInput], context: CheckContext, jobs: Int) -> LintReport {
        let slots = Mutex([[Diagnostic]?](repeating: nil, count: inputs.count))
        let problems = Mutex([InputProblem]())
        let next = Atomic<Int>(0)
        let workers = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < inputs.count else { return }
                switch load(inputs[index]) {
                case .success(let source):
                    let diagnostics = lint(source, path: inputs[index].name, context: context)
                    slots.withLock { $0[index] = diagnostics }
                case .failure(let problem):
                    problems.withLock { $0.append(problem) }
                }
            }
        }
        let lists = slots.withLock { $0 }
        let linted = inputs.indices.filter { lists[$0] != nil }.map { inputs[$0].name }
        var report = LintReport(diagnostics: lists.flatMap { $0 ?? [] }, files: linted)
        report.problems = problems.withLock { $0 }.sorted()
        return report
    }

    private func load(_ input: LintInput) -> Result<SourceText, InputProblem> {
        switch input {
        case .file(let path): FileReader.read(path).map(SourceText.init(bytes:))
        case .bytes(let bytes, _): .success(SourceText(bytes: bytes))
        }
    }

    /// The diagnostics of one page, sorted.
    public func lint(_ source: SourceText, path: String, context: CheckContext) -> [Diagnostic] {
        let document = parser.parse(source, path: path)
        var found: [(rule: Rule, severity: Severity, finding: Finding)] = []
        var findings: [Finding] = []
        for rule in configuration.rules {
            let severity = configuration.severity(of: rule, for: path)
            guard severity != .off else { continue }
            findings.removeAll(keepingCapacity: true)
            rule.kind.check(document, context: context, into: &findings)
            for finding in findings { found.append((rule, severity, finding)) }
        }
        guard !found.isEmpty else { return [] }
        let masks = DiagnosticBuilder.sensitiveSpans(found.map(\.finding))
        return found.map { DiagnosticBuilder.diagnostic($0.finding, rule: $0.rule, severity: $0.severity, document: document, masks: masks) }
            .sorted()
    }
}
