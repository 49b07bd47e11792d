/// Decides whether a line is a given line part, leniently: ASCII case is ignored, so a line
/// that is nearly right is still found and its format checked, rather than called missing.
public struct Recogniser: Sendable, Equatable {
    /// The part is the first non-blank line of the page.
    public var firstLine = false
    /// The trimmed line starts with this.
    public var prefix: [UInt8]?
    /// The line contains this.
    public var contains: [UInt8]? {
        didSet { containsAnchor = contains.map(ByteScan.anchor) ?? 0 }
    }
    /// Which byte of ``contains`` a search looks for first (its rarest).
    private var containsAnchor = 0

    /// Whether the line `start..<end` is recognised (``firstLine`` is the parser's business).
    public func matches(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        if firstLine && prefix == nil && contains == nil { return false }
        let span = ByteScan.trimmed(buffer, from: start, to: end)
        if let prefix, !ByteScan.matchesIgnoringCase(prefix, in: buffer, at: span.lowerBound) || span.count < prefix.count {
            return false
        }
        if let contains, ByteScan.findIgnoringCase(contains, anchor: containsAnchor, in: buffer, from: span.lowerBound, to: span.upperBound) == nil {
            return false
        }
        return true
    }
}
