/// Another place that explains a finding: the other page of a duplicate title, where a doctor
/// was first seen with another specialty.
public struct RelatedLocation: Sendable, Codable, Hashable {
    /// Path of the file, as given to the linter.
    public var file: String
    /// Where in that file.
    public var range: SourceRange
    /// What is there.
    public var message: String

    /// Creates a related location.
    public init(file: String, range: SourceRange, message: String) {
        self.file = file
        self.range = range
        self.message = message
    }
}
