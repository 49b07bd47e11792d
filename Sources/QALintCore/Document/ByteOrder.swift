#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorting byte strings by their bytes (shorter first on a common prefix), fast: the first
/// sixteen bytes of each, as two big-endian numbers, decide almost every comparison without
/// reading the strings again.
enum ByteOrder {
    /// The positions `0..<count` in the byte order of the strings `withBytes` gives for them.
    static func positions(count: Int, _ withBytes: (Int, (UnsafeRawBufferPointer) -> Void) -> Void) -> [Int] {
        var keys: [(high: UInt64, low: UInt64, index: Int)] = []
        keys.reserveCapacity(count)
        for index in 0..<count {
            withBytes(index) { bytes in
                keys.append((key(bytes, from: 0), key(bytes, from: 8), index))
            }
        }
        return withoutActuallyEscaping(withBytes) { withBytes in
            keys.sort { left, right in
                if left.high != right.high { return left.high < right.high }
                if left.low != right.low { return left.low < right.low }
                var order = false
                withBytes(left.index) { leftBytes in
                    withBytes(right.index) { rightBytes in order = precedes(leftBytes, rightBytes) }
                }
                return order
            }
            return keys.map(\.index)
        }
    }

    /// Whether `left` sorts before `right` by bytes.
    static func precedes(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        let common = Swift.min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? order < 0 : left.count < right.count
    }

    /// Bytes `from..<from + 8` as a big-endian number, zeros past the end.
    private static func key(_ bytes: UnsafeRawBufferPointer, from: Int) -> UInt64 {
        var key: UInt64 = 0
        for offset in from..<(from + 8) {
            key = key << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0)
        }
        return key
    }
}
