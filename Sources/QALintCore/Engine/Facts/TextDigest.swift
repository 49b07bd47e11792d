/// A fingerprint of a text, for comparing excerpts with the pages they quote without keeping
/// the pages. Runs of white space are folded to one space and the ends trimmed; `hash` is the
/// FNV-1a hash of the whole folded text and `count` its length in Unicode scalars. For page
/// texts, `window` also holds the hashes of the folded prefixes of the last
/// ``TextDigest/windowSize`` lengths up to the excerpt length, so an excerpt cut at that length
/// matches even when folding the page's white space (or a space at the cut) shortened it a little.
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
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        var pendingSpace = false
        var window: [UInt64] = []
        let first = length.map { max(1, $0 - Self.windowSize + 1) } ?? Int.max
        let last = length ?? 0
        func mix(_ scalar: Unicode.Scalar) {
            for byte in String(scalar).utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            count += 1
            if count >= first && count <= last { window.append(hash) }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                // A prefix never ends in the folded space: record the hash before it for that length.
                if count + 1 >= first && count + 1 <= last { window.append(hash) }
                for byte in " ".utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01B3
                }
                count += 1
                pendingSpace = false
            }
            mix(scalar)
        }
        self.hash = hash
        self.count = count
        self.window = window
    }

    /// The hash of the folded prefix of `length` scalars (a trailing space excluded), if in the window.
    public func prefixHash(_ length: Int, windowEnd: Int) -> UInt64? {
        let index = length - (windowEnd - Self.windowSize + 1)
        return index >= 0 && index < window.count ? window[index] : nil
    }
}
