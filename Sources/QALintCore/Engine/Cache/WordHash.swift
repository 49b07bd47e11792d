/// A 64-bit hash of bytes taken eight at a time, for text digests and the cache's content
/// digests: each word (eight bytes, the first in the lowest byte) is mixed into the hash as the
/// two halves of a 128-bit product, folded; then the bytes after the last whole word and their
/// number. Stable across runs and machines (Swift's `Hasher` is seeded per process).
enum WordHash {
    /// The hash before any byte.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325
    /// The odd constant words are multiplied by.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Mixed in with the last word's length.
    static let lengthKey: UInt64 = 0x2D35_8DCC_AA6C_78A5

    /// `hash` with `word` mixed in: the two halves of the 128-bit product of their exclusive
    /// or and ``multiplier``, folded by exclusive or.
    @inline(__always)
    static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word).multipliedFullWidth(by: multiplier)
        return product.high ^ product.low
    }

    /// The hash of bytes: `hash` of their whole words, with the `fill` bytes after them in `word`.
    @inline(__always)
    static func finish(_ hash: UInt64, word: UInt64, fill: Int) -> UInt64 {
        mix(mix(hash, word), UInt64(fill) ^ lengthKey)
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = seed
        let words = bytes.count / 8
        for index in 0..<words {
            hash = mix(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index &* 8, as: UInt64.self)))
        }
        // The last bytes, four, two and one at a time.
        let fill = bytes.count & 7
        var at = words &* 8
        var word: UInt64 = 0
        if fill & 4 != 0 {
            word = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
            at &+= 4
        }
        if fill & 2 != 0 {
            word |= UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self))) &<< UInt64(8 &* (at & 7))
            at &+= 2
        }
        if fill & 1 != 0 { word |= UInt64(bytes[at]) &<< UInt64(8 &* (at & 7)) }
        return finish(hash, word: word, fill: fill)
    }

    /// The hash of `bytes`.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { hash($0) }
    }
}
