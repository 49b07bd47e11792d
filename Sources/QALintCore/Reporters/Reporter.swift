/// What a reporter knows besides the diagnostics: the rules that ran and the tool's version.
public struct ReportContext: Sendable {
    /// Every rule of the run, sorted by id.
    public var rules: [RuleInfo]
    /// qalint's version (`0.1.0`).
    public var toolVersion: String

    /// Creates a context.
    public init(rules: [RuleInfo], toolVersion: String) {
        self.rules = rules.sorted { $0.id < $1.id }
        self.toolVersion = toolVersion
    }
}

/// What a report says about a rule.
public struct RuleInfo: Sendable, Codable, Equatable {
    /// Rule id (`date-order`).
    public var id: String
    /// Kind name (`date-compare`).
    public var kind: String
    /// Severity after configuration.
    public var severity: Severity
    /// One line.
    public var summary: String
    /// Full description (several sentences).
    public var description: String
    /// Whether `--fix` can fix its findings.
    public var fixable: Bool

    /// Creates rule information.
    public init(id: String, kind: String, severity: Severity, summary: String, description: String, fixable: Bool) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.summary = summary
        self.description = description
        self.fixable = fixable
    }
}

/// Turns a report into text of one format. A reporter is a pure function: same report, same bytes.
public protocol Reporter: Sendable {
    /// The whole output for `report`.
    func render(_ report: LintReport, context: ReportContext) -> String
}
