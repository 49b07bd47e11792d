/// One defect the generator put in a page: where qalint must report it, and under which rule.
public struct InjectedDefect: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// File name of the page (`000123_0123456789abcdef.txt`).
    public let file: String
    /// 1-based line of the report.
    public let line: Int
    /// Rule id (`date-order`).
    public let rule: String

    /// A defect record.
    public init(file: String, line: Int, rule: String) {
        self.file = file
        self.line = line
        self.rule = rule
    }

    /// Ordered by file, line, then rule, as qalint sorts its output.
    public static func < (lhs: InjectedDefect, rhs: InjectedDefect) -> Bool {
        (lhs.file, lhs.line, lhs.rule) < (rhs.file, rhs.line, rhs.rule)
    }

    /// `file:line: rule`.
    public var description: String { "\(file):\(line): \(rule)" }
}
