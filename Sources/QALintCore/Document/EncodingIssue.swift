/// A byte sequence that is not valid UTF-8, or a NUL byte.
public struct EncodingIssue: Sendable, Equatable {
    /// What is wrong with the bytes.
    public enum Problem: String, Sendable {
        case nulByte = "NUL byte"
        case unexpectedContinuation = "unexpected continuation byte"
        case invalidByte = "byte that never appears in UTF-8"
        case overlong = "overlong encoding"
        case surrogate = "encoded surrogate"
        case tooLarge = "code point above U+10FFFF"
        case truncated = "truncated sequence"
    }

    /// Offset of the first byte.
    public let offset: Int
    /// Number of bytes in the sequence.
    public let length: Int
    /// What is wrong.
    public let problem: Problem
}
