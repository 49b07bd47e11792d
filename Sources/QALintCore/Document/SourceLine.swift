/// One line of a source file, as byte offsets into ``SourceText/bytes``.
public struct SourceLine: Sendable, Equatable {
    /// Offset of the first content byte.
    public let start: Int
    /// Offset one past the last content byte (the terminator is not content).
    public let end: Int
    /// How the line ends.
    public let terminator: LineTerminator

    /// The number of content bytes.
    public var byteCount: Int { end - start }
}
