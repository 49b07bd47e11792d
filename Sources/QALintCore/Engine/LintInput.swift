/// A page to lint: a file path, or bytes read elsewhere (standard input) under a name.
public enum LintInput: Sendable {
    /// A file to read.
    case file(String)
    /// Bytes and the name to report them under.
    case bytes([UInt8], name: String)

    /// The name diagnostics carry.
    public var name: String {
        switch self {
        case .file(let path): path
        case .bytes(_, let name): name
        }
    }
}

/// A path that could not be linted (missing, unreadable, not a regular file, a loop).
public struct InputProblem: Error, Sendable, Codable, Hashable, Comparable {
    /// The path.
    public var path: String
    /// What went wrong.
    public var message: String

    /// Creates a problem.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// Orders by path.
    public static func < (lhs: InputProblem, rhs: InputProblem) -> Bool {
        (lhs.path, lhs.message) < (rhs.path, rhs.message)
    }
}
