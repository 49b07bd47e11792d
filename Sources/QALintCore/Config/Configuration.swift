/// Everything a run needs, resolved: schema, rules with severities, reference data, file
/// selection and per-glob overrides.
public struct Configuration: Sendable {
    /// The config file used, if any.
    public var file: String?
    /// The schema pages are parsed with.
    public var schema: Schema
    /// The rules, sorted by id.
    public var rules: [Rule]
    /// Reference data.
    public var reference: ReferenceData
    /// Which files a directory walk takes.
    public var include: [Glob]
    /// Which files a directory walk skips.
    public var exclude: [Glob]
    /// Severity changes for some files.
    public var overrides: [Override]
    /// The corpus directory for corpus rules, if configured.
    public var corpus: String?
    /// The pages rule examples start from.
    public var examples: ExampleSet

    /// The example page.
    public var examplePage: String? { examples.page.isEmpty ? nil : examples.page }

    /// Severity changes that apply to files matching some globs.
    public struct Override: Sendable {
        /// Which files.
        public var files: [Glob]
        /// New severities by rule id.
        public var severities: [String: Severity]
    }

    /// The severity of rule `rule` for `path`, overrides applied in order.
    public func severity(of rule: Rule, for path: String) -> Severity {
        var severity = rule.severity
        for override in overrides where override.files.contains(where: { $0.matches(path) }) {
            if let changed = override.severities[rule.id] { severity = changed }
        }
        return severity
    }

    /// Whether a file found by a directory walk is linted.
    public func selects(_ path: String) -> Bool {
        selects(path, from: 0)
    }

    /// Whether the file `path` is linted, judged on its part from the UTF-8 offset `start` on
    /// (its path relative to the walked directory).
    func selects(_ path: String, from start: Int) -> Bool {
        var path = path
        return path.withUTF8 { selects($0, from: start) }
    }

    /// As ``selects(_:from:)``, on the path's UTF-8.
    func selects(_ path: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        include.contains { $0.matches(path, from: start) } && !exclude.contains { $0.matches(path, from: start) }
    }
}
