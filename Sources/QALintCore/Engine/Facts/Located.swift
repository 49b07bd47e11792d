/// A value read from a page, with where it stands (1-based line, columns in Unicode scalars).
public struct Located: Sendable, Codable, Hashable {
    /// The text.
    public var value: String
    /// 1-based line.
    public var line: Int32
    /// 1-based start column.
    public var column: Int32
    /// End column (exclusive).
    public var endColumn: Int32

    /// Creates a located value.
    public init(value: String, line: Int, column: Int, endColumn: Int) {
        self.value = value
        self.line = Int32(line)
        self.column = Int32(column)
        self.endColumn = Int32(max(endColumn, column + 1))
    }

    /// The span as a range.
    public var range: SourceRange {
        SourceRange(line: Int(line), column: Int(column), endLine: Int(line), endColumn: Int(endColumn))
    }
}

extension Located {
    /// The field's value and position in `document`.
    init(_ field: Field, in document: Document) {
        let column = document.source.column(lineIndex: field.lineIndex, offset: field.start)
        let end = document.source.column(lineIndex: field.lineIndex, offset: field.end)
        self.init(value: field.value, line: field.lineIndex + 1, column: column, endColumn: end)
    }
}
