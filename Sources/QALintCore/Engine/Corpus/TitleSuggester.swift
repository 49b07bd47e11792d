/// Finds the title closest to a misspelt one among many, cheaply: only titles of similar
/// length are compared; a character-count lower bound rules out most of them before any edit
/// distance is computed; and the edit distance is banded and gives up past the limit.
struct TitleSuggester: Sendable {
    /// Titles of one folded length, stored column-wise so the prefilter reads only the
    /// contiguous histograms (no reference counting in the hot loop), and flat: a title costs
    /// its folded UTF-8 and a few bytes, not arrays of its own; its scalars are decoded only
    /// when it passes the prefilters.
    private struct Bucket: Sendable {
        var histograms: [UInt8] = []  // 32 counts per title, one after another
        var signatures: [Signature] = []
        var folded: [UInt8] = []  // the folded titles' UTF-8, one after another
        var foldedEnds: [Int32] = []  // where each ends in `folded`
        var titles: [Int32] = []  // indices in ``TitleSuggester/titles``

        /// Adds title `title`, folded to `folded`, with the histogram `counts`.
        mutating func add(title: Int, folded text: [UInt8], counts: [UInt8]) {
            histograms.append(contentsOf: counts)
            signatures.append(Signature(counts))
            folded.append(contentsOf: text)
            foldedEnds.append(Int32(folded.count))
            titles.append(Int32(title))
        }

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
    /// The buckets of each folded length, one a run of titles indexed together, in title order.
    private let byLength: [Int: [Bucket]]

    /// A suggester among `titles`, indexed on `jobs` threads.
    init(titles: [String], jobs: Int = 1) {
        self.init(count: titles.count, jobs: jobs, title: { titles[$0] }, bytes: { index, body in
            var text = titles[index]
            text.withUTF8(body)
        })
    }

    /// A suggester among a corpus' titles, read from its facts without a `String` each, indexed
    /// on `jobs` threads.
    init(titles: CorpusTitles, jobs: Int) {
        self.init(count: titles.count, jobs: jobs, title: { titles[$0] }, bytes: { titles.withBytes($0, $1) })
    }

    /// A suggester among `count` titles, title `i` given as text by `title` and as UTF-8 by
    /// `bytes`. The titles are indexed in `jobs` runs of consecutive ones side by side; each
    /// run's buckets are kept as they are (joining them would copy the index), in run order.
    private init(count: Int, jobs: Int, title: @escaping @Sendable (Int) -> String,
                 bytes: @escaping @Sendable (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) {
        self.title = title
        let runs = max(1, min(jobs, count / 4_096))
        let parts = ParallelMap.map(count: runs, jobs: runs) { run in
            Self.index(count * run / runs..<count * (run + 1) / runs, bytes: bytes)
        }
        var byLength: [Int: [Bucket]] = [:]
        for part in parts {
            for (length, bucket) in part { byLength[length, default: []].append(bucket) }
        }
        self.byLength = byLength
    }

    /// The buckets of titles `indices`. A title costs no allocation of its own: the scratch
    /// arrays are reused, and ASCII (the usual title) is folded on its bytes.
    private static func index(_ indices: Range<Int>, bytes: (Int, (UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> [Int: Bucket] {
        var byLength: [Int: Bucket] = [:]
        var counts = [UInt8](repeating: 0, count: 32)
        var folded: [UInt8] = []
        for index in indices {
            folded.removeAll(keepingCapacity: true)
            bytes(index) { folded.append(contentsOf: $0) }
            // ASCII: folding is `A`–`Z` to lower case, as `lowercased()` does, and a scalar is a byte.
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
                var text = ""
                bytes(index) { text = String(decoding: $0, as: UTF8.self) }
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
            byLength[length, default: Bucket()].add(title: index, folded: folded, counts: counts)
        }
        return byLength
    }

    /// The best title within an edit distance of a quarter of the length (at most 8), if any.
    func suggestion(for title: String) -> String? {
        let target = Array(title.lowercased().unicodeScalars)
        let histogram = Self.histogram(target)
        let signature = Signature(histogram)
        let limit = min(8, max(2, target.count / 4))
        // A title that is a prefix of the other (a word added or dropped at the end) wins over
        // a nearer one; then the smallest distance; then the title first in byte order, so the
        // order the titles were given in does not matter.
        var best: (title: String, score: (Int, Int))?
        for length in max(0, target.count - limit)...(target.count + limit) {
            guard let buckets = byLength[length] else { continue }
            var folded = [Unicode.Scalar](repeating: "\0", count: length)
            for bucket in buckets {
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
                        if best == nil || score < best!.score || (score == best!.score && title.utf8Precedes(best!.title)) {
                            best = (title, score)
                        }
                    }
                }
            }
        }
        return best?.title
    }

    /// The histogram as bit masks, bit `b` of mask `k` set when bucket `b` holds at least `k`
    /// scalars (k = 1…4): a bucket's surplus `max(0, a − b)` is at least the number of `k` with
    /// `a ≥ k > b`, so a few popcounts bound the bag distance before the histograms are read.
    private struct Signature: Sendable {
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
