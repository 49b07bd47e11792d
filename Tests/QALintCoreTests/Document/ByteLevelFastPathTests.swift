import Testing
@testable import QALintCore

/// The byte-level fast paths must agree exactly with the plain computations they stand in for:
/// each is compared with a reference on many generated inputs (ASCII, multi-byte scalars,
/// emoji, the white space that digests fold, invalid bytes).
@Suite("Byte-level fast paths agree with their references")
struct ByteLevelFastPathTests {
    /// A small deterministic generator, so every run tests the same inputs.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        /// A text of `count` pieces drawn from `alphabet`.
        mutating func text(_ count: Int, from alphabet: [String]) -> String {
            (0..<count).map { _ in alphabet[next(alphabet.count)] }.joined()
        }
    }

    static let alphabet = ["a", "b", "Z", "k", "K", " ", "  ", "\t", "é", "膝", "🏃", "👍🏻", "\u{00A0}", "\u{3000}", "[", "]",
                           "Read More", "ask date", "Ask Date", "…", ".", "\r", "\n", "0", "9", "~"]

    @Test("scalar counts on valid UTF-8 equal the String's unicode scalar count")
    func scalarCount() {
        var generator = Generator(state: 1)
        for _ in 0..<2_000 {
            let text = generator.text(generator.next(60), from: Self.alphabet)
            let bytes = Array(text.utf8)
            let counted = bytes.withUnsafeBufferPointer { ByteScan.scalarCount($0, from: 0, to: $0.count) }
            #expect(counted == text.unicodeScalars.count, "\(text.debugDescription)")
        }
    }

    @Test("scalar counts of long texts (past the 255 steps after which lanes are summed), from and to any byte")
    func scalarCountLong() {
        var generator = Generator(state: 3)
        let mixed = Array(generator.text(3_000, from: Self.alphabet).utf8)
        let knees = Array(String(repeating: "膝", count: 3_000).utf8)
        #expect(knees.withUnsafeBufferPointer { ByteScan.scalarCount($0, from: 0, to: $0.count) } == 3_000)
        for bytes in [mixed, knees] {
            for (from, to) in [(0, bytes.count), (1, bytes.count - 1), (5, 2_045), (3, 2_043), (0, 2_040), (0, 2_041), (9, 16), (4, 7)] {
                let expected = bytes[from..<to].filter { $0 & 0xC0 != 0x80 }.count
                #expect(bytes.withUnsafeBufferPointer { ByteScan.scalarCount($0, from: from, to: to) } == expected, "\(from)..<\(to)")
            }
        }
    }

    @Test("byte order: texts sharing their first 8 or 16 bytes, shorter ones and empty ones sort as their bytes do")
    func byteOrder() {
        var generator = Generator(state: 4)
        let stems = ["", "Understanding ", "Understanding chronic ", "Understanding chronic knee pain"]
        let texts = (0..<400).map { _ in stems[generator.next(stems.count)] + generator.text(generator.next(4), from: Self.alphabet) }
        let order = ByteOrder.positions(count: texts.count) { index, body in
            var text = texts[index]
            text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        let expected = texts.indices.sorted { left, right in
            Array(texts[left].utf8).lexicographicallyPrecedes(Array(texts[right].utf8))
        }
        #expect(order.map { texts[$0] } == expected.map { texts[$0] })
        #expect(Set(order) == Set(texts.indices))
    }

    @Test("columns on a valid page equal the columns counted scalar by scalar")
    func columns() {
        var generator = Generator(state: 2)
        for _ in 0..<300 {
            let line = generator.text(1 + generator.next(40), from: Self.alphabet.filter { $0 != "\r" && $0 != "\n" })
            let valid = SourceText(bytes: Array((line + "\nnext").utf8))
            // An invalid byte on another line makes the page take the scalar-by-scalar path.
            let invalid = SourceText(bytes: Array((line + "\nnext").utf8) + [0xFF])
            #expect(valid.encodingIssueCount == 0 && invalid.encodingIssueCount == 1)
            for offset in 0...valid.lines[0].end {
                #expect(valid.column(lineIndex: 0, offset: offset) == invalid.column(lineIndex: 0, offset: offset))
            }
        }
    }

    @Test("case-insensitive search finds what a byte-by-byte search finds")
    func findIgnoringCase() {
        func naive(_ needle: [UInt8], _ haystack: [UInt8]) -> Int? {
            guard haystack.count >= needle.count else { return nil }
            return (0...(haystack.count - needle.count)).first { start in
                needle.indices.allSatisfy { ByteScan.lower(haystack[start + $0]) == ByteScan.lower(needle[$0]) }
            }
        }
        var generator = Generator(state: 3)
        let needles = ["Ask Date", "[Read More]", "Dr.", "Reply Date", "k", "  ", "ZZ", "é", "date:"].map { Array($0.utf8) }
        for _ in 0..<2_000 {
            let haystack = Array(generator.text(generator.next(50), from: Self.alphabet + ["DATE", "Dr", "dR."]).utf8)
            let needle = needles[generator.next(needles.count)]
            let found = haystack.withUnsafeBufferPointer { ByteScan.findIgnoringCase(needle, in: $0, from: 0, to: $0.count) }
            #expect(found == naive(needle, haystack), "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self).debugDescription)")
        }
    }

    @Test("the last occurrence found from the end with memrchr is the one a byte-by-byte search from the end finds, in any range")
    func findLast() {
        func naive(_ needle: [UInt8], _ haystack: [UInt8], _ from: Int, _ to: Int) -> Int? {
            guard !needle.isEmpty else { return to }
            guard to - needle.count >= from else { return nil }
            return stride(from: to - needle.count, through: from, by: -1).first { start in
                needle.indices.allSatisfy { haystack[start + $0] == needle[$0] }
            }
        }
        var generator = Generator(state: 5)
        let needles = ["[Read More] ", " reply ", "(", ".", "ab", "  ", "é", "[[", ""].map { Array($0.utf8) }
        var found = 0
        for _ in 0..<3_000 {
            let haystack = Array(generator.text(generator.next(60), from: Self.alphabet + ["[Read More] ", " reply", "(", "[[", "a"]).utf8)
            let needle = needles[generator.next(needles.count)]
            let from = generator.next(haystack.count + 1)
            let to = from + generator.next(haystack.count - from + 1)
            let last = haystack.withUnsafeBufferPointer { ByteScan.findLast(needle, in: $0, from: from, to: to) }
            #expect(last == naive(needle, haystack, from, to), "\(String(decoding: needle, as: UTF8.self)) in \(from)..<\(to) of \(String(decoding: haystack, as: UTF8.self).debugDescription)")
            if last != nil && !needle.isEmpty { found += 1 }
        }
        #expect(found > 300)
    }

    @Test("age buckets read on bytes agree with the text check", arguments: [
        "20~29", "0~9", "00~09", "05~14", "70~79", "100~109", "20~29~", "~", "20~", "~29", "", "2029", "20~30",
        "9223372036854775800~9223372036854775809", "99999999999999999999~1", "２０~29", "20～29", "20~2９", "+20~29",
        "-0~9", " 20~29", "20 ~29", "20~029", "~\u{301}29",
    ])
    func decadeBuckets(_ value: String) {
        let bytes = Array(value.utf8)
        #expect(bytes.withUnsafeBufferPointer(FieldConstraint.isDecadeBucket) == FieldConstraint.isDecadeBucket(value))
    }

    @Test("the PII scanner's start test matches exactly @, capitals, digits, + and (")
    func piiStarts() {
        for byte in UInt8.min...UInt8.max {
            let expected = byte == 0x40 || (byte >= 0x41 && byte <= 0x5A) || ByteScan.isDigit(byte) || byte == 0x2B || byte == 0x28
            #expect(PIIDetector.mayStart(byte) == expected, "byte \(byte)")
        }
    }

    @Test("the PII scan's word mask marks every byte that may start a match, at every place in the word, whatever is around it")
    func piiStartMask() {
        let fillers: [UInt8] = [0x00, 0x20, 0x2A, 0x2F, 0x3A, 0x3F, 0x5B, 0x61, 0x7F, 0x80, 0xFF, 0x28, 0x2B, 0x30, 0x41]
        for byte in UInt8.min...UInt8.max {
            for position in 0..<8 {
                for filler in fillers {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = byte
                    let mask = PIIDetector.startMask(bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                    let marked = (mask >> UInt64(8 * position + 7)) & 1 == 1
                    if PIIDetector.mayStart(byte) { #expect(marked, "byte \(byte) at \(position) among \(filler)") }
                    // Printable ASCII that cannot start a match, among bytes that cannot either, is passed over.
                    if !PIIDetector.mayStart(byte) && byte >= 0x20 && byte < 0x7F && filler == 0x61 { #expect(mask == 0, "byte \(byte)") }
                }
            }
        }
    }

    @Test("UTF-8 order and equality with memcmp equal the UTF-8 views' order and equality")
    func utf8Order() {
        var generator = Generator(state: 4)
        let pieces = ["a", "b", "é", "膝", "🏃", "/", "A", "0", ""]
        for _ in 0..<2_000 {
            let left = generator.text(generator.next(6), from: pieces)
            let right = generator.next(4) == 0 ? left + generator.text(1, from: pieces) : generator.text(generator.next(6), from: pieces)
            #expect(left.utf8Precedes(right) == left.utf8.lexicographicallyPrecedes(right.utf8))
            #expect(right.utf8Precedes(left) == right.utf8.lexicographicallyPrecedes(left.utf8))
            #expect(left.utf8Equals(right) == left.utf8.elementsEqual(right.utf8))
            #expect(left.utf8Equals(left))
        }
        // Canonically equivalent but not the same bytes: equal as Strings, not as UTF-8.
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed && !composed.utf8Equals(decomposed))
    }

    @Test("digests with the ASCII fast path equal the byte-by-byte digest, window included")
    func digests() {
        var generator = Generator(state: 5)
        for round in 0..<3_000 {
            var bytes = Array(generator.text(generator.next(70), from: Self.alphabet).utf8)
            if round % 7 == 0, !bytes.isEmpty { bytes[generator.next(bytes.count)] = 0xFF }
            for length in [nil, 1, 5, 12, 30] as [Int?] {
                var fast = TextDigest.Builder(length: length)
                var reference = ReferenceDigest(length: length)
                // Two appends with a separator, as a part's lines are digested.
                let cut = generator.next(bytes.count + 1)
                bytes.withUnsafeBufferPointer { buffer in
                    fast.append(buffer, from: 0, to: cut)
                    fast.separator()
                    fast.append(buffer, from: cut, to: buffer.count)
                    reference.append(buffer, from: 0, to: cut)
                    reference.separator()
                    reference.append(buffer, from: cut, to: buffer.count)
                }
                #expect(fast.digest == reference.digest, "\(bytes) length \(String(describing: length))")
                #expect(fast.continuations == bytes.filter { $0 & 0xC0 == 0x80 }.count, "\(bytes)")
            }
        }
    }

    @Test("a digest hashes the folded text a word at a time: exact values, white space folded, the window's prefixes")
    func digestValues() {
        #expect(TextDigest("").hash == 0xB997_F5A1_B8D3_09B7 && TextDigest("").count == 0)
        #expect(TextDigest("Hello, world").hash == 0x12F6_CF96_1545_7148)
        let spaced = TextDigest("  Hello,\t\r\n world \u{3000}")
        #expect(spaced.hash == 0x12F6_CF96_1545_7148 && spaced.count == 12)
        let wide = TextDigest("膝\u{00A0} pain")
        #expect(wide.hash == 0x0A7B_06A2_57AC_C14D && wide.count == 6)
        var builder = TextDigest.Builder(length: nil)
        let page = Array("a\u{00A0}膝\u{3000}é ".utf8) + [0x80, 0x41]
        page.withUnsafeBufferPointer { builder.append($0, from: 0, to: $0.count) }
        #expect(builder.continuations == 1 + 2 + 2 + 1 + 1 && builder.digest.count == 8)
        let fox = TextDigest("The quick brown fox jumps over the lazy dog", length: 43)
        #expect(fox.hash == 0xF3C4_19CF_01B6_E138 && fox.count == 43)
        // Lengths 36 to 43; 40 ends in the folded space, so it has the hash of 39.
        #expect(fox.window == [0x9F26_D4E3_4757_B2BA, 0xDF78_5422_A51E_5462, 0xE232_F901_D396_BEC3, 0x5FA9_E0E2_C050_5A26,
                               0x5FA9_E0E2_C050_5A26, 0x8DE0_AC49_8DC1_5A90, 0x19AB_E531_147C_91E5, 0xF3C4_19CF_01B6_E138])
        #expect(fox.prefixHash(39, windowEnd: 43) == TextDigest("The quick brown fox jumps over the lazy").hash)
    }

    @Test("a field's value is made from the page when read; invalid bytes show as U+FFFD")
    func lazyValues() {
        let page = Array("T\nq\nName, 20~29 year old male. Ask Date: 2023/01/0".utf8) + [0xFF] + Array("\n".utf8)
        let document = DocumentParser(schema: BuiltinFiles.schema).parse(SourceText(bytes: page), path: "p.txt")
        let date = document.field("ask_date")
        #expect(date.map(document.value(of:)) == "2023/01/0\u{FFFD}")
        #expect(date.map { document.withUTF8(of: $0) { Array($0) } } == Array("2023/01/0\u{FFFD}".utf8))
        #expect(document.field("asker_name").map(document.value(of:)) == "Name")
        #expect(document.field("asker_name")?.isEmpty == false)
    }

    @Test("isASCII sees a high byte at every offset, across its eight-byte steps")
    func isASCII() {
        for length in 0..<40 {
            let clean = [UInt8](repeating: 0x7F, count: length)
            #expect(clean.withUnsafeBufferPointer(ByteScan.isASCII))
            for position in 0..<length {
                var bytes = clean
                bytes[position] = 0x80
                #expect(!bytes.withUnsafeBufferPointer(ByteScan.isASCII), "length \(length), at \(position)")
            }
        }
    }

    @Test("the validator finds one bad byte at every offset, across its 32- and 8-byte steps, and reads nothing past the end")
    func validatorSteps() {
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 63, 64, 65, 97] {
            let clean = [UInt8](repeating: 0x61, count: length)
            #expect(clean.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0) }.total == 0)
            for position in 0..<length {
                for (byte, problem) in [(UInt8(0x00), EncodingIssue.Problem.nulByte), (0xFF, .invalidByte), (0x80, .unexpectedContinuation)] {
                    var bytes = clean
                    bytes[position] = byte
                    let (issues, total) = bytes.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0) }
                    #expect(total == 1 && issues.first?.offset == position && issues.first?.length == 1 && issues.first?.problem == problem,
                            "length \(length), byte \(byte) at \(position)")
                }
            }
            // A valid multi-byte scalar at every offset is no issue.
            for position in 0..<max(0, length - 2) {
                var bytes = clean
                bytes.replaceSubrange(position..<(position + 3), with: Array("膝".utf8))
                #expect(bytes.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0) }.total == 0)
            }
        }
    }

    @Test("NUL bytes and invalid sequences are recorded together in offset order, the first 1,000, and all counted")
    func validatorLimits() {
        // Pairs "a", NUL, "b", FF, repeated: a NUL at 4k + 1 and an invalid byte at 4k + 3.
        var bytes: [UInt8] = []
        for _ in 0..<1_500 { bytes += [0x61, 0x00, 0x62, 0xFF] }
        bytes += Array(String(repeating: "x", count: 100).utf8) + [0xE4, 0x00] + Array("膝".utf8)
        let (issues, total) = bytes.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0) }
        #expect(total == 3_002)
        #expect(issues.count == UTF8Validator.recordLimit)
        let expected: [Int] = (0..<500).flatMap { (pair: Int) -> [Int] in [4 * pair + 1, 4 * pair + 3] }
        #expect(issues.map(\.offset) == expected)
        #expect(issues.prefix(2).map(\.problem) == [.nulByte, .invalidByte])
        // A truncated sequence stops at the NUL, which is reported after it.
        let tail = bytes.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 6_100) }
        #expect(tail.total == 2 && tail.issues.map(\.offset) == [6_100, 6_101] && tail.issues.map(\.problem) == [.truncated, .nulByte])
        // NULs alone, past the limit: the first 1,000 recorded, every one counted.
        let nuls = [UInt8](repeating: 0, count: 2_345)
        let (onlyNuls, nulTotal) = nuls.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 0) }
        #expect(nulTotal == 2_345 && onlyNuls.map(\.offset) == Array(0..<1_000))
        #expect(nuls.withUnsafeBufferPointer { UTF8Validator.issues(in: $0, from: 2_345) }.total == 0)
    }
}

/// The digest by its definition: the text folded one byte at a time, then the folded bytes
/// (and each prefix the window needs) hashed whole, word by word.
private struct ReferenceDigest {
    private var folded: [UInt8] = []
    private var count = 0
    private var pendingSpace = false
    private var window: [UInt64] = []
    private let first: Int
    private let last: Int

    init(length: Int?) {
        first = length.map { max(1, $0 - TextDigest.windowSize + 1) } ?? Int.max
        last = length ?? 0
    }

    var digest: TextDigest { TextDigest(hash: Self.hash(folded), count: count, window: window) }

    mutating func separator() { pendingSpace = count > 0 }

    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                pendingSpace = count > 0
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < end, buffer[index + 1] == 0xA0 {
                pendingSpace = count > 0
                index += 2
                continue
            }
            if byte == 0xE3, index + 2 < end, buffer[index + 1] == 0x80, buffer[index + 2] == 0x80 {
                pendingSpace = count > 0
                index += 3
                continue
            }
            if pendingSpace {
                if count + 1 >= first && count + 1 <= last { window.append(Self.hash(folded)) }
                mix(0x20)
                count += 1
                pendingSpace = false
            }
            mix(byte)
            index += 1
            while index < end, buffer[index] & 0xC0 == 0x80, byte >= 0xC0 {
                mix(buffer[index])
                index += 1
            }
            count += 1
            if count >= first && count <= last { window.append(Self.hash(folded)) }
        }
    }

    private mutating func mix(_ byte: UInt8) {
        folded.append(byte)
    }

    /// Words of eight bytes, the first byte lowest, each mixed in as the high and low halves of
    /// (hash xor word) times the multiplier, xored; then the last bytes' word and their number.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let product = (hash ^ word).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
            return product.high ^ product.low
        }
        func word(_ slice: ArraySlice<UInt8>) -> UInt64 {
            slice.enumerated().reduce(0) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var start = 0
        while start + 8 <= bytes.count {
            hash = mix(hash, word(bytes[start..<(start + 8)]))
            start += 8
        }
        return mix(mix(hash, word(bytes[start...])), UInt64(bytes.count - start) ^ 0x2D35_8DCC_AA6C_78A5)
    }
}
