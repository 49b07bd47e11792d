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
            // Occurrences are counted by the key as text (keys Swift finds equal count together).
            let text = String(decoding: key, as: UTF8.self)
            let occurrence = occurrences[text, default: 0] + 1
            occurrences[text] = occurrence
            return hex(FNV.hash(key)) + ":" + String(occurrence)
        }
    }

    /// What a fingerprint hashes, as UTF-8: rule, repository-relative file and
    /// whitespace-normalised excerpt, separated by NUL.
    static func key(_ diagnostic: Diagnostic) -> [UInt8] {
        let excerpt = diagnostic.excerpt ?? ""
        let collapsed = collapsedBytes(excerpt) ?? Array(collapsingByCharacter(excerpt).utf8)
        var key: [UInt8] = []
        key.reserveCapacity(diagnostic.rule.utf8.count + diagnostic.file.utf8.count + collapsed.count + 2)
        key.append(contentsOf: diagnostic.rule.utf8)
        key.append(0)
        key.append(contentsOf: RepositoryPath.normalise(diagnostic.file).utf8)
        key.append(0)
        key.append(contentsOf: collapsed)
        return key
    }

    /// `text`'s words (split at white space, as `Character.isWhitespace` has it) joined by
    /// single spaces.
    static func collapsingWhitespace(_ text: String) -> String {
        collapsedBytes(text).map { String(decoding: $0, as: UTF8.self) } ?? collapsingByCharacter(text)
    }

    /// ``collapsingWhitespace(_:)`` as UTF-8, done on the bytes; nil when it must be done by
    /// `Character`.
    ///
    /// The bytes do when every character of the text is one Unicode scalar and the only white
    /// space is ASCII: then splitting characters is splitting bytes. That holds when each scalar
    /// outside ASCII is a ``plainScalar(_:)`` (accented Latin letters, curly quotes, full-width
    /// punctuation, CJK ideographs and kana: the usual page). ASCII white space is tab, line
    /// feed, vertical tab, form feed, carriage return and space; no byte of a scalar outside
    /// ASCII is one of them. Any other text (a combining mark, which joins the space before it
    /// into one character; a space that is not ASCII; an emoji with a skin tone) is left to
    /// `Character`.
    private static func collapsedBytes(_ text: String) -> [UInt8]? {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || plainScalar($0.value) }) else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                count = 0
                var space = false
                for byte in bytes {
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        space = count > 0
                        continue
                    }
                    if space {
                        out[count] = 0x20
                        count += 1
                        space = false
                    }
                    out[count] = byte
                    count += 1
                }
            }
        }
    }

    /// `text`'s words joined by single spaces, split by `Character`.
    private static func collapsingByCharacter(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether the scalar `value` (not ASCII) is never white space and never joins a
    /// neighbouring scalar into one character: no combining mark, joiner, prepended sign or
    /// spacing mark stands in these ranges (Unicode's grapheme cluster rules), and their only
    /// white space, U+0085 and U+00A0, is left out.
    static func plainScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x0085, 0x00A0: false
        case 0x0080...0x02FF: true    // Latin-1 Supplement to the spacing modifier letters
        case 0x2010...0x2027: true    // dashes, quotation marks, bullets, ellipsis
        case 0x3001...0x3029: true    // CJK punctuation (U+3000 is white space; U+302A–U+302F combine)
        case 0x3041...0x3096: true    // hiragana
        case 0x30A0...0x30FF: true    // katakana
        case 0x4E00...0x9FFF: true    // CJK unified ideographs
        case 0xFF01...0xFF9D: true    // full-width forms (U+FF9E and U+FF9F combine)
        default: false
        }
    }

    /// `value` as 16 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
