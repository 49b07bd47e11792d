/// A cache of page facts, so a run against a large corpus does not re-parse unchanged pages.
///
/// Facts are keyed by the file's real path, with its size, modification time (ns) and inode
/// as a fast path and a 64-bit digest of its bytes (``WordHash``) behind it. The file (format 4, see
/// ``CacheFile``) is mapped and used in place: the entries (keys, stamps, digests), a hash
/// index of the keys, and the pages' ``FactsTable`` are sections read where they lie, each
/// checksummed. A cache from another version or configuration, or a damaged one, is discarded
/// and rebuilt, never trusted.
public struct FactsCache: Sendable {
    /// One cached page: which file, its stamp and its contents' digest. Its facts are the row of
    /// the same number in the cache's table.
    struct Entry: Sendable, Equatable {
        var key: String
        var stamp: FileStamp
        var digest: UInt64
    }

    /// What loading found.
    public enum Status: Sendable, Equatable {
        /// No cache file yet.
        case missing
        /// Loaded with this many pages.
        case loaded(Int)
        /// Discarded, for this reason; it is rebuilt.
        case discarded(String)
    }

    /// The cache format this qalint reads and writes (3: mapped sections, see ``CacheFile``;
    /// 4: text digests and contents' digests hashed a word at a time, see ``WordHash``).
    static let formatVersion: UInt8 = 4

    let configurationDigest: UInt64
    /// The digest of the directory walk that listed the cached pages (0: unknown).
    let walkDigest: UInt64
    /// The cached pages' facts, row `i` for entry `i`.
    private(set) var table: FactsTable
    /// The cached pages' keys and stamps.
    let entries: CacheEntries
    /// The corpus directory's listing when the cache was written.
    let snapshot: ListingSnapshot
    /// By contents' digest: a row (built by ``indexDigests()`` when pages must be read).
    private var byDigest: [UInt64: Int32] = [:]

    /// An empty cache for a configuration and its facts' layout.
    init(configurationDigest: UInt64, layout: FactsLayout) {
        self.configurationDigest = configurationDigest
        walkDigest = 0
        table = FactsTable(layout: layout)
        entries = CacheEntries()
        snapshot = ListingSnapshot()
    }

    private init(file: CacheFile.Reader, layout: FactsLayout) throws {
        configurationDigest = file.configurationDigest
        walkDigest = file.walkDigest
        entries = try CacheEntries(file)
        table = try FactsTable(pages: entries.count, from: file, first: CacheEntries.sectionCount, layout: layout)
        let snapshotSection = CacheEntries.sectionCount + FactsTable.sectionCount
        guard file.sections.count == snapshotSection + ListingSnapshot.sectionCount else { throw BinaryReader.Damaged() }
        snapshot = try ListingSnapshot(file, first: snapshotSection, rows: entries.count)
    }

    /// Loads `path` (checking its sections on `jobs` threads), or starts empty with the reason.
    static func load(_ path: String, configurationDigest: UInt64, layout: FactsLayout, jobs: Int = 2) -> (FactsCache, Status) {
        switch open(path, configurationDigest: configurationDigest) {
        case .success(let file): load(file, layout: layout, jobs: jobs)
        case .failure(let status): (FactsCache(configurationDigest: configurationDigest, layout: layout), status.status)
        }
    }

    /// Why a cache file is not opened.
    struct NotOpened: Error {
        let status: Status
    }

    /// The header of the cache file at `path`, checked, or why it is not used (its sections are
    /// checked by ``load(_:layout:jobs:)``).
    static func open(_ path: String, configurationDigest: UInt64) -> Result<CacheFile.Reader, NotOpened> {
        guard let mapped = MappedFile(path) else { return .failure(NotOpened(status: .missing)) }
        do {
            let file = try CacheFile.Reader(mapped, version: formatVersion)
            guard file.configurationDigest == configurationDigest else { return .failure(NotOpened(status: .discarded("the configuration changed"))) }
            return .success(file)
        } catch {
            return .failure(NotOpened(status: .discarded(error.reason)))
        }
    }

    /// The cache in `file`, its sections checked on `jobs` threads, or empty with the reason.
    static func load(_ file: CacheFile.Reader, layout: FactsLayout, jobs: Int) -> (FactsCache, Status) {
        let empty = FactsCache(configurationDigest: file.configurationDigest, layout: layout)
        guard file.verify(jobs: jobs) else { return (empty, .discarded("its checksum does not match (damaged or cut short)")) }
        do {
            let cache = try FactsCache(file: file, layout: layout)
            return (cache, .loaded(cache.entries.count))
        } catch is FactsTable.LayoutChanged {
            return (empty, .discarded("the configuration changed"))
        } catch {
            return (empty, .discarded("it is damaged"))
        }
    }

    /// Whether writing `entries` would store what this cache already holds: the same files,
    /// each with the same stamp and contents (then a run need not rewrite the file).
    func holdsExactly(_ entries: [Entry]) -> Bool {
        entries.count == self.entries.count && entries.allSatisfy { entry in
            guard let row = self.entries.row(key: entry.key) else { return false }
            return self.entries.stamp(row) == entry.stamp && self.entries.digest(row) == entry.digest
        }
    }

    /// Hands over the cached facts, leaving the cache only its entries (so the table can grow
    /// without being copied).
    mutating func takeTable() -> FactsTable {
        let taken = table
        table = FactsTable(layout: taken.layout)
        return taken
    }

    /// Indexes the entries by contents, for ``row(digest:)``.
    mutating func indexDigests() {
        guard byDigest.isEmpty else { return }
        byDigest.reserveCapacity(entries.count)
        for row in 0..<entries.count { byDigest[entries.digest(row)] = Int32(row) }
    }

    /// The table row of the file at canonical `key` when its stamp is unchanged.
    func row(key: String, stamp: FileStamp) -> Int? {
        guard let row = entries.row(key: key), entries.stamp(row) == stamp else { return nil }
        return row
    }

    /// The table row of any file with these contents (after ``indexDigests()``).
    func row(digest: UInt64) -> Int? {
        byDigest[digest].map(Int.init)
    }

    /// The cache file for `entries` whose facts are rows `rows` of `table`, in the given order
    /// (a corpus's walk order, so equal inputs give equal bytes and a warm run reads pages in order).
    static func encode(
        _ entries: [Entry], rows: [Int], of table: FactsTable, configurationDigest: UInt64, walkDigest: UInt64 = 0, listing: DirectoryListing? = nil
    ) -> [UInt8] {
        var writer = CacheFile.Writer(sections: sectionCount)
        encode(entries, rows: rows, of: table, listing: listing, into: &writer)
        return writer.file(version: formatVersion, configurationDigest: configurationDigest, walkDigest: walkDigest)
    }

    /// Writes the cache file ``encode(_:rows:of:configurationDigest:walkDigest:listing:)`` makes
    /// to `path`, atomically, streaming its sections: neither the file nor a copy of the facts
    /// is held in memory.
    static func write(
        _ entries: [Entry], rows: [Int], of table: FactsTable, configurationDigest: UInt64, walkDigest: UInt64 = 0,
        listing: DirectoryListing? = nil, to path: String, bufferSize: Int = 1 << 20
    ) throws(InputProblem) {
        try AtomicWriter.write(to: path) { descriptor in
            var writer = CacheFile.Writer(sections: sectionCount, descriptor: descriptor, bufferSize: bufferSize)
            encode(entries, rows: rows, of: table, listing: listing, into: &writer)
            return writer.finish(version: formatVersion, configurationDigest: configurationDigest, walkDigest: walkDigest)
        }
    }

    /// Sections a cache file has.
    private static let sectionCount = CacheEntries.sectionCount + FactsTable.sectionCount + ListingSnapshot.sectionCount

    private static func encode(_ entries: [Entry], rows: [Int], of table: FactsTable, listing: DirectoryListing?, into writer: inout CacheFile.Writer) {
        precondition(entries.count == rows.count, "one row an entry")
        CacheEntries.encode(entries, into: &writer)
        table.encode(rows: rows, into: &writer)
        ListingSnapshot.encode(entries, listing: listing, into: &writer)
    }

    /// The cache file of `entries` whose facts are the rows of `facts`, in that order.
    static func file(
        _ entries: [Entry], facts: FactsTable, configurationDigest: UInt64, walkDigest: UInt64 = 0, listing: DirectoryListing? = nil
    ) -> [UInt8] {
        var writer = CacheFile.Writer(sections: sectionCount)
        CacheEntries.encode(entries, into: &writer)
        facts.encode(into: &writer)
        ListingSnapshot.encode(entries, listing: listing, into: &writer)
        return writer.file(version: formatVersion, configurationDigest: configurationDigest, walkDigest: walkDigest)
    }

    /// The cache file of everything this cache holds.
    func encoded() -> [UInt8] {
        Self.encode(entries.all(), rows: Array(0..<entries.count), of: table, configurationDigest: configurationDigest, walkDigest: walkDigest)
    }
}
