/// The result of matching a ``LineTemplate`` against one line.
public struct TemplateMatch: Sendable {
    /// A captured field: its name and byte span (trimmed).
    public struct Capture: Sendable {
        public let name: String
        public let start: Int
        public let end: Int
    }

    /// The fields captured, right to left as far as the match got.
    public var captures: [Capture]
    /// The literal that was not found, when the line does not fit the template.
    public var missingLiteral: String?

    /// Whether the whole template matched.
    public var matched: Bool { missingLiteral == nil }
}

extension LineTemplate {
    /// Matches the line `start..<end` of `buffer`, capturing as many fields as can be found.
    public func match(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> TemplateMatch {
        var result = TemplateMatch(captures: [], missingLiteral: nil)
        result.missingLiteral = match(buffer, start: start, end: end, captures: &result.captures)
        return result
    }

    /// Matches like ``match(_:start:end:)``, putting the captures in `captures` (emptied first,
    /// so a parser can reuse one array for every line) and returning the missing literal.
    func match(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, captures: inout [TemplateMatch.Capture]) -> String? {
        captures.removeAll(keepingCapacity: true)
        let span = ByteScan.trimmed(buffer, from: start, to: end)
        var low = span.lowerBound
        var high = span.upperBound
        var first = 0
        var last = tokens.count - 1
        if case .literal(let bytes)? = tokens.first {
            guard high - low >= bytes.count, ByteScan.matches(bytes, in: buffer, at: low) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            low += bytes.count
            first = 1
        }
        if last >= first, case .literal(let bytes) = tokens[last] {
            guard high - low >= bytes.count, ByteScan.matches(bytes, in: buffer, at: high - bytes.count) else {
                return String(decoding: bytes, as: UTF8.self)
            }
            high -= bytes.count
            last -= 1
        }
        var index = last
        var fieldEnd = high
        while index >= first {
            switch tokens[index] {
            case .field(let name):
                if index == first {
                    captures.append(capture(name, buffer, low, fieldEnd))
                } else if case .literal(let bytes) = tokens[index - 1],
                    let hit = ByteScan.findLast(bytes, in: buffer, from: low, to: fieldEnd) {
                    captures.append(capture(name, buffer, hit + bytes.count, fieldEnd))
                    fieldEnd = hit
                    index -= 1
                } else if case .literal(let bytes) = tokens[index - 1] {
                    return String(decoding: bytes, as: UTF8.self)
                }
            case .literal(let bytes):
                // Only reached for a literal that no field stands after; templates never have that.
                return String(decoding: bytes, as: UTF8.self)
            }
            index -= 1
        }
        return nil
    }

    private func capture(_ name: String, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TemplateMatch.Capture {
        let span = ByteScan.trimmed(buffer, from: start, to: max(start, end))
        return TemplateMatch.Capture(name: name, start: span.lowerBound, end: span.upperBound)
    }
}
