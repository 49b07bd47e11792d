/// The paths of a corpus's pages, as given: a list, then (for a warm cache) the cache's pages,
/// whose paths are made only when asked for, so a site-sized corpus costs no string a page.
public struct CorpusPaths: RandomAccessCollection, Sendable {
    private let listed: [String]
    private let entries: CacheEntries
    private let rows: [Int32]
    /// The corpus root as given, ending with `/`.
    private let root: String
    /// Bytes of a key before its path under the root (the real root and its `/`).
    private let realPrefix: Int

    /// The paths `listed`.
    public init(_ listed: [String]) {
        self.init(listed, entries: CacheEntries(), rows: [], root: "", realRoot: "")
    }

    /// The paths `listed`, then those of cache rows `rows` under `root` (real path `realRoot`).
    init(_ listed: [String], entries: CacheEntries, rows: [Int32], root: String, realRoot: String) {
        self.listed = listed
        self.entries = entries
        self.rows = rows
        self.root = root.hasSuffix("/") ? root : root + "/"
        realPrefix = (realRoot.hasSuffix("/") ? realRoot : realRoot + "/").utf8.count
    }

    /// The first index.
    public var startIndex: Int { 0 }
    /// One past the last index.
    public var endIndex: Int { listed.count + rows.count }

    /// Page `index`'s path.
    public subscript(index: Int) -> String {
        if index < listed.count { return listed[index] }
        let key = entries.key(Int(rows[index - listed.count]))
        return root + String(decoding: key.utf8.dropFirst(realPrefix), as: UTF8.self)
    }
}
