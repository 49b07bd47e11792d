/// What a rule kind reports: where, which of its messages, and the values for the message's
/// placeholders. The engine turns findings into ``Diagnostic``s.
public struct Finding: Sendable {
    /// 0-based line of the start.
    public var lineIndex: Int
    /// Byte offset of the start.
    public var start: Int
    /// 0-based line of the end.
    public var endLineIndex: Int
    /// Byte offset of the end (exclusive).
    public var end: Int
    /// Which message of the rule (a key of the kind's ``RuleKind/messages``).
    public var message: String
    /// Placeholder values.
    public var values: [String: String]
    /// Whether the span is personal data, to be masked in every output.
    public var sensitive = false
    /// A safe fix.
    public var fix: Fix?
    /// Other places that explain the finding.
    public var related: [RelatedLocation] = []

    /// A finding spanning `start..<end` on one line.
    public init(line: Int, start: Int, end: Int, message: String, values: [String: String] = [:]) {
        lineIndex = line
        self.start = start
        endLineIndex = line
        self.end = end
        self.message = message
        self.values = values
    }

    /// A finding on a field's value.
    public init(field: Field, message: String, values: [String: String] = [:]) {
        self.init(line: field.lineIndex, start: field.start, end: field.end, message: message, values: values)
    }

    /// A finding on a whole line of `source` (at least one column wide).
    public init(wholeLine index: Int, of source: SourceText, message: String, values: [String: String] = [:]) {
        let line = source.lines[min(index, source.lineCount - 1)]
        self.init(line: min(index, source.lineCount - 1), start: line.start, end: line.end, message: message, values: values)
    }
}
