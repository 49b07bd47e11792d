import CQALintBits
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the title closest to a misspelt one among many, cheaply: only titles of similar
/// length are compared, a block of them at a time against every misspelt title near their
/// length; two character-count lower bounds (a signature whose bits the processor counts, then
/// a histogram) rule out most of them before any edit distance is computed; and the edit
/// distance is computed a word at a time and gives up past the limit.
struct TitleSuggester: Sendable {
    /// Titles of one folded length, stored column-wise so the prefilters read only the
    /// contiguous signatures and histograms (no reference counting in the hot loop), and flat: a
    /// title costs its folded UTF-8 and a few bytes, not arrays of its own. Its scalars are
    /// decoded only for a broken title past 64 scalars, when it passes the prefilters; otherwise
    /// distances and prefixes are read on the folded bytes.
    private struct Bucket: Sendable {
        var histograms: [UInt8] = []  // 32 counts per title, one after another
        var signatures: [UInt64] = []  // each title's ``Signature``, low then high
        var folded: [UInt8] = []  // the folded titles' UTF-8, one after another
        var foldedEnds: [Int32] = []  // where each ends in `folded`
        var titles: [Int32] = []  // indices in ``TitleSuggester/titles``

        /// Adds title `title`, folded to `folded`, with the histogram `counts`.
        mutating func add(title: Int, folded text: [UInt8], counts: [UInt8]) {
            histograms.append(contentsOf: counts)
            let signature = Signature(counts)
            signatures.append(signature.low)
            signatures.append(signature.high)
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
    ///
    /// A title that is a prefix of the other (a word added or dropped at the end) wins over a
    /// nearer one; then the smallest distance; then the title first in byte order, so the order
    /// the titles were given in does not matter.
    func suggestion(for title: String) -> String? {
        suggestions(for: [title], jobs: 1)[0]
    }

    /// A title to find the nearest of, folded and measured once.
    private struct Query: Sendable {
        let target: [Unicode.Scalar]
        /// The folded title's UTF-8.
        let bytes: [UInt8]
        let limit: Int
        /// A title of up to 64 scalars (most) is compared a word at a time, on the folded bytes.
        let pattern: BitParallelDistance?

        init(_ title: String) {
            let lowered = title.lowercased()
            target = Array(lowered.unicodeScalars)
            bytes = Array(lowered.utf8)
            limit = min(8, max(2, target.count / 4))
            pattern = BitParallelDistance(target)
        }
    }

    /// A title within a query's limit.
    private struct Candidate: Sendable {
        var query: Int32
        var title: Int32
        var distance: Int32
        var prefix: Bool
    }

    /// Whether the processor counts bits in one instruction (see `qalint_signature_filter`).
    static let hardwarePopcount = qalint_has_popcount() != 0

    /// Titles of a bucket compared with every query near their length while they are in the cache.
    private static let blockSize = 512

    /// ``suggestion(for:)`` of each of `titles`, on `jobs` threads.
    ///
    /// The titles of each length are read in blocks, and each block is compared with every query
    /// near its length before the next is read: taken one query at a time, a site's titles (their
    /// histograms alone are 5.6 MB for 175,000) came from memory again for every query. Each block
    /// gives the titles within a query's limit; the best of them is then chosen per query, an
    /// order that does not depend on which thread found what.
    func suggestions(for titles: [String], jobs: Int) -> [String?] {
        let queries = titles.map(Query.init)
        let histograms = queries.map(\.target).map(Self.histogram)
        let signatures = histograms.map(Signature.init)
        let counts = histograms.map { $0.withUnsafeBytes { Counts($0.baseAddress!) } }
        // By length: the queries whose limit reaches it.
        var near: [Int: [Int32]] = [:]
        for (number, query) in queries.enumerated() {
            for length in max(0, query.target.count - query.limit)...(query.target.count + query.limit) where byLength[length] != nil {
                near[length, default: []].append(Int32(number))
            }
        }
        var blocks: [(length: Int, bucket: Int, titles: Range<Int>)] = []
        for length in near.keys.sorted() {
            for (number, bucket) in byLength[length]!.enumerated() {
                for start in stride(from: 0, to: bucket.titles.count, by: Self.blockSize) {
                    blocks.append((length, number, start..<min(bucket.titles.count, start + Self.blockSize)))
                }
            }
        }
        let found = ParallelMap.map(count: blocks.count, jobs: jobs) { [byLength, near, blocks] position -> [Candidate] in
            let block = blocks[position]
            let bucket = byLength[block.length]![block.bucket]
            var found: [Candidate] = []
            var folded: [Unicode.Scalar] = []
            var passing = [Int32](repeating: 0, count: block.titles.count)
            bucket.histograms.withUnsafeBytes { histograms in
                for number in near[block.length]! {
                    let query = Int(number), limit = queries[query].limit, signature = signatures[query], target = counts[query]
                    // Most titles are ruled out by their signatures (the bits counted by the
                    // processor where it can), the rest by their histograms, before any distance.
                    let passed = bucket.signatures.withUnsafeBufferPointer { words in
                        passing.withUnsafeMutableBufferPointer {
                            qalint_signature_filter(words.baseAddress! + 2 * block.titles.lowerBound, block.titles.count, signature.low,
                                                    signature.high, Int32(limit), Self.hardwarePopcount ? 1 : 0, $0.baseAddress!)
                        }
                    }
                    for index in passing[..<passed].lazy.map({ block.titles.lowerBound + Int($0) })
                    where Self.lowerBound(target, Counts(histograms.baseAddress! + index * 32)) <= limit {
                        let distance: Int
                        if let pattern = queries[query].pattern {
                            distance = bucket.withFolded(index) { pattern.distance(to: $0, scalars: block.length, limit: limit) }
                        } else {
                            if folded.count != block.length { folded = [Unicode.Scalar](filled: "\0", count: block.length) }
                            bucket.decode(index, into: &folded)
                            distance = Suggestion.editDistance(queries[query].target, folded, limit: limit)
                        }
                        guard distance <= limit else { continue }
                        // Folded texts are valid UTF-8: one's scalars begin the other's when its bytes do.
                        let prefix = queries[query].bytes.withUnsafeBufferPointer { bytes in bucket.withFolded(index) { Self.startsAlike($0, bytes) } }
                        found.append(Candidate(query: number, title: bucket.titles[index], distance: Int32(distance), prefix: prefix))
                    }
                }
            }
            return found
        }
        var best = [(title: String, score: (Int, Int))?](repeating: nil, count: queries.count)
        for candidate in found.joined() {
            let title = self.title(Int(candidate.title)), score = (candidate.prefix ? 0 : 1, Int(candidate.distance))
            let query = Int(candidate.query)
            if let known = best[query], score > known.score || (score == known.score && !title.utf8Precedes(known.title)) { continue }
            best[query] = (title, score)
        }
        return best.map { $0?.title }
    }

    /// Whether one text's bytes begin the other's.
    private static func startsAlike(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
        let shorter = min(first.count, second.count)
        return shorter == 0 || memcmp(first.baseAddress!, second.baseAddress!, shorter) == 0
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
    struct Counts: Sendable {
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
