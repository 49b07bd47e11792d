/// A check on one field's value, declared in a rule's options:
/// `gender: { one_of: [male, female] }`, `topic: { required: true }`, `age: { decade_bucket: true }`,
/// `name: { pattern: '^[A-Z]' }`, `title: { max_length: 120 }`.
///
/// A class, immutable once read: a rule checks a constraint on every line it targets, and
/// copying a value with three references out of the rule's list retained and released each.
final class FieldConstraint: Sendable {
    let required: Bool
    let oneOf: [String]?
    /// The UTF-8 of each of `oneOf`, for accepting values on their bytes.
    private let oneOfBytes: [[UInt8]]?
    let pattern: Pattern?
    let decadeBucket: Bool
    let maxLength: Int?

    /// Reads the constraint of field `name`.
    init(_ node: ConfigNode, errors: inout [ConfigError]) {
        var reader = OptionsReader(node, what: "a field constraint")
        required = reader.bool("required") ?? false
        oneOf = reader.strings("one_of")
        oneOfBytes = oneOf?.map { Array($0.utf8) }
        decadeBucket = reader.bool("decade_bucket") ?? false
        maxLength = reader.int("max_length", range: 1...1_000_000)
        var pattern: Pattern?
        if let text = reader.string("pattern") {
            do {
                pattern = try Pattern(text)
            } catch {
                reader.fail("pattern", "invalid pattern at character \(error.column): \(error.message)")
            }
        }
        self.pattern = pattern
        errors += reader.finish()
    }

    /// What is wrong with `field`'s value on `document`, or nil.
    ///
    /// Most values are fine: they are accepted on the page's bytes, and only a value that may
    /// be wrong is made into text and judged by ``problem(with:)``.
    func problem(with field: Field, in document: Document) -> String? {
        if field.isEmpty { return required ? "is empty" : nil }
        let accepted = document.withUTF8(of: field) { bytes in
            if let oneOfBytes, !oneOfBytes.contains(where: { $0.withUnsafeBufferPointer { ByteScan.equal($0, bytes) } }) { return false }
            if decadeBucket, !Self.isDecadeBucket(bytes) { return false }
            if let maxLength, ByteScan.scalarCount(bytes, from: 0, to: bytes.count) > maxLength { return false }
            if let pattern, pattern.matcher().firstMatch(in: bytes, from: 0, to: bytes.count) == .none { return false }
            return true
        }
        if accepted { return nil }
        return problem(with: document.value(of: field))
    }

    /// What is wrong with `value`, or nil.
    func problem(with value: String) -> String? {
        if value.isEmpty { return required ? "is empty" : nil }
        if let oneOf, !oneOf.contains(value) {
            return "'\(value)' is not one of: \(oneOf.joined(separator: ", "))\(Suggestion.hint(for: value, in: oneOf))"
        }
        if decadeBucket, !Self.isDecadeBucket(value) {
            return "'\(value)' is not an age bucket such as 20~29"
        }
        if let maxLength, value.unicodeScalars.count > maxLength {
            return "has \(value.unicodeScalars.count) characters, more than \(maxLength)"
        }
        if let pattern {
            let bytes = Array(value.utf8)
            let result = bytes.withUnsafeBufferPointer { pattern.matcher().firstMatch(in: $0, from: 0, to: $0.count) }
            if result == .none { return "'\(value)' does not match \(pattern.source)" }
        }
        return nil
    }

    /// `N~M` where N is a multiple of ten and M = N + 9.
    static func isDecadeBucket(_ value: String) -> Bool {
        let parts = value.split(separator: "~", omittingEmptySubsequences: false)
        guard parts.count == 2, let low = Int(parts[0]), let high = Int(parts[1]),
              parts.allSatisfy({ $0.utf8.allSatisfy(ByteScan.isDigit) }),
              parts[0] == String(low), low % 10 == 0, low <= Int.max - 9, high == low + 9 else { return false }
        return true
    }

    /// ``isDecadeBucket(_:)`` on UTF-8 bytes: one `~` between two runs of ASCII digits, the first
    /// without a leading zero.
    static func isDecadeBucket(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let tilde = bytes.firstIndex(of: 0x7E) else { return false }
        let first = UnsafeBufferPointer(rebasing: bytes[..<tilde])
        let second = UnsafeBufferPointer(rebasing: bytes[(tilde + 1)...])
        guard let low = number(first), let high = number(second), first.count == 1 || first[0] != 0x30 else { return false }
        return low % 10 == 0 && low <= Int.max - 9 && high == low + 9
    }

    /// The value of a non-empty run of ASCII digits, or nil (also when it does not fit an `Int`).
    private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard ByteScan.isDigit(byte) else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflowTimes && !overflowSum else { return nil }
            value = sum
        }
        return value
    }
}
