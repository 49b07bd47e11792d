/// Finds the title closest to a misspelt one among many, cheaply: only titles of similar
/// length are compared; a character-count lower bound rules out most of them before any edit
/// distance is computed; and the edit distance is banded and gives up past the limit.
struct TitleSuggester: Sendable {
    /// Titles of one folded length, stored column-wise so the prefilter reads only the
    /// contiguous histograms (no reference counting in the hot loop), and flat: a title costs
    /// its folded UTF-8 and a few bytes, not arrays of its own; its scalars are decoded only
    /// when it passes the prefilters.
    private struct Bucket {
        var histograms: [UInt8] = []  // 32 counts per title, one after another
        var signatures: [Signature] = []
        var folded: [UInt8] = []  // the folded titles' UTF-8, one after another
        var foldedEnds: [Int32] = []  // where each ends in `folded`
        var titles: [Int32] = []  // indices in ``TitleSuggester/titles``

        /// Decodes title `index`'s folded scalars into `scalars` (which has room for exactly them).
        func decode(_ index: Int, into scalars: inout [Unicode.Scalar]) {
            let start = index == 0 ? 0 : Int(foldedEnds[index - 1])
            var bytes = folded[start..<Int(foldedEnds[index])].makeIterator()
            var decoder = UTF8()
            var position = 0
            while case .scalarValue(let scalar) = decoder.decode(&bytes) {
                scalars[position] = scalar
                position += 1
            }
        }
    }

    /// Title `i` of those given (read when a title is near enough to be compared in full).
    private let title: @Sendable (Int) -> String
    private let byLength: [Int: Bucket]

    /// A suggester among `titles` (an array, or a corpus' titles read from its facts as needed).
    init<Titles: RandomAccessCollection<String> & Sendable>(titles: Titles) where Titles.Index == Int {
        title = { titles[$0] }
        // Buckets by number: one dictionary lookup per title, and the scratch arrays below
        // are reused, so a title costs no allocation of its own.
        var bucketOfLength: [Int: Int] = [:]
        var buckets: [Bucket] = []
        var counts = [UInt8](repeating: 0, count: 32)
        var folded: [UInt8] = []
        for index in titles.indices {
            let text = titles[index]
            folded.removeAll(keepingCapacity: true)
            folded.append(contentsOf: text.utf8)
            // ASCII (the usual title): folding is `A`–`Z` to lower case, as `lowercased()`
            // does, and a scalar is a byte; done in place on the bytes.
            let ascii = counts.withUnsafeMutableBufferPointer { counts in
                folded.withUnsafeMutableBufferPointer { bytes in
                    for bucket in 0..<32 { counts[bucket] = 0 }
                    for position in 0..<bytes.count {
                        let byte = bytes[position]
                        guard byte < 0x80 else { return false }
                        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        bytes[position] = lower
                        if counts[Int(lower & 31)] < 255 { counts[Int(lower & 31)] += 1 }
                    }
                    return true
                }
            }
            var length = folded.count
            if !ascii {
                for bucket in 0..<32 { counts[bucket] = 0 }
                folded.removeAll(keepingCapacity: true)
                length = 0
                let lowered = text.lowercased()
                for scalar in lowered.unicodeScalars {
                    if counts[Int(scalar.value & 31)] < 255 { counts[Int(scalar.value & 31)] += 1 }
                    length += 1
                }
                folded.append(contentsOf: lowered.utf8)
            }
            let slot: Int
            if let known = bucketOfLength[length] {
                slot = known
            } else {
                slot = buckets.count
                bucketOfLength[length] = slot
                buckets.append(Bucket())
            }
            buckets[slot].histograms.append(contentsOf: counts)
            buckets[slot].signatures.append(Signature(counts))
            buckets[slot].folded.append(contentsOf: folded)
            buckets[slot].foldedEnds.append(Int32(buckets[slot].folded.count))
            buckets[slot].titles.append(Int32(index))
        }
        byLength = bucketOfLength.mapValues { buckets[$0] }
    }

    /// The best title within an edit distance of a quarter of the length (at most 8), if any.
    func suggestion(for title: String) -> String? {
        let target = Array(title.lowercased().unicodeScalars)
        let histogram = Self.histogram(target)
        let signature = Signature(histogram)
        let limit = min(8, max(2, target.count / 4))
        // A title that is a prefix of the other (a word added or dropped at the end) wins over
        // a nearer one; then the smallest distance; then the title that sorts first.
        var best: (title: String, score: (Int, Int))?
        for length in max(0, target.count - limit)...(target.count + limit) {
            guard let bucket = byLength[length] else { continue }
            var folded = [Unicode.Scalar](repeating: "\0", count: length)
            bucket.histograms.withUnsafeBufferPointer { histograms in
                for index in bucket.titles.indices
                where signature.lowerBound(bucket.signatures[index]) <= limit
                    && Self.lowerBound(histogram, histograms, at: index * 32, limit: limit) <= limit {
                    bucket.decode(index, into: &folded)
                    let distance = Suggestion.editDistance(target, folded, limit: limit)
                    guard distance <= limit else { continue }
                    let title = self.title(Int(bucket.titles[index]))
                    let prefix = target.starts(with: folded) || folded.starts(with: target)
                    let score = (prefix ? 0 : 1, distance)
                    if best == nil || score < best!.score || (score == best!.score && title < best!.title) {
                        best = (title, score)
                    }
                }
            }
        }
        return best?.title
    }

    /// The histogram as bit masks, bit `b` of mask `k` set when bucket `b` holds at least `k`
    /// scalars (k = 1…4): a bucket's surplus `max(0, a − b)` is at least the number of `k` with
    /// `a ≥ k > b`, so a few popcounts bound the bag distance before the histograms are read.
    private struct Signature {
        let low: UInt64   // masks 1 and 2
        let high: UInt64  // masks 3 and 4

        init(_ counts: [UInt8]) {
            var low: UInt64 = 0, high: UInt64 = 0
            for bucket in 0..<32 {
                let count = counts[bucket]
                let bit = UInt64(1) << UInt64(bucket)
                if count > 0 { low |= bit }
                if count > 1 { low |= bit << 32 }
                if count > 2 { high |= bit }
                if count > 3 { high |= bit << 32 }
            }
            self.low = low
            self.high = high
        }

        @inline(__always)
        func lowerBound(_ other: Signature) -> Int {
            let surplus = (low & ~other.low).nonzeroBitCount + (high & ~other.high).nonzeroBitCount
            let deficit = (other.low & ~low).nonzeroBitCount + (other.high & ~high).nonzeroBitCount
            return max(surplus, deficit)
        }
    }

    /// Counts of each scalar, folded into 32 buckets and saturated at 255.
    private static func histogram(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var counts = [UInt8](repeating: 0, count: 32)
        for scalar in scalars {
            let bucket = Int(scalar.value & 31)
            if counts[bucket] < 255 { counts[bucket] += 1 }
        }
        return counts
    }

    /// A lower bound of the edit distance: one edit changes at most one count up and one down
    /// (the bag distance), so the larger of the summed surpluses cannot exceed the distance.
    /// Stops counting once past `limit`. (Plain loops: generic SIMD reductions are slow here.)
    @inline(__always)
    private static func lowerBound(_ target: [UInt8], _ histograms: UnsafeBufferPointer<UInt8>, at base: Int, limit: Int) -> Int {
        var surplus = 0, deficit = 0
        for bucket in 0..<32 {
            let left = Int(target[bucket]), right = Int(histograms[base + bucket])
            if left > right { surplus += left - right } else { deficit += right - left }
            if surplus > limit || deficit > limit { return limit + 1 }
        }
        return max(surplus, deficit)
    }
}
