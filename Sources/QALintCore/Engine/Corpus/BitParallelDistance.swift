/// The Levenshtein distance from one text of at most 64 Unicode scalars to many others, a
/// machine word at a time (Myers' bit-vector algorithm, in Hyyrö's form for the distance
/// between whole texts): each scalar of the other text costs a few word operations, instead of
/// a row of the dynamic-programming table.
///
/// The text is the pattern: bit `i` of a scalar's mask is set where the pattern has that
/// scalar. The vertical deltas of the table's current column (+1, -1) are kept as two words;
/// the distance is the bottom cell, tracked as each column is added.
struct BitParallelDistance {
    /// The longest pattern.
    static let maxLength = 64

    /// Masks of ASCII scalars, by value.
    private var ascii = [UInt64](repeating: 0, count: 128)
    /// Masks of the other scalars of the pattern (few: looked up in order).
    private var others: [(scalar: UInt32, mask: UInt64)] = []
    /// The pattern's length in scalars.
    let length: Int

    /// The masks of `pattern`, or nil when it is longer than ``maxLength``.
    init?(_ pattern: [Unicode.Scalar]) {
        guard pattern.count <= Self.maxLength else { return nil }
        length = pattern.count
        for (position, scalar) in pattern.enumerated() {
            let bit = UInt64(1) << UInt64(position)
            if scalar.value < 128 {
                ascii[Int(scalar.value)] |= bit
            } else if let index = others.firstIndex(where: { $0.scalar == scalar.value }) {
                others[index].mask |= bit
            } else {
                others.append((scalar.value, bit))
            }
        }
    }

    @inline(__always)
    private func mask(_ scalar: UInt32) -> UInt64 {
        if scalar < 128 { return ascii[Int(scalar)] }
        for other in others where other.scalar == scalar { return other.mask }
        return 0
    }

    /// The distance from the pattern to the text whose UTF-8 is `text` (valid UTF-8, as folded
    /// titles are); above `limit` it is returned as `limit + 1`, as soon as it cannot come back
    /// under the limit.
    func distance(to text: UnsafeBufferPointer<UInt8>, scalars: Int, limit: Int) -> Int {
        guard length > 0 else { return scalars <= limit ? scalars : limit + 1 }
        let top = UInt64(1) << UInt64(length - 1)
        var plus: UInt64 = length == 64 ? ~0 : (top << 1) &- 1
        var minus: UInt64 = 0
        var score = length
        var remaining = scalars
        var index = 0
        while index < text.count {
            // One scalar of the text, decoded on the fly.
            let lead = text[index]
            var scalar = UInt32(lead)
            if lead < 0x80 {
                index += 1
            } else {
                let extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1
                scalar &= lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F
                for offset in 1...extra where index + offset < text.count {
                    scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F)
                }
                index += extra + 1
            }
            let equal = mask(scalar)
            let crossed = equal | minus
            let horizontal = (((equal & plus) &+ plus) ^ plus) | equal
            var plusH = minus | ~(horizontal | plus)
            var minusH = plus & horizontal
            if plusH & top != 0 { score += 1 } else if minusH & top != 0 { score -= 1 }
            plusH = plusH << 1 | 1
            minusH <<= 1
            plus = minusH | ~(crossed | plusH)
            minus = plusH & crossed
            remaining -= 1
            // Each scalar left can lower the score by one at most.
            if score - remaining > limit { return limit + 1 }
        }
        return score <= limit ? score : limit + 1
    }
}
