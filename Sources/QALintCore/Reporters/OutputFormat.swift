/// The output formats of `qalint lint`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    case github
    case checkstyle
}

extension OutputFormat {
    /// Whether its reports read diagnostics' excerpts: text shows them, and SARIF's
    /// fingerprints hash them.
    public var readsExcerpts: Bool {
        self == .text || self == .sarif
    }

    /// The reporter for this format.
    public func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .junit: JUnitReporter()
        case .github: GitHubReporter()
        case .checkstyle: CheckstyleReporter()
        }
    }
}
