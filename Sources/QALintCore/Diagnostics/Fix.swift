/// A replacement of bytes that resolves a finding: `bytes[start..<end]` becomes `replacement`.
///
/// Offsets are into the file's bytes as read; fixes of one file never overlap.
public struct Fix: Sendable, Codable, Hashable {
    /// First byte replaced.
    public var start: Int
    /// One past the last byte replaced.
    public var end: Int
    /// The new bytes.
    public var replacement: [UInt8]

    /// Creates a fix.
    public init(start: Int, end: Int, replacement: [UInt8]) {
        self.start = start
        self.end = end
        self.replacement = replacement
    }
}
