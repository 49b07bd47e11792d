import Foundation

/// `--format sarif`: SARIF 2.1.0 that GitHub code scanning accepts.
///
/// Every rule of the run is described (short and full description, help, default level, tags),
/// results point at repository-relative, percent-encoded URIs, and each result carries a
/// stable `primaryLocationLineHash` (see ``SARIFFingerprint``). JSON keys are sorted and the
/// output is pretty-printed, so the same report always gives the same bytes.
public struct SARIFReporter: Reporter {
    /// The analysis category (`automationDetails.id`), needed when several SARIF files are
    /// uploaded for one commit; nil leaves it out.
    public var category: String?

    /// Creates the reporter; give a `category` when several analyses upload for one commit.
    public init(category: String? = nil) {
        self.category = category
    }

    /// The SARIF log, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        let descriptors = Self.descriptors(context.rules, naming: report.diagnostics.map(\.rule))
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let hashes = SARIFFingerprint.lineHashes(report.diagnostics)
        let results = zip(report.diagnostics, hashes).map { diagnostic, hash in
            SARIFLog.Result(
                ruleId: diagnostic.rule, ruleIndex: index[diagnostic.rule] ?? 0,
                level: Self.level(diagnostic.severity), message: .init(text: diagnostic.message),
                locations: [Self.location(file: diagnostic.file, range: diagnostic.range)],
                relatedLocations: diagnostic.related.isEmpty ? nil : diagnostic.related.enumerated().map {
                    Self.location(file: $1.file, range: $1.range, id: $0 + 1, message: $1.message)
                },
                partialFingerprints: ["primaryLocationLineHash": hash])
        }
        let run = SARIFLog.Run(
            tool: .init(driver: .init(semanticVersion: context.toolVersion, rules: descriptors)),
            automationDetails: Self.automationID(category).map { .init(id: $0) },
            results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(SARIFLog(runs: [run]))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The rules of the run, then a minimal descriptor for each other rule id a diagnostic
    /// names (so every `ruleIndex` is valid).
    static func descriptors(_ rules: [RuleInfo], naming ruleIDs: [String]) -> [SARIFLog.ReportingDescriptor] {
        let known = Set(rules.map(\.id))
        let others = Set(ruleIDs).subtracting(known).sorted().map {
            RuleInfo(id: $0, kind: "", severity: .warning, summary: "", description: "", fixable: false)
        }
        return (rules + others).map(descriptor)
    }

    /// One rule's descriptor; empty texts fall back to the summary or the id, as GitHub
    /// rejects empty descriptions.
    static func descriptor(_ rule: RuleInfo) -> SARIFLog.ReportingDescriptor {
        let summary = rule.summary.isEmpty ? rule.id : rule.summary
        let description = rule.description.isEmpty ? summary : rule.description
        let tags = Set([rule.kind] + (rule.fixable ? ["fixable"] : [])).subtracting([""]).sorted()
        return .init(
            id: rule.id, name: upperCamelCase(rule.id),
            shortDescription: .init(text: summary), fullDescription: .init(text: description),
            help: .init(text: description + "\n\nRun `qalint explain \(rule.id)` for examples."),
            defaultConfiguration: rule.severity == .off
                ? .init(level: nil, enabled: false) : .init(level: level(rule.severity), enabled: nil),
            properties: .init(tags: tags))
    }

    /// SARIF's level for a severity: `error`, `warning`, `note` (info) or `none` (off).
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        case .off: "none"
        }
    }

    /// A location whose region is clamped to what SARIF allows (lines and columns from 1, end
    /// not before start).
    static func location(file: String, range: SourceRange, id: Int? = nil, message: String? = nil) -> SARIFLog.Location {
        let startLine = max(range.line, 1)
        let startColumn = max(range.column, 1)
        let endLine = max(range.endLine, startLine)
        let endColumn = endLine == startLine ? max(range.endColumn, startColumn) : max(range.endColumn, 1)
        return .init(
            id: id,
            physicalLocation: .init(
                artifactLocation: .init(uri: RepositoryPath.uri(file)),
                region: .init(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn)),
            message: message.map { .init(text: $0) })
    }

    /// `category/`: GitHub reads the part before the last `/` as the category, so a category
    /// without a trailing slash would lose its last component. Nil for no or an empty category.
    static func automationID(_ category: String?) -> String? {
        guard let category, !category.isEmpty else { return nil }
        return category.hasSuffix("/") ? category : category + "/"
    }

    /// `date-order` → `DateOrder`: SARIF's rule `name` is an identifier a person can read.
    static func upperCamelCase(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
