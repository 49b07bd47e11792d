/// A mistake in a configuration, rule, schema or reference file, with its position.
public struct ConfigError: Error, Sendable, Equatable, Comparable, CustomStringConvertible {
    /// The file (as given), or `<builtin>/NAME` for a built-in file.
    public var file: String
    /// 1-based line, 0 when the file could not be read at all.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong and, where it helps, what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates an error at a node's position.
    init(at node: ConfigNode, _ message: String) {
        self.init(file: node.file, line: node.line, column: node.column, message: message)
    }

    /// `file:line:col: error: message`.
    public var description: String {
        "\(file):\(max(line, 1)):\(max(column, 1)): error: \(message)"
    }

    /// Orders by file, then position.
    public static func < (lhs: ConfigError, rhs: ConfigError) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// Every mistake found while loading, reported together.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    /// The mistakes, sorted.
    public var errors: [ConfigError]

    /// Creates the list, sorted.
    public init(_ errors: [ConfigError]) {
        self.errors = errors.sorted()
    }

    /// One line per mistake.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
