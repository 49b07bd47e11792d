/// A fingerprint of a text, for comparing excerpts with the pages they quote without keeping
/// the pages. Runs of white space are folded to one space and the ends trimmed; `hash` is the
/// FNV-1a hash of the whole folded text and `count` its length in Unicode scalars. For page
/// texts, `window` also holds the hashes of the folded prefixes of the last
/// ``TextDigest/windowSize`` lengths up to the excerpt length, so an excerpt cut at that length
/// matches even when folding the page's white space (or a space at the cut) shortened it a little.
///
/// Works on UTF-8 bytes: white space is ASCII space, tab, CR, LF, VT, FF, NBSP (U+00A0) and the
/// ideographic space (U+3000); invalid bytes count as one scalar each.
public struct TextDigest: Sendable, Codable, Hashable {
    /// How many prefix lengths the window covers.
    public static let windowSize = 8

    /// Hash of the whole folded text.
    public var hash: UInt64
    /// Scalars in the folded text.
    public var count: Int
    /// Hashes of the folded prefixes of lengths `length - windowSize + 1 ... length` (page texts only).
    public var window: [UInt64]

    /// The digest of `text`; with `length`, also the prefix window ending at that length.
    public init(_ text: String, length: Int? = nil) {
        var builder = Builder(length: length)
        var copy = text
        copy.withUTF8 { builder.append($0, from: 0, to: $0.count) }
        self = builder.digest
    }

    init(hash: UInt64, count: Int, window: [UInt64]) {
        self.hash = hash
        self.count = count
        self.window = window
    }

    /// The hash of the folded prefix of `length` scalars (a trailing space excluded), if in the window.
    public func prefixHash(_ length: Int, windowEnd: Int) -> UInt64? {
        let index = length - (windowEnd - Self.windowSize + 1)
        return index >= 0 && index < window.count ? window[index] : nil
    }

    /// Builds a digest from byte ranges, so a part's lines need not be joined into a string.
    struct Builder {
        private var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        private var count = 0
        private var pendingSpace = false
        private var window: [UInt64] = []
        private let first: Int
        private let last: Int

        init(length: Int?) {
            first = length.map { max(1, $0 - TextDigest.windowSize + 1) } ?? Int.max
            last = length ?? 0
        }

        var digest: TextDigest { TextDigest(hash: hash, count: count, window: window) }

        /// Folds a line break or any separator: white space between two texts.
        mutating func separator() {
            pendingSpace = count > 0
        }

        mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            var index = start
            while index < end {
                let byte = buffer[index]
                // A run of printable ASCII outside the window, the bulk of any text: no other test applies.
                if byte &- 0x21 < 0x5F && !pendingSpace && (count + 1 < first || count >= last) {
                    // Scalars may be counted up to `ceiling` without touching the window; single
                    // spaces between words stay in the loop.
                    let ceiling = count >= last ? Int.max : first - 1
                    let runStart = index
                    var hash = self.hash
                    var counted = count
                    while index < end && counted < ceiling {
                        let next = buffer[index]
                        if next &- 0x21 < 0x5F {
                            hash = (hash ^ UInt64(next)) &* 0x0000_0100_0000_01B3
                            index += 1
                            counted += 1
                        } else if next == 0x20, index + 1 < end, buffer[index + 1] &- 0x21 < 0x5F, counted + 2 <= ceiling {
                            hash = (hash ^ 0x20) &* 0x0000_0100_0000_01B3
                            hash = (hash ^ UInt64(buffer[index + 1])) &* 0x0000_0100_0000_01B3
                            index += 2
                            counted += 2
                        } else {
                            break
                        }
                    }
                    self.hash = hash
                    count = counted
                    if index > runStart { continue }
                }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 {
                    pendingSpace = count > 0
                    index += 2
                    continue
                }
                if byte == 0xE3, index + 2 < end, buffer[index + 1] == 0x80, buffer[index + 2] == 0x80 {
                    pendingSpace = count > 0
                    index += 3
                    continue
                }
                if pendingSpace {
                    // A prefix never ends in the folded space: the hash before it stands for that length.
                    if count + 1 >= first && count + 1 <= last { window.append(hash) }
                    mix(0x20)
                    count += 1
                    pendingSpace = false
                }
                // One scalar: the lead byte and its continuation bytes.
                mix(byte)
                index += 1
                while index < end, buffer[index] & 0xC0 == 0x80, byte >= 0xC0 {
                    mix(buffer[index])
                    index += 1
                }
                count += 1
                if count >= first && count <= last { window.append(hash) }
            }
        }

        @inline(__always)
        private mutating func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
    }
}
