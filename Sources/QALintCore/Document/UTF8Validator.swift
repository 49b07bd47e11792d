/// Finds invalid UTF-8 sequences and NUL bytes, byte by byte, with an ASCII fast path.
///
/// A truncated sequence ends at its first unexpected byte; an overlong form, an encoded
/// surrogate or a too-large code point is one issue with its continuation bytes, and counts
/// as one column.
enum UTF8Validator {
    /// The most issues recorded for one file; the count goes on beyond it.
    static let recordLimit = 1_000

    /// Scans `buffer[from...]`, returning the first `recordLimit` issues and their total count.
    static func issues(in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> (issues: [EncodingIssue], total: Int) {
        var found: [EncodingIssue] = []
        var total = 0
        var index = from
        let count = buffer.count
        func record(_ offset: Int, _ length: Int, _ problem: EncodingIssue.Problem) {
            total += 1
            if found.count < recordLimit { found.append(EncodingIssue(offset: offset, length: length, problem: problem)) }
        }
        while index < count {
            // Thirty-two ASCII bytes with no NUL at a time (most of a page), then eight. A byte
            // is one of 0x01–0x7F exactly when adding 0x7F sets its top bit and its own top bit
            // is clear; a byte outside that range fails its own test, whatever the carry it
            // passes to the byte above does, so a word passes only when all eight bytes do.
            if index + 32 <= count {
                let base = UnsafeRawPointer(buffer.baseAddress! + index)
                let a = base.loadUnaligned(as: UInt64.self)
                let b = base.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let c = base.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                let d = base.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                let passing = ((a &+ 0x7F7F_7F7F_7F7F_7F7F) & ~a) & ((b &+ 0x7F7F_7F7F_7F7F_7F7F) & ~b)
                    & ((c &+ 0x7F7F_7F7F_7F7F_7F7F) & ~c) & ((d &+ 0x7F7F_7F7F_7F7F_7F7F) & ~d)
                if passing & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                    index += 32
                    continue
                }
            }
            if index + 8 <= count {
                let word = UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if (word &+ 0x7F7F_7F7F_7F7F_7F7F) & ~word & 0x8080_8080_8080_8080 == 0x8080_8080_8080_8080 {
                    index += 8
                    continue
                }
            }
            let lead = buffer[index]
            if lead < 0x80 {
                if lead == 0 { record(index, 1, .nulByte) }
                index += 1
                continue
            }
            let (length, problem) = sequence(at: index, lead: lead, in: buffer)
            if let problem { record(index, length, problem) }
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
