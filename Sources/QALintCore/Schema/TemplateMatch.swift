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
        var spans: [Range<Int>] = []
        let missing = match(buffer, start: start, end: end, spans: &spans).map(literalText)
        // The k-th span is the k-th field from the right.
        let names = fieldNames.reversed()
        let captures = zip(spans, names).map { TemplateMatch.Capture(name: $1, start: $0.lowerBound, end: $0.upperBound) }
        return TemplateMatch(captures: captures, missingLiteral: missing)
    }

    /// Matches like ``match(_:start:end:)``, putting the fields' spans in `spans` (emptied
    /// first, so a parser reuses one array for every line), right to left as far as the match
    /// got, and returning the missing literal's token index (``literalText(_:)`` gives its text).
    func match(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, spans: inout [Range<Int>]) -> Int? {
        code.view.match(buffer, start: start, end: end, spans: &spans)
    }

    /// The text of the literal token `index` (a missing literal's, as the matcher gives it).
    public func literalText(_ index: Int) -> String {
        if case .literal(let bytes) = tokens[index] { String(decoding: bytes, as: UTF8.self) } else { "" }
    }
}
