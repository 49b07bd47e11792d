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
        matches(path, from: 0)
    }

    /// Whether `path`, from its UTF-8 offset `start` on, matches: a walk tests each file's path
    /// relative to its root without making that path.
    func matches(_ path: String, from start: Int) -> Bool {
        var path = path
        return path.withUTF8 { matches($0, from: start) }
    }

    /// As ``matches(_:from:)``, on the path's UTF-8.
    func matches(_ subject: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        bytes.withUnsafeBufferPointer { pattern in
            var from = min(start, subject.count)
            while from + 1 < subject.count, subject[from] == 0x2E, subject[from + 1] == 0x2F { from += 2 }
            if !anchored {
                // A pattern without `/` matches the file name.
                var index = subject.count
                while index > from, subject[index - 1] != 0x2F { index -= 1 }
                from = index
            }
            return Self.match(pattern, 0, subject, from)
        }
    }

    /// Whether `pattern[p...]` matches `subject[s...]`.
    private static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ p: Int, _ subject: UnsafeBufferPointer<UInt8>, _ s: Int) -> Bool {
        var p = p
        var s = s
        while p < pattern.count {
            let first = pattern[p]
            if first == 0x2A {
                if p + 1 < pattern.count, pattern[p + 1] == 0x2A {
                    var rest = p + 2
                    if rest < pattern.count, pattern[rest] == 0x2F { rest += 1 }
                    var candidate = s
                    while true {
                        if match(pattern, rest, subject, candidate) { return true }
                        guard let slash = ByteScan.find(0x2F, in: subject, from: candidate, to: subject.count) else {
                            return rest == pattern.count
                        }
                        candidate = slash + 1
                    }
                }
                var candidate = s
                while true {
                    if match(pattern, p + 1, subject, candidate) { return true }
                    guard candidate < subject.count, subject[candidate] != 0x2F else { return false }
                    candidate += 1
                }
            }
            guard s < subject.count else { return false }
            if first == 0x3F {
                guard subject[s] != 0x2F else { return false }
            } else if first != subject[s] {
                return false
            }
            p += 1
            s += 1
        }
        return s == subject.count
    }
}
