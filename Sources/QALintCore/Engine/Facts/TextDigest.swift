/// A fingerprint of a text, for comparing excerpts with the pages they quote without keeping
/// the pages. Runs of white space are folded to one space and the ends trimmed; `hash` is the
/// hash of the whole folded text (see ``TextDigest/Builder``) and `count` its length in Unicode
/// scalars. For page texts, `window` also holds the hashes of the folded prefixes of the last
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
    ///
    /// The folded text is hashed a word at a time (``WordHash``): its bytes fill a 64-bit word,
    /// the first in the lowest byte, and each full word is mixed into the hash; a digest then
    /// mixes in the bytes after the last full word and their number. Runs of printable ASCII with single spaces, the
    /// bulk of any text, fold to themselves: they are checked and hashed eight bytes at a time.
    struct Builder {
        private var state = WordHash.seed
        /// Folded bytes after the last full word, the first in the lowest byte.
        private var word: UInt64 = 0
        /// How many bytes `word` holds (0 to 7).
        private var fill = 0
        private var count = 0
        /// Bytes appended that continue a scalar (10xxxxxx): the bytes less these are the
        /// scalars appended, as ``ByteScan/scalarCount(_:from:to:)`` counts them.
        private(set) var continuations = 0
        private var pendingSpace = false
        /// The window's hashes so far (``TextDigest/windowSize`` at most), held in place: a
        /// builder allocates nothing.
        private var windowHashes: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        /// How many of the window's hashes there are.
        private(set) var windowCount = 0
        private let first: Int
        private let last: Int

        init(length: Int?) {
            first = length.map { max(1, $0 - TextDigest.windowSize + 1) } ?? Int.max
            last = length ?? 0
        }

        var digest: TextDigest { TextDigest(hash: current, count: count, window: (0..<windowCount).map(windowHash)) }

        /// The hash of the folded text so far.
        var hash: UInt64 { current }
        /// Scalars in the folded text so far.
        var scalarCount: Int { count }

        /// The window's hash `index` (below ``windowCount``).
        func windowHash(_ index: Int) -> UInt64 {
            withUnsafeBytes(of: windowHashes) { $0.load(fromByteOffset: index * 8, as: UInt64.self) }
        }

        /// The hash of the folded text so far.
        private var current: UInt64 { WordHash.finish(state, word: word, fill: fill) }

        /// Folds a line break or any separator: white space between two texts.
        mutating func separator() {
            pendingSpace = count > 0
        }

        mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            guard start < end, let base = buffer.baseAddress else { return }
            var index = start
            while index < end {
                // Bytes that fold to themselves, outside the window: a word at a time.
                if !pendingSpace && (count >= last || count + 1 < first) {
                    let runStart = index
                    takeRun(base, index: &index, end: end)
                    if index > runStart { continue }
                }
                let byte = base[index]
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < end, base[index + 1] == 0xA0 {
                    pendingSpace = count > 0
                    index += 2
                    continuations += 1
                    continue
                }
                if byte == 0xE3, index + 2 < end, base[index + 1] == 0x80, base[index + 2] == 0x80 {
                    pendingSpace = count > 0
                    index += 3
                    continuations += 2
                    continue
                }
                if pendingSpace {
                    // A prefix never ends in the folded space: the hash before it stands for that length.
                    if count + 1 >= first && count + 1 <= last { addToWindow() }
                    mix(0x20)
                    count += 1
                    pendingSpace = false
                }
                // One scalar: the lead byte and its continuation bytes.
                mix(byte)
                index += 1
                if byte & 0xC0 == 0x80 { continuations += 1 }
                while index < end, base[index] & 0xC0 == 0x80, byte >= 0xC0 {
                    mix(base[index])
                    index += 1
                    continuations += 1
                }
                count += 1
                if count >= first && count <= last { addToWindow() }
            }
        }

        private mutating func addToWindow() {
            // Counts only grow, and the window spans `windowSize` of them.
            precondition(windowCount < TextDigest.windowSize, "a window of windowSize hashes")
            let hash = current
            withUnsafeMutableBytes(of: &windowHashes) { $0.storeBytes(of: hash, toByteOffset: windowCount * 8, as: UInt64.self) }
            windowCount += 1
        }

        /// Takes the bytes from `index` on (none past `end`) that fold to themselves: printable
        /// ASCII with single spaces between, not ending with a space (it may start a run of
        /// white space), nor starting with one before any text. Called with no space pending and
        /// the count outside the window; takes none that would reach it.
        @inline(__always)
        private mutating func takeRun(_ base: UnsafePointer<UInt8>, index: inout Int, end: Int) {
            let highBits: UInt64 = 0x8080_8080_8080_8080
            let ones: UInt64 = 0x0101_0101_0101_0101
            let spaces: UInt64 = 0x2020_2020_2020_2020
            // Scalars may be counted up to `ceiling` without touching the window.
            let ceiling = count >= last ? Int.max : first &- 1
            var (hash, word, fill, counted, at) = (state, self.word, self.fill, count, index)
            if counted == 0 && base[at] == 0x20 { return }
            // In a run one byte is one scalar: whole words may be taken up to `wordEnd`.
            let wordEnd = ceiling == Int.max ? end : min(end, at &+ (ceiling &- counted))
            while true {
                // Whole words: no byte below 0x20 or above 0x7F, and no space followed by a
                // space or ending the word. `fill` stays as it is, so a word's bytes are split
                // across the pending word and the next by fixed shifts.
                let shiftIn = UInt64(8 &* fill)
                let shiftOut = 63 &- shiftIn
                // Two words a step: a space may end the first when the second does not start with one.
                while at &+ 16 <= wordEnd {
                    let first = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                    let second = UInt64(littleEndian: UnsafeRawPointer(base + (at &+ 8)).loadUnaligned(as: UInt64.self))
                    let outside = ((first &- spaces) | first | (second &- spaces) | second) & highBits
                    let firstSpaces = first ^ spaces
                    let secondSpaces = second ^ spaces
                    let firstPairs = firstSpaces | (firstSpaces &>> 8) | (secondSpaces &<< 56)
                    // A space may end the second too when printable ASCII follows it.
                    let follows: UInt64 = at &+ 16 < end && base[at &+ 16] &- 0x21 < 0x5F ? 0xFF : 0
                    let secondPairs = secondSpaces | (secondSpaces &>> 8) | (follows &<< 56)
                    let zeros = ((firstPairs &- ones) & ~firstPairs) | ((secondPairs &- ones) & ~secondPairs)
                    guard (outside | (zeros & highBits)) == 0 else { break }
                    hash = WordHash.mix(hash, word | first &<< shiftIn)
                    hash = WordHash.mix(hash, (first &>> 1) &>> shiftOut | second &<< shiftIn)
                    word = (second &>> 1) &>> shiftOut
                    at &+= 16
                    counted &+= 16
                }
                while at &+ 8 <= wordEnd {
                    let bytes = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                    let outside = ((bytes &- spaces) | bytes) & highBits
                    // Zero where a byte and the next are spaces (the last byte: where it is one and
                    // printable ASCII does not follow).
                    let follows: UInt64 = at &+ 8 < end && base[at &+ 8] &- 0x21 < 0x5F ? 0xFF : 0
                    let pairs = (bytes ^ spaces) | ((bytes ^ spaces) &>> 8) | (follows &<< 56)
                    guard (outside | ((pairs &- ones) & ~pairs & highBits)) == 0 else { break }
                    hash = WordHash.mix(hash, word | bytes &<< shiftIn)
                    word = (bytes &>> 1) &>> shiftOut
                    at &+= 8
                    counted &+= 8
                }
                // Then up to a word of such bytes, found byte by byte.
                let available = end &- at
                var bytes: UInt64
                if available >= 8 {
                    bytes = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self))
                } else if available > 0 && end >= 8 {
                    // The last bytes: the word that ends with them (its first bytes lie before), shifted down.
                    bytes = UInt64(littleEndian: UnsafeRawPointer(base + (end &- 8)).loadUnaligned(as: UInt64.self)) &>> UInt64(8 &* (8 &- available))
                } else {
                    break
                }
                // Per byte, bit 7: not ASCII; below 0x21 (a space or a control); a space.
                let nonASCII = bytes & highBits
                let ascii = bytes & 0x7F7F_7F7F_7F7F_7F7F
                let low = ~(ascii &+ 0x5F5F_5F5F_5F5F_5F5F) & highBits
                let space = ~((ascii ^ spaces) &+ 0x7F7F_7F7F_7F7F_7F7F) & highBits & ~nonASCII
                // Bytes that end the run: not ASCII, a control, a space before a space, past the end.
                var stops = nonASCII | (low & ~space) | (space & (space &>> 8))
                if available < 8 { stops |= highBits &<< UInt64(8 &* available) }
                var taken = stops == 0 ? 8 : stops.trailingZeroBitCount &>> 3
                if ceiling &- counted < taken { taken = ceiling &- counted }
                if taken > 0 && (space &>> UInt64(8 &* taken &- 1)) & 1 != 0 { taken &-= 1 }
                guard taken > 0 else { break }
                bytes &= ~0 &>> UInt64(64 &- 8 &* taken)
                word |= bytes &<< UInt64(8 &* fill)
                if fill &+ taken >= 8 {
                    hash = WordHash.mix(hash, word)
                    word = fill == 0 ? 0 : bytes &>> UInt64(64 &- 8 &* fill)
                    fill = fill &+ taken &- 8
                } else {
                    fill &+= taken
                }
                counted &+= taken
                at &+= taken
                // A single space left out at the end starts the next word, when text follows it.
                guard at < wordEnd, base[at] == 0x20 else { break }
            }
            (state, self.word, self.fill, count, index) = (hash, word, fill, counted, at)
        }

        /// Appends one byte to the folded text.
        @inline(__always)
        private mutating func mix(_ byte: UInt8) {
            word |= UInt64(byte) &<< UInt64(8 &* fill)
            fill &+= 1
            if fill == 8 {
                state = WordHash.mix(state, word)
                word = 0
                fill = 0
            }
        }
    }
}
