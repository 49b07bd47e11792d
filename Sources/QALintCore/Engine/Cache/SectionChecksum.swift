/// The checksum of a cache section (``FNV/sectionChecksum(_:)``), taken in pieces: a section
/// streamed to its file is checksummed as its bytes go, with no copy of the whole section.
///
/// Sixteen independent 32-bit lanes of a multiply and a shift (two vectors of eight, 64 bytes a
/// step); then the bytes after the last whole step one at a time, then the length. Pieces of any
/// sizes give the checksum of the bytes they make up together.
struct SectionChecksum {
    private static let prime = SIMD8<UInt32>(repeating: 0x0100_0193)
    private var first = SIMD8<UInt32>(0x811C_9DC5, 0x9E37_79B9, 0x7F4A_7C15, 0x85EB_CA6B, 0xC2B2_AE35, 0x27D4_EB2F, 0x1656_67B1, 0xD3A2_646C)
    private var second = SIMD8<UInt32>(0x811C_9DC5, 0x9E37_79B9, 0x7F4A_7C15, 0x85EB_CA6B, 0xC2B2_AE35, 0x27D4_EB2F, 0x1656_67B1, 0xD3A2_646C)
        &+ SIMD8<UInt32>(repeating: 0x6A09_E667)
    /// Bytes after the last whole step (fewer than 64), waiting for the next piece.
    private var pending: [UInt8] = []
    /// Bytes taken in all.
    private var count = 0

    /// Takes the next piece.
    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        count += bytes.count
        var offset = 0
        if !pending.isEmpty {
            offset = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: offset))
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { step($0.baseAddress!) }
            pending.removeAll(keepingCapacity: true)
        }
        while offset + 64 <= bytes.count {
            step(base + offset)
            offset += 64
        }
        if offset < bytes.count { pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset)) }
    }

    @inline(__always)
    private mutating func step(_ at: UnsafeRawPointer) {
        first = (first ^ at.loadUnaligned(as: SIMD8<UInt32>.self)) &* Self.prime
        second = (second ^ at.loadUnaligned(fromByteOffset: 32, as: SIMD8<UInt32>.self)) &* Self.prime
        first ^= first &>> 15
        second ^= second &>> 15
    }

    /// The checksum of every byte taken.
    func finish() -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        for lane in 0..<8 { mix(UInt64(first[lane]) << 32 | UInt64(second[lane])) }
        for byte in pending { mix(UInt64(byte)) }
        mix(UInt64(count))
        return hash
    }
}

extension FNV {
    /// A checksum of a section (see ``SectionChecksum``): fast enough to check a site's cache on
    /// every run; any one flipped bit changes its lane, and so the result.
    static func sectionChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var checksum = SectionChecksum()
        checksum.update(bytes)
        return checksum.finish()
    }
}
