/// The output formats of `qalint lint`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
}

extension OutputFormat {
    /// The reporter for this format.
    public func reporter(color: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        }
    }
}
