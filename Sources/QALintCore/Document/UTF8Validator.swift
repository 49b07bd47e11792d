/// Finds invalid UTF-8 sequences and NUL bytes, with an ASCII fast path.
///
/// A truncated sequence ends at its first unexpected byte; an overlong form, an encoded
/// surrogate or a too-large code point is one issue with its continuation bytes, and counts
/// as one column.
enum UTF8Validator {
    /// The most issues recorded for one file; the count goes on beyond it.
    static let recordLimit = 1_000

    /// Scans `buffer[from...]`, returning the first `recordLimit` issues (in offset order) and
    /// their total count.
    ///
    /// NUL bytes are found by `memchr` (``ByteScan/find(_:in:from:to:)``); the rest of the scan only has to pass over ASCII, which
    /// it tests 64 bytes at a time (no top bit set in any of them), then eight, going straight to
    /// the first byte that is not ASCII. The two lists are merged by offset.
    static func issues(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (issues: [EncodingIssue], total: Int) {
        let (nuls, nulTotal) = nulBytes(in: buffer, from: from)
        let (invalid, invalidTotal) = sequences(in: buffer, from: from)
        guard !nuls.isEmpty else { return (invalid, invalidTotal) }
        guard !invalid.isEmpty else { return (nuls, nulTotal) }
        // Both lists are in offset order and hold at least the first `recordLimit` of their kind.
        var merged: [EncodingIssue] = []
        merged.reserveCapacity(min(recordLimit, nuls.count + invalid.count))
        var (left, right) = (0, 0)
        while merged.count < recordLimit && (left < nuls.count || right < invalid.count) {
            if right == invalid.count || (left < nuls.count && nuls[left].offset < invalid[right].offset) {
                merged.append(nuls[left])
                left += 1
            } else {
                merged.append(invalid[right])
                right += 1
            }
        }
        return (merged, nulTotal + invalidTotal)
    }

    /// The first `recordLimit` NUL bytes of `buffer[from...]` and how many there are.
    private static func nulBytes(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (issues: [EncodingIssue], total: Int) {
        var found: [EncodingIssue] = []
        var total = 0
        var index = from
        while found.count < recordLimit, let offset = ByteScan.find(0, in: buffer, from: index, to: buffer.count) {
            found.append(EncodingIssue(offset: offset, length: 1, problem: .nulByte))
            total += 1
            index = offset + 1
        }
        // Past the limit (a binary file, perhaps all NULs), the rest are only counted.
        if found.count == recordLimit {
            for position in index..<buffer.count where buffer[position] == 0 { total += 1 }
        }
        return (found, total)
    }

    /// The invalid sequences of `buffer[from...]` (the first `recordLimit`) and how many there are.
    private static func sequences(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (issues: [EncodingIssue], total: Int) {
        var found: [EncodingIssue] = []
        var total = 0
        var index = from
        let count = buffer.count
        let high: UInt64 = 0x8080_8080_8080_8080
        while index < count {
            // Sixty-four ASCII bytes at a time (most of a page): no top bit set in any word.
            if index + 64 <= count {
                let base = UnsafeRawPointer(buffer.baseAddress! + index)
                let any = base.loadUnaligned(as: UInt64.self) | base.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | base.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: 32, as: UInt64.self) | base.loadUnaligned(fromByteOffset: 40, as: UInt64.self)
                    | base.loadUnaligned(fromByteOffset: 48, as: UInt64.self) | base.loadUnaligned(fromByteOffset: 56, as: UInt64.self)
                if any & high == 0 {
                    index += 64
                    continue
                }
            }
            if index + 8 <= count {
                // Eight bytes: all ASCII, or on to the first that is not (the first byte is the
                // word's lowest), skipping the ASCII bytes before it in one step.
                let top = UInt64(littleEndian: UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)) & high
                if top == 0 {
                    index += 8
                    continue
                }
                index += top.trailingZeroBitCount >> 3
            }
            let lead = buffer[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let (length, problem) = sequence(at: index, lead: lead, in: buffer)
            if let problem {
                total += 1
                if found.count < recordLimit { found.append(EncodingIssue(offset: index, length: length, problem: problem)) }
            }
            index += length
        }
        return (found, total)
    }

    /// The length of the sequence that starts with `lead` at `index`, and its problem if any.
    private static func sequence(
        at index: Int, lead: UInt8, in buffer: UnsafeBufferPointer<UInt8>
    ) -> (Int, EncodingIssue.Problem?) {
        let needed: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        var boundProblem: EncodingIssue.Problem = .truncated
        switch lead {
        case 0x80...0xBF: return (1, .unexpectedContinuation)
        case 0xC0, 0xC1: return (swallow(at: index, upTo: 1, in: buffer), .overlong)
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; low = 0xA0; boundProblem = .overlong
        case 0xED: needed = 2; high = 0x9F; boundProblem = .surrogate
        case 0xE1...0xEF: needed = 2
        case 0xF0: needed = 3; low = 0x90; boundProblem = .overlong
        case 0xF4: needed = 3; high = 0x8F; boundProblem = .tooLarge
        case 0xF1...0xF3: needed = 3
        case 0xF5...0xF7: return (swallow(at: index, upTo: 3, in: buffer), .tooLarge)
        case 0xF8...0xFF: return (1, .invalidByte)
        default: return (1, .invalidByte)
        }
        let count = buffer.count
        guard index + 1 < count else { return (1, .truncated) }
        let second = buffer[index + 1]
        if second < low || second > high {
            // A continuation byte out of the lead's range marks an overlong form, a surrogate
            // or a value too large; anything else means the sequence stopped short.
            // Such a sequence is reported once, with its continuation bytes.
            let isContinuation = second >= 0x80 && second <= 0xBF
            return isContinuation ? (swallow(at: index, upTo: needed, in: buffer), boundProblem) : (1, .truncated)
        }
        var consumed = 2
        while consumed <= needed {
            guard index + consumed < count else { return (consumed, .truncated) }
            let next = buffer[index + consumed]
            guard next >= 0x80 && next <= 0xBF else { return (consumed, .truncated) }
            consumed += 1
        }
        return (consumed, nil)
    }

    /// The length of the lead byte at `index` and up to `count` continuation bytes after it.
    private static func swallow(at index: Int, upTo count: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var length = 1
        while length <= count, index + length < buffer.count, buffer[index + length] & 0xC0 == 0x80 { length += 1 }
        return length
    }
}
