/// Appends values to a byte buffer in qalint's compact cache encoding: unsigned LEB128
/// integers, little-endian 64-bit words, length-prefixed UTF-8 strings.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func varint(_ value: Int) {
        var rest = UInt64(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func word(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        varint(utf8.count)
        bytes += utf8
    }

    mutating func raw(_ value: [UInt8]) {
        bytes += value
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws, so a damaged cache is never trusted.
struct BinaryReader {
    struct Damaged: Error {}

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    mutating func varint() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 63 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Damaged() }
        return Int(value)
    }

    mutating func word() throws(Damaged) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    mutating func string() throws(Damaged) -> String {
        let count = try varint()
        guard offset + count <= bytes.count else { throw Damaged() }
        defer { offset += count }
        guard let text = String(validating: bytes[offset..<(offset + count)], as: UTF8.self) else { throw Damaged() }
        return text
    }

    /// A count of items that must each take at least one byte (guards against absurd counts).
    mutating func count() throws(Damaged) -> Int {
        let value = try varint()
        guard value <= bytes.count - offset else { throw Damaged() }
        return value
    }
}

/// FNV-1a, 64 bits: a stable hash for cache keys and checksums (Swift's `Hasher` is seeded per process).
enum FNV {
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    static func hash(_ text: String) -> UInt64 {
        hash(Array(text.utf8))
    }
}
