/// A path pattern: `*` and `?` stay within one path segment, `**` spans segments.
/// A pattern without `/` matches a file name at any depth (`*.draft.txt`).
public struct Glob: Sendable, Equatable {
    /// The pattern as written.
    public let pattern: String
    private let bytes: [UInt8]
    private let anchored: Bool
    /// Where the pattern's literal tail starts: no `*`, `?` or `/` from here to its end. A `*`
    /// just before it matches when the rest of the segment ends with it, found without trying
    /// every length (`*.txt`, the usual pattern, tested once per file in a walk).
    private let literalTail: Int

    /// Creates a glob.
    public init(_ pattern: String) {
        var text = pattern
        while text.hasPrefix("./") { text.removeFirst(2) }
        self.pattern = pattern
        anchored = text.contains("/")
        bytes = Array(text.utf8)
        literalTail = (bytes.lastIndex { $0 == 0x2A || $0 == 0x3F || $0 == 0x2F } ?? -1) + 1
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
            return Self.match(pattern, 0, subject, from, literalTail: literalTail)
        }
    }

    /// Whether `pattern[p...]` matches `subject[s...]`; `pattern[literalTail...]` holds no `*`,
    /// `?` or `/` (pass `pattern.count` to try every length of a `*`).
    static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ p: Int, _ subject: UnsafeBufferPointer<UInt8>, _ s: Int,
                      literalTail: Int) -> Bool {
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
                        if match(pattern, rest, subject, candidate, literalTail: literalTail) { return true }
                        guard let slash = ByteScan.find(0x2F, in: subject, from: candidate, to: subject.count) else {
                            return rest == pattern.count
                        }
                        candidate = slash + 1
                    }
                }
                if p + 1 >= literalTail {
                    // `*` and a literal: the rest of the subject is one segment that ends with it.
                    let literal = pattern.count - (p + 1)
                    guard subject.count - s >= literal, ByteScan.find(0x2F, in: subject, from: s, to: subject.count) == nil else {
                        return false
                    }
                    return ByteScan.equal(UnsafeBufferPointer(rebasing: pattern[(p + 1)...]),
                                          UnsafeBufferPointer(rebasing: subject[(subject.count - literal)...]))
                }
                var candidate = s
                while true {
                    if match(pattern, p + 1, subject, candidate, literalTail: literalTail) { return true }
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
