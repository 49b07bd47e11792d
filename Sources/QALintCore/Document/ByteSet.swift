/// A set of byte strings, asked about a page's bytes: no text is made for the question, and
/// the hash is FNV-1a rather than the standard library's seeded SipHash.
///
/// It answers "these exact bytes are a member". A caller that compares texts (where canonically
/// equal texts can differ in bytes) still decides the values it does not find.
struct ByteSet: Sendable {
    private let members: [[UInt8]]
    /// Open addressing: a member's index, or -1 for an empty slot.
    private let slots: [Int32]
    /// Whether ASCII letters are folded to lower case, in the members and in the questions.
    private let foldsASCII: Bool

    /// A set of `members`; with `foldingASCIICase`, `A`–`Z` count as `a`–`z` on both sides.
    init(_ members: [[UInt8]], foldingASCIICase: Bool = false) {
        foldsASCII = foldingASCIICase
        var capacity = 8
        while capacity < members.count * 2 { capacity *= 2 }
        var slots = [Int32](repeating: -1, count: capacity)
        var kept: [[UInt8]] = []
        for member in members {
            let stored = foldingASCIICase ? member.map(ByteSet.lower) : member
            var slot = stored.withUnsafeBufferPointer { Int(ByteSet.hash($0, folding: false) & UInt64(capacity - 1)) }
            var present = false
            while slots[slot] >= 0 {
                if kept[Int(slots[slot])] == stored { present = true; break }
                slot = (slot + 1) & (capacity - 1)
            }
            if !present {
                slots[slot] = Int32(kept.count)
                kept.append(stored)
            }
        }
        self.members = kept
        self.slots = slots
    }

    /// Whether `bytes` (folded like the members) is a member.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = slots.count - 1
        var slot = Int(Self.hash(bytes, folding: foldsASCII) & UInt64(mask))
        while slots[slot] >= 0 {
            let member = members[Int(slots[slot])]
            if member.count == bytes.count, member.withUnsafeBufferPointer({ equal($0, bytes) }) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    private func equal(_ member: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard foldsASCII else { return ByteScan.equal(member, bytes) }
        for index in 0..<bytes.count where member[index] != Self.lower(bytes[index]) { return false }
        return true
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, folding: Bool) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(folding ? lower(byte) : byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
