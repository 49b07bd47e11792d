/// A span of a page in 1-based lines and columns; columns count Unicode scalars.
///
/// The end is exclusive: a one-character span at column 5 ends at column 6.
public struct SourceRange: Sendable, Codable, Hashable, Comparable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    /// Creates a range.
    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// Orders by start, then end.
    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.line, lhs.column, lhs.endLine, lhs.endColumn) < (rhs.line, rhs.column, rhs.endLine, rhs.endColumn)
    }
}
