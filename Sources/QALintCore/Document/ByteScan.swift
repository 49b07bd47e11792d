import CQALintBits
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level search helpers shared by the parser and the rule kinds.
///
/// Everything here works on UTF-8 bytes; none of it allocates.
enum ByteScan {
    /// Offset of the first `byte` in `buffer[from..<to]`, found with `memchr`.
    static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = buffer.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The number of Unicode scalars in valid UTF-8 `buffer[from..<to]`: the bytes that do not
    /// continue a scalar (`10xxxxxx`). Eight bytes a step, each byte's mark added to its own
    /// lane of a word (no count of bits a step), the lanes summed every 255 steps; the last
    /// bytes are read as one word.
    @inline(__always)
    static func scalarCount(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = buffer.baseAddress else { return 0 }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var continuations = 0
        var index = from
        while index &+ 8 <= to {
            var lanes: UInt64 = 0
            let last = Swift.min(to &- 8, index &+ 8 &* 254)
            repeat {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                lanes &+= (word & ~(word &<< 1) & highBits) &>> 7
                index &+= 8
            } while index <= last
            // ASCII, the usual text, has nothing to sum.
            if lanes != 0 {
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes &>> 8) & 0x00FF_00FF_00FF_00FF)
                continuations &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) &>> 48)
            }
        }
        if index < to {
            if to >= 8 {
                // The word that ends at `to` (its first bytes lie before `index`), shifted down.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + (to &- 8)).loadUnaligned(as: UInt64.self)) &>> UInt64(8 &* (8 &- (to &- index)))
                continuations &+= (word & ~(word &<< 1) & highBits).nonzeroBitCount
            } else {
                for at in index..<to where base[at] & 0xC0 == 0x80 { continuations &+= 1 }
            }
        }
        return to &- from &- continuations
    }

    /// Offset of the first occurrence of `needle` in `buffer[from..<to]`.
    static func find(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let first = needle.first else { return from }
        var position = from
        let last = to - needle.count
        while position <= last, let hit = find(first, in: buffer, from: position, to: last + 1) {
            if matches(needle, in: buffer, at: hit) { return hit }
            position = hit + 1
        }
        return nil
    }

    /// Offset of the last occurrence of `needle` in `buffer[from..<to]`.
    static func findLast(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        needle.withUnsafeBufferPointer { findLast($0, in: buffer, from: from, to: to) }
    }

    /// Offset of the last occurrence of `needle` in `buffer[from..<to]`.
    static func findLast(_ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let first = needle.first else { return to }
        guard from >= 0, to <= buffer.count, let base = buffer.baseAddress else { return nil }
        // The needle's first byte found from the end by the C library (many bytes a step; the
        // byte-by-byte loop was most of matching a line's template), then the rest compared.
        var end = to - needle.count + 1
        while end > from {
            let offset = qalint_last_byte(base + from, end - from, first)
            guard offset >= 0 else { return nil }
            let position = from + offset
            if matches(needle, in: buffer, at: position) { return position }
            end = position
        }
        return nil
    }

    /// Whether `needle` stands in `buffer` at `offset`.
    static func matches(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        needle.withUnsafeBufferPointer { matches($0, in: buffer, at: offset) }
    }

    /// Whether `needle` stands in `buffer` at `offset`.
    static func matches(_ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= buffer.count else { return false }
        return equal(needle, UnsafeBufferPointer(rebasing: buffer[offset..<(offset + needle.count)]))
    }

    /// Whether `first` and `second` hold the same bytes (compared with `memcmp`).
    static func equal(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        guard first.count == second.count else { return false }
        guard first.count > 0, let left = first.baseAddress, let right = second.baseAddress else { return true }
        return memcmp(left, right, first.count) == 0
    }

    /// Whether `bytes` ends with `suffix`.
    static func hasSuffix(_ suffix: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= suffix.count && matches(suffix, in: bytes, at: bytes.count - suffix.count)
    }

    /// Whether `needle` stands in `buffer` at `offset`, comparing ASCII letters case-insensitively.
    static func matchesIgnoringCase(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        needle.withUnsafeBufferPointer { matchesIgnoringCase($0, in: buffer, at: offset) }
    }

    /// Whether `needle` stands in `buffer` at `offset`, comparing ASCII letters case-insensitively.
    static func matchesIgnoringCase(_ needle: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= buffer.count else { return false }
        for index in 0..<needle.count where lower(buffer[offset + index]) != lower(needle[index]) {
            return false
        }
        return true
    }

    /// Offset of the first case-insensitive occurrence of `needle` in `buffer[from..<to]`.
    ///
    /// Candidates come from `memchr` on the needle's rarest byte (a byte without case, such as
    /// the `[` of `[Read More]`, or else a rare letter such as the `k` of `Ask Date`, searched in
    /// both cases), so most of a line is never looked at byte by byte.
    static func findIgnoringCase(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        findIgnoringCase(needle, anchor: anchor(needle), in: buffer, from: from, to: to)
    }

    /// The index of `needle`'s rarest byte, for ``findIgnoringCase(_:anchor:in:from:to:)``.
    static func anchor(_ needle: [UInt8]) -> Int {
        var anchor = 0
        for index in needle.indices where rarity(needle[index]) < rarity(needle[anchor]) { anchor = index }
        return anchor
    }

    /// ``findIgnoringCase(_:in:from:to:)`` with the needle's ``anchor(_:)`` worked out beforehand.
    static func findIgnoringCase(_ needle: [UInt8], anchor: Int, in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard !needle.isEmpty else { return from }
        let last = to - needle.count
        guard from <= last else { return nil }
        let byte = needle[anchor]
        let other = isLetter(byte) ? byte ^ 0x20 : byte
        var position = from
        while position <= last {
            let window = (position + anchor)..<(last + anchor + 1)
            let first = find(byte, in: buffer, from: window.lowerBound, to: window.upperBound)
            let second = other == byte ? nil : find(other, in: buffer, from: window.lowerBound, to: first ?? window.upperBound)
            guard let hit = second ?? first else { return nil }
            if matchesIgnoringCase(needle, in: buffer, at: hit - anchor) { return hit - anchor }
            position = hit - anchor + 1
        }
        return nil
    }

    /// How common `byte` is in English text, lowest for the rarest: bytes without case first,
    /// then letters from `z` to `e`, the space last.
    @inline(__always)
    private static func rarity(_ byte: UInt8) -> UInt8 { rarities[Int(byte)] }

    private static let rarities: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        if byte == 0x20 { return 100 }
        guard isLetter(UInt8(byte)) else { return 0 }
        let order = Array("zqxjkvbpygfwmucldrhsnioate".utf8)
        return UInt8(1 + (order.firstIndex(of: UInt8(byte) | 0x20) ?? 49))
    }

    /// The ASCII lower-case form of `byte`.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// Whether `byte` is an ASCII letter.
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Whether `byte` is an ASCII space or tab.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether every byte is ASCII, looked at eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= bytes.count {
            high |= UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(bytes[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// `from..<to` with ASCII spaces and tabs removed from both ends.
    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Range<Int> {
        var start = from
        var end = to
        while start < end, isBlank(buffer[start]) { start += 1 }
        while end > start, isBlank(buffer[end - 1]) { end -= 1 }
        return start..<end
    }
}
