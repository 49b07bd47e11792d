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
        var position = to - needle.count
        while position >= from {
            if matches(needle, in: buffer, at: position) { return position }
            position -= 1
        }
        return nil
    }

    /// Whether `needle` stands in `buffer` at `offset`.
    static func matches(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= buffer.count else { return false }
        for index in 0..<needle.count where buffer[offset + index] != needle[index] {
            return false
        }
        return true
    }

    /// Whether `needle` stands in `buffer` at `offset`, comparing ASCII letters case-insensitively.
    static func matchesIgnoringCase(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, offset + needle.count <= buffer.count else { return false }
        for index in 0..<needle.count where lower(buffer[offset + index]) != lower(needle[index]) {
            return false
        }
        return true
    }

    /// Offset of the first case-insensitive occurrence of `needle` in `buffer[from..<to]`.
    static func findIgnoringCase(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard let first = needle.first.map(lower) else { return from }
        var position = from
        let last = to - needle.count
        while position <= last {
            // Cheap first-byte test before the full comparison.
            if lower(buffer[position]) == first && matchesIgnoringCase(needle, in: buffer, at: position) { return position }
            position += 1
        }
        return nil
    }

    /// The ASCII lower-case form of `byte`.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 {
        (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
    }

    /// Whether `byte` is an ASCII space or tab.
    @inline(__always)
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Whether `byte` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `from..<to` with ASCII spaces and tabs removed from both ends.
    static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Range<Int> {
        var start = from
        var end = to
        while start < end, isBlank(buffer[start]) { start += 1 }
        while end > start, isBlank(buffer[end - 1]) { end -= 1 }
        return start..<end
    }
}
