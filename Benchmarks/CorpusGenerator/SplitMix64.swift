/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// The corpus must be byte-identical for a seed on every machine and Swift version, so the
/// generator never touches the standard library's random APIs (whose algorithms for ranges,
/// shuffles and floats are not promised to stay the same): every draw goes through the
/// methods below.
public struct SplitMix64: Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scramble of `value`, used to derive seeds.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A seed for an independent stream, derived from `seed` and the labels `a`, `b`.
    public static func derive(_ seed: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        mix(mix(seed ^ mix(a &+ 0x51_7CC1_B727_220A)) ^ mix(b &+ 0x2545_F491_4F6C_DD1D))
    }

    /// A uniform integer in `range` (multiply-shift; its bias is below 2⁻³² for our ranges).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        guard width != 0 else { return Int(truncatingIfNeeded: next()) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// A uniform index below `count` (which must be positive).
    public mutating func index(below count: Int) -> Int {
        int(in: 0...(count - 1))
    }

    /// A uniform value in `[0, 1)` with 53 bits of precision.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A uniformly chosen element of `items` (which must not be empty).
    public mutating func pick<T>(_ items: [T]) -> T {
        items[index(below: items.count)]
    }

    /// An index chosen with probability proportional to `weights[i]` (all non-negative, sum > 0).
    public mutating func weightedIndex(_ weights: [Int]) -> Int {
        let total = weights.reduce(0, +)
        var target = int(in: 0...(total - 1))
        for (index, weight) in weights.enumerated() {
            if target < weight { return index }
            target -= weight
        }
        return weights.count - 1
    }

    /// `items` in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, int(in: 0...index))
            index -= 1
        }
        return result
    }

    /// `count` distinct elements of `items`, in random order (fewer when `items` is shorter).
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var result: [T] = []
        while result.count < count, !pool.isEmpty {
            result.append(pool.swapRemoveAt(index(below: pool.count)))
        }
        return result
    }
}

extension Array {
    /// Removes and returns the element at `index`, moving the last element into its place.
    mutating func swapRemoveAt(_ index: Int) -> Element {
        swapAt(index, count - 1)
        return removeLast()
    }
}
