/// `partialFingerprints.primaryLocationLineHash` values that survive unrelated edits.
///
/// GitHub code scanning matches an alert across commits by this value: if it changed whenever
/// a line was added above the finding, every such edit would close the alert and open a new
/// one. So it hashes what the finding *is*, not where: the rule, the file, and the offending
/// line with whitespace collapsed, then appends `:n`, the finding's occurrence among the
/// findings of the same key in that file (1-based, in position order), so two identical
/// lines with the same problem still get distinct fingerprints.
///
/// The hash is FNV-1a (64-bit), written as 16 hex digits: small, deterministic across runs,
/// processes and platforms, unlike Swift's per-process seeded `Hasher`.
enum SARIFFingerprint {
    /// One fingerprint per diagnostic, in the order given (the report's sorted order).
    static func lineHashes(_ diagnostics: [Diagnostic]) -> [String] {
        var occurrences: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let key = self.key(diagnostic)
            let occurrence = occurrences[key, default: 0] + 1
            occurrences[key] = occurrence
            return hex(fnv1a64(key)) + ":" + String(occurrence)
        }
    }

    /// What a fingerprint hashes: rule, repository-relative file and whitespace-normalised
    /// excerpt, separated by NUL.
    static func key(_ diagnostic: Diagnostic) -> String {
        diagnostic.rule + "\u{0}" + RepositoryPath.normalise(diagnostic.file) + "\u{0}" + collapsingWhitespace(diagnostic.excerpt ?? "")
    }

    /// `text`'s words (split at white space, as `Character.isWhitespace` has it) joined by
    /// single spaces. An ASCII text, the usual excerpt, is done on its bytes: ASCII white space
    /// is tab, line feed, vertical tab, form feed, carriage return and space.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        let ascii: String? = text.withUTF8 { bytes in
            guard ByteScan.isASCII(bytes) else { return nil }
            var words: [UInt8] = []
            words.reserveCapacity(bytes.count)
            var space = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = !words.isEmpty
                    continue
                }
                if space { words.append(0x20) }
                space = false
                words.append(byte)
            }
            return String(decoding: words, as: UTF8.self)
        }
        return ascii ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `value` as 16 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
