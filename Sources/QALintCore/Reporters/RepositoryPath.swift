/// A file path as CI systems want it: relative to the repository root, without `./`.
///
/// Paths reach reporters as given on the command line (`./content/a.txt`, `content/a.txt`);
/// GitHub matches annotations and SARIF results to files by their path from the repository
/// root, so the leading `./` must go.
enum RepositoryPath {
    /// `path` without leading `./` segments (`./a/./b.txt` → `a/./b.txt`).
    static func normalise(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") {
            path = path.dropFirst(2).drop { $0 == "/" }
        }
        return String(path)
    }

    /// `path` as a SARIF `artifactLocation.uri`: a relative URI reference with every byte
    /// outside RFC 3986's unreserved characters and `/` percent-encoded (spaces, `%`, `#`, `?`,
    /// `:` and non-ASCII letters among them); an absolute path becomes a `file://` URI.
    static func uri(_ path: String) -> String {
        let path = normalise(path)
        let encoded = path.utf8.map { byte in
            isUnreserved(byte) || byte == UInt8(ascii: "/")
                ? String(UnicodeScalar(byte)) : "%" + hexDigits(byte)
        }.joined()
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
