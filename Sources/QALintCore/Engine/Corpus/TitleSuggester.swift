/// Finds the title closest to a misspelt one among many, cheaply: only titles of similar
/// length are compared; a character-count lower bound rules out most of them before any edit
/// distance is computed; and the edit distance is banded and gives up past the limit.
struct TitleSuggester: Sendable {
    /// Titles of one folded length, stored column-wise so the prefilter reads only the
    /// contiguous histograms (no reference counting in the hot loop), and flat: a title costs
    /// its folded UTF-8 and a few bytes, not arrays of its own; its scalars are decoded only
    /// when it is near enough to be scored (or, past 64 scalars, when it passes the prefilters).
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

        /// Calls `body` with title `index`'s folded UTF-8.
        func withFolded<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            let start = index == 0 ? 0 : Int(foldedEnds[index - 1])
            return folded.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<Int(foldedEnds[index])])) }
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
        let runs = min(jobs, count / 4_096)
        let parts = ParallelMap.map(runsOf: count, runs: runs, jobs: runs) { Self.index($0, bytes: bytes) }
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
        var counts = [UInt8](filled: 0, count: 32)
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
                        if counts[Int(lower & 31)] < Self.countLimit { counts[Int(lower & 31)] += 1 }
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
                    if counts[Int(scalar.value & 31)] < Self.countLimit { counts[Int(scalar.value & 31)] += 1 }
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
        let counts = histogram.withUnsafeBytes { Counts($0.baseAddress!) }
        let limit = min(8, max(2, target.count / 4))
        // A title of up to 64 scalars (most) is compared a word at a time, on the folded bytes.
        let pattern = BitParallelDistance(target)
        // A title that is a prefix of the other (a word added or dropped at the end) wins over
        // a nearer one; then the smallest distance; then the title first in byte order, so the
        // order the titles were given in does not matter.
        var best: (title: String, score: (Int, Int))?
        for length in max(0, target.count - limit)...(target.count + limit) {
            guard let buckets = byLength[length] else { continue }
            var folded = [Unicode.Scalar](filled: "\0", count: length)
            for bucket in buckets {
                bucket.histograms.withUnsafeBytes { histograms in
                    for index in bucket.titles.indices
                    where signature.lowerBound(bucket.signatures[index]) <= limit
                        && Self.lowerBound(counts, Counts(histograms.baseAddress! + index * 32)) <= limit {
                        let distance: Int
                        if let pattern {
                            distance = bucket.withFolded(index) { pattern.distance(to: $0, scalars: length, limit: limit) }
                            guard distance <= limit else { continue }
                            bucket.decode(index, into: &folded)
                        } else {
                            bucket.decode(index, into: &folded)
                            distance = Suggestion.editDistance(target, folded, limit: limit)
                            guard distance <= limit else { continue }
                        }
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

    /// Where a histogram's counts saturate: seven bits, so that eight counts can be subtracted
    /// at once in a word (see ``lowerBound(_:_:)``). Saturated counts still bound the distance
    /// from below (the bound only filters; the edit distance decides).
    static let countLimit: UInt8 = 127

    /// Counts of each scalar, folded into 32 buckets and saturated at ``countLimit``.
    private static func histogram(_ scalars: [Unicode.Scalar]) -> [UInt8] {
        var counts = [UInt8](filled: 0, count: 32)
        for scalar in scalars {
            let bucket = Int(scalar.value & 31)
            if counts[bucket] < countLimit { counts[bucket] += 1 }
        }
        return counts
    }

    /// A histogram's 32 counts as four words, the first count in the lowest byte.
    struct Counts {
        let words: (UInt64, UInt64, UInt64, UInt64)

        init(_ counts: UnsafeRawPointer) {
            words = (UInt64(littleEndian: counts.loadUnaligned(as: UInt64.self)),
                     UInt64(littleEndian: counts.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
                     UInt64(littleEndian: counts.loadUnaligned(fromByteOffset: 16, as: UInt64.self)),
                     UInt64(littleEndian: counts.loadUnaligned(fromByteOffset: 24, as: UInt64.self)))
        }
    }

    /// A lower bound of the edit distance: one edit changes at most one count up and one down
    /// (the bag distance), so the larger of the summed surpluses cannot exceed the distance.
    /// Eight counts at a time: with counts below 128, `(a | 0x80) - b` is `128 + a - b` in each
    /// byte with no borrow between bytes, its top bit set where `a ≥ b`.
    @inline(__always)
    static func lowerBound(_ target: Counts, _ title: Counts) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always)
        func surplus(_ a: UInt64, _ b: UInt64) -> UInt64 {
            let difference = (a | high) &- b
            let atLeast = difference & high
            // 0xFF in each byte where a ≥ b.
            let mask = (atLeast &<< 1) &- (atLeast &>> 7)
            return (difference ^ high) & mask
        }
        @inline(__always)
        func sum(_ w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) -> Int {
            // Bytes below 128: two words add without carries, then 16-bit lanes.
            let low = w0 &+ w1, upper = w2 &+ w3
            let lanes: UInt64 = 0x00FF_00FF_00FF_00FF
            let wide = (low & lanes) &+ ((low &>> 8) & lanes) &+ (upper & lanes) &+ ((upper &>> 8) & lanes)
            return Int((wide &* 0x0001_0001_0001_0001) &>> 48)
        }
        let (t0, t1, t2, t3) = target.words, (h0, h1, h2, h3) = title.words
        let above = sum(surplus(t0, h0), surplus(t1, h1), surplus(t2, h2), surplus(t3, h3))
        let below = sum(surplus(h0, t0), surplus(h1, t1), surplus(h2, t2), surplus(h3, t3))
        return max(above, below)
    }
}
