/// One finding of one rule in one file.
///
/// Diagnostics order by file, position, rule and message, so a sort makes output
/// deterministic whatever order the threads finished in.
public struct Diagnostic: Sendable, Codable, Hashable, Comparable {
    /// Path of the file, as given to the linter (or `--stdin-filename`).
    public var file: String
    /// Where the finding is.
    public var range: SourceRange
    /// The severity after configuration.
    public var severity: Severity
    /// The rule id.
    public var rule: String
    /// The rendered message (personal data already masked).
    public var message: String
    /// The offending line's text for excerpts, with personal data masked; nil when unknown.
    public var excerpt: String?
    /// Other places that explain the finding.
    public var related: [RelatedLocation]
    /// A safe automatic fix, when the rule has one.
    public var fix: Fix?

    /// Creates a diagnostic.
    public init(
        file: String, range: SourceRange, severity: Severity, rule: String, message: String,
        excerpt: String? = nil, related: [RelatedLocation] = [], fix: Fix? = nil
    ) {
        self.file = file
        self.range = range
        self.severity = severity
        self.rule = rule
        self.message = message
        self.excerpt = excerpt
        self.related = related
        self.fix = fix
    }

    /// Orders by file, line, column, rule, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        // Files by their bytes: two paths that differ in bytes are two files, even when Swift finds them equal.
        if !lhs.file.utf8Equals(rhs.file) { return lhs.file.utf8Precedes(rhs.file) }
        if lhs.range.line != rhs.range.line { return lhs.range.line < rhs.range.line }
        if lhs.range.column != rhs.range.column { return lhs.range.column < rhs.range.column }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return lhs.range < rhs.range
    }
}
