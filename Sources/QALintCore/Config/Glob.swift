/// A path pattern: `*` and `?` stay within one path segment, `**` spans segments.
/// A pattern without `/` matches a file name at any depth (`*.draft.txt`).
public struct Glob: Sendable, Equatable {
    /// The pattern as written.
    public let pattern: String
    private let bytes: [UInt8]
    private let anchored: Bool

    /// Creates a glob.
    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        self.pattern = pattern
        anchored = text.contains("/")
        bytes = Array(text.utf8)
    }

    /// Whether `path` matches (a leading `./` is ignored).
    public func matches(_ path: String) -> Bool {
        var subject = Array(path.utf8)[...]
        while subject.starts(with: [0x2E, 0x2F]) { subject = subject.dropFirst(2) }
        if anchored { return Self.match(bytes[...], subject) }
        let name = subject.lastIndex(of: 0x2F).map { subject[($0 + 1)...] } ?? subject
        return Self.match(bytes[...], name)
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ subject: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return subject.isEmpty }
        if first == 0x2A {
            if pattern.dropFirst().first == 0x2A {
                var rest = pattern.dropFirst(2)
                if rest.first == 0x2F { rest = rest.dropFirst() }
                var candidate = subject
                while true {
                    if match(rest, candidate) { return true }
                    guard let slash = candidate.firstIndex(of: 0x2F) else { return rest.isEmpty }
                    candidate = candidate[(slash + 1)...]
                }
            }
            var candidate = subject
            while true {
                if match(pattern.dropFirst(), candidate) { return true }
                guard let next = candidate.first, next != 0x2F else { return false }
                candidate = candidate.dropFirst()
            }
        }
        guard let next = subject.first else { return false }
        if first == 0x3F { return next != 0x2F && match(pattern.dropFirst(), subject.dropFirst()) }
        return first == next && match(pattern.dropFirst(), subject.dropFirst())
    }
}
