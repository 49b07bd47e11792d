/// Byte-level detectors for personal data in page text: Taiwanese phone numbers, e-mail
/// addresses and national ID numbers (with their checksum).
enum PIIDetector {
    /// What was found.
    enum Kind: String, CaseIterable, Sendable {
        case phone
        case email
        case nationalID = "national_id"

        /// Name in messages.
        var label: String {
            switch self {
            case .phone: "Phone number"
            case .email: "E-mail address"
            case .nationalID: "National ID number"
            }
        }
    }

    /// A match: its kind and byte span.
    struct Match: Sendable {
        let kind: Kind
        let start: Int
        let end: Int
    }

    @inline(__always) static func isAlnum(_ byte: UInt8) -> Bool {
        ByteScan.isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }

    /// Whether `byte` can start a match: `@` (e-mail), a capital (ID), a digit, `+` or `(`
    /// (phone). Two 64-bit masks over ASCII, so the bytes of ordinary text are passed over cheaply.
    @inline(__always) static func mayStart(_ byte: UInt8) -> Bool {
        let low: UInt64 = (1 << 0x28) | (1 << 0x2B) | (0x3FF << 0x30)
        let high: UInt64 = 0x7FF_FFFF
        return byte < 64 ? (low >> UInt64(byte)) & 1 != 0 : byte < 128 && (high >> UInt64(byte &- 64)) & 1 != 0
    }

    /// The bytes of an eight-byte word that may start a match (``mayStart(_:)``), as the top
    /// bit of each byte (a byte that is not ASCII is marked too, and passed over one at a
    /// time); a few may be marked that cannot start one. Ranges are tested with the top bit
    /// set (no borrow crosses a byte), `+` and `(` as zero bytes.
    @inline(__always) static func startMask(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let set = word | high
        let digits = (set &- 0x3030_3030_3030_3030) & ~(set &- 0x3A3A_3A3A_3A3A_3A3A)
        let capitals = (set &- 0x4040_4040_4040_4040) & ~(set &- 0x5B5B_5B5B_5B5B_5B5B)  // `@` and A–Z
        let plus = word ^ 0x2B2B_2B2B_2B2B_2B2B
        let paren = word ^ 0x2828_2828_2828_2828
        let equal = ((plus &- ones) & ~plus) | ((paren &- ones) & ~paren)
        return (digits | capitals | equal | word) & high
    }

    /// Which detectors run, decided once rather than by a set lookup for every line.
    struct Detectors: Sendable {
        let email: Bool
        let nationalID: Bool
        let phone: Bool

        init(_ kinds: [Kind]) {
            email = kinds.contains(.email)
            nationalID = kinds.contains(.nationalID)
            phone = kinds.contains(.phone)
        }
    }

    /// Every match of the `detectors` in `buffer[start..<end]`, left to right, not overlapping.
    static func matches(in buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int, detectors: Detectors) -> [Match] {
        var result: [Match] = []
        let findEmail = detectors.email, findID = detectors.nationalID, findPhone = detectors.phone
        var index = start
        let base = buffer.baseAddress
        while index < end {
            // Eight bytes at a time up to the next byte that may start a match.
            if index &+ 8 <= end, let base {
                let mask = startMask(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)))
                if mask == 0 {
                    index &+= 8
                    continue
                }
                index &+= mask.trailingZeroBitCount &>> 3
            }
            let byte = buffer[index]
            if !mayStart(byte) {
                index += 1
                continue
            }
            let boundary = index == start || !isAlnum(buffer[index - 1])
            if findEmail, byte == 0x40, let match = email(buffer, at: index, start: start, end: end) {
                while let last = result.last, last.end > match.start { result.removeLast() }
                result.append(match)
                index = match.end
                continue
            }
            if boundary, findID, let match = nationalID(buffer, at: index, end: end) {
                result.append(match)
                index = match.end
                continue
            }
            if boundary, findPhone, ByteScan.isDigit(byte) || byte == 0x2B || byte == 0x28,
               let match = phone(buffer, at: index, end: end) {
                result.append(match)
                index = match.end
                continue
            }
            index += 1
        }
        return result
    }

    private static func phone(_ buffer: UnsafeBufferPointer<UInt8>, at begin: Int, end: Int) -> Match? {
        var digits: [UInt8] = []
        var index = begin
        var lastDigit = begin
        var previousWasSeparator = false
        while index < end, digits.count <= 12 {
            let byte = buffer[index]
            if ByteScan.isDigit(byte) {
                digits.append(byte)
                lastDigit = index
                previousWasSeparator = false
            } else if byte == 0x2B, index == begin {
                previousWasSeparator = false
            } else if byte == 0x20 || byte == 0x2D || byte == 0x28 || byte == 0x29 {
                if previousWasSeparator && byte != 0x28 && buffer[index - 1] != 0x29 { break }
                previousWasSeparator = true
            } else {
                break
            }
            index += 1
        }
        let stop = lastDigit + 1
        guard stop < end ? !isAlnum(buffer[stop]) : true else { return nil }
        if buffer[begin] == 0x2B || (digits.starts(with: Array("886".utf8)) && digits.count == 12) {
            guard digits.starts(with: Array("886".utf8)) else { return nil }
            digits = [0x30] + digits.dropFirst(3)
        }
        guard digits.count >= 9, digits.count <= 10, digits[0] == 0x30 else { return nil }
        let second = digits[1]
        let isMobile = second == 0x39 && digits.count == 10
        let isTollFree = (digits.starts(with: Array("0800".utf8)) || digits.starts(with: Array("0809".utf8))) && digits.count == 10
        let isLandline = second >= 0x32 && second <= 0x38 && !digits.starts(with: Array("080".utf8))
        guard isMobile || isTollFree || isLandline else { return nil }
        return Match(kind: .phone, start: begin, end: stop)
    }

    private static func email(_ buffer: UnsafeBufferPointer<UInt8>, at: Int, start: Int, end: Int) -> Match? {
        func isLocal(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D }
        func isDomain(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 0x2E || byte == 0x2D }
        var low = at
        while low > start, isLocal(buffer[low - 1]) { low -= 1 }
        var high = at + 1
        while high < end, isDomain(buffer[high]) { high += 1 }
        while high > at + 1, buffer[high - 1] == 0x2E || buffer[high - 1] == 0x2D { high -= 1 }
        guard low < at, high > at + 1 else { return nil }
        guard let dot = ByteScan.findLast([0x2E], in: buffer, from: at + 1, to: high), dot > at + 1 else { return nil }
        let tld = (dot + 1)..<high
        guard tld.count >= 2, tld.allSatisfy({ !ByteScan.isDigit(buffer[$0]) && isAlnum(buffer[$0]) }) else { return nil }
        return Match(kind: .email, start: low, end: high)
    }

    /// Letter codes of the national ID checksum (A=10 … Z=33, in the ID's own order).
    private static let letterCodes: [Int] = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33]

    private static func nationalID(_ buffer: UnsafeBufferPointer<UInt8>, at begin: Int, end: Int) -> Match? {
        guard begin + 10 <= end else { return nil }
        let letter = buffer[begin]
        guard letter >= 0x41, letter <= 0x5A else { return nil }
        if begin + 10 < end, isAlnum(buffer[begin + 10]) { return nil }
        let code = letterCodes[Int(letter - 0x41)]
        let second = buffer[begin + 1]
        let secondValue: Int
        switch second {
        case 0x31, 0x32, 0x38, 0x39: secondValue = Int(second - 0x30)
        case 0x41...0x44: secondValue = letterCodes[Int(second - 0x41)] % 10
        default: return nil
        }
        var sum = code / 10 + (code % 10) * 9 + secondValue * 8
        let weights = [7, 6, 5, 4, 3, 2, 1, 1]
        for offset in 0..<8 {
            let byte = buffer[begin + 2 + offset]
            guard ByteScan.isDigit(byte) else { return nil }
            sum += Int(byte - 0x30) * weights[offset]
        }
        return sum % 10 == 0 ? Match(kind: .nationalID, start: begin, end: begin + 10) : nil
    }

    /// `text` with its first two characters kept and every later letter and digit replaced by `*`.
    static func mask(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.enumerated().map { index, scalar -> Unicode.Scalar in
            guard index >= 2, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return scalar }
            return "*"
        }))
    }
}
