/// How much a finding matters. `off` disables a rule.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case off
    case info
    case warning
    case error

    /// Severity order: off < info < warning < error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .off: 0
        case .info: 1
        case .warning: 2
        case .error: 3
        }
    }
}
