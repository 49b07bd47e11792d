/// A cache of page facts, so a run against a large corpus does not re-parse unchanged pages.
///
/// Facts are keyed by the file's content (a 64-bit FNV-1a digest of its bytes); a file whose
/// size, modification time (ns) and inode are unchanged is not even read again. The file
/// starts with a format version and a digest of everything in the configuration that shapes
/// facts, holds one entry per page and the pages' ``FactsTable`` as columns, and ends with a
/// checksum: a cache from another version or configuration, or a damaged one, is discarded and
/// rebuilt, never trusted.
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

    static let magic: [UInt8] = Array("QALINTFACTS".utf8)
    static let formatVersion = 2

    let configurationDigest: UInt64
    /// The cached pages' facts, row `i` for entry `i`.
    private(set) var table: FactsTable
    private(set) var entries: [Entry] = []
    private var byKey: [String: Int32] = [:]
    private var byDigest: [UInt64: Int32] = [:]

    /// An empty cache for a configuration and its facts' layout.
    init(configurationDigest: UInt64, layout: FactsLayout) {
        self.configurationDigest = configurationDigest
        table = FactsTable(layout: layout)
    }

    /// Loads `path`, or starts empty with the reason.
    static func load(_ path: String, configurationDigest: UInt64, layout: FactsLayout) -> (FactsCache, Status) {
        let empty = FactsCache(configurationDigest: configurationDigest, layout: layout)
        guard case .success(let bytes) = FileReader.read(path) else { return (empty, .missing) }
        do {
            var cache = try decode(bytes, configurationDigest: configurationDigest, layout: layout)
            cache.index()
            return (cache, .loaded(cache.entries.count))
        } catch let error as Discarded {
            return (empty, .discarded(error.reason))
        } catch is FactsTable.LayoutChanged {
            return (empty, .discarded("the configuration changed"))
        } catch {
            return (empty, .discarded("it is damaged"))
        }
    }

    /// Whether writing `entries` would store what this cache already holds: the same files,
    /// each with the same stamp and contents (then a run need not rewrite the file).
    func holdsExactly(_ entries: [Entry]) -> Bool {
        entries.count == byKey.count && entries.allSatisfy { entry in
            guard let row = byKey[entry.key] else { return false }
            return self.entries[Int(row)] == entry
        }
    }

    /// Hands over the cached facts, leaving the cache only its entries (so the table can grow
    /// without being copied).
    mutating func takeTable() -> FactsTable {
        let taken = table
        table = FactsTable(layout: taken.layout)
        return taken
    }

    /// Adds a page whose facts are page `row` of `facts`.
    mutating func insert(_ entry: Entry, row: Int, of facts: FactsTable) {
        var remap = FactsTable.Remap(for: facts)
        table.append(row: row, of: facts, remap: &remap)
        entries.append(entry)
        byKey[entry.key] = Int32(entries.count - 1)
        byDigest[entry.digest] = Int32(entries.count - 1)
    }

    private mutating func index() {
        byKey.reserveCapacity(entries.count)
        byDigest.reserveCapacity(entries.count)
        for (row, entry) in entries.enumerated() {
            byKey[entry.key] = Int32(row)
            byDigest[entry.digest] = Int32(row)
        }
    }

    /// The table row of the file at canonical `key` when its stamp is unchanged.
    func row(key: String, stamp: FileStamp) -> Int? {
        guard let row = byKey[key], entries[Int(row)].stamp == stamp else { return nil }
        return Int(row)
    }

    /// The table row of any file with these contents.
    func row(digest: UInt64) -> Int? {
        byDigest[digest].map(Int.init)
    }

    struct Discarded: Error {
        let reason: String
    }

    private static func decode(_ bytes: [UInt8], configurationDigest: UInt64, layout: FactsLayout) throws -> FactsCache {
        guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else { throw Discarded(reason: "it is not a qalint facts cache") }
        let bodyCount = bytes.count - 8
        var tail = BinaryReader(bytes, offset: bodyCount)
        let checksum = bytes.withUnsafeBytes { FNV.checksum(UnsafeRawBufferPointer(rebasing: $0[..<bodyCount])) }
        guard try tail.word() == checksum else { throw Discarded(reason: "its checksum does not match (damaged or cut short)") }
        var reader = BinaryReader(bytes, offset: magic.count)
        guard try reader.varint() == formatVersion else { throw Discarded(reason: "it was written by another qalint version") }
        guard try reader.word() == configurationDigest else { throw Discarded(reason: "the configuration changed") }
        var entries: [Entry] = []
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.string()
            let stamp = FileStamp(size: try reader.varint(), modified: try reader.varint(), inode: try reader.varint())
            entries.append(Entry(key: key, stamp: stamp, digest: try reader.word()))
        }
        var cache = FactsCache(configurationDigest: configurationDigest, layout: layout)
        cache.table = try FactsTable(pages: count, from: &reader, layout: layout)
        cache.entries = entries
        guard reader.offset == bodyCount else { throw Discarded(reason: "it has trailing bytes") }
        return cache
    }

    /// The cache file for `entries` whose facts are rows `rows` of `table`, sorted by key so
    /// equal inputs give equal bytes.
    static func encode(_ entries: [Entry], rows: [Int], of table: FactsTable, configurationDigest: UInt64) -> [UInt8] {
        precondition(entries.count == rows.count, "one row an entry")
        let order = entries.indices.sorted { entries[$0].key.utf8.lexicographicallyPrecedes(entries[$1].key.utf8) }
        var sorted = FactsTable(layout: table.layout)
        var remap = FactsTable.Remap(for: table)
        for index in order { sorted.append(row: rows[index], of: table, remap: &remap) }
        return file(order.map { entries[$0] }, facts: sorted, configurationDigest: configurationDigest)
    }

    /// The cache file of `entries` whose facts are the rows of `facts`, in that order.
    static func file(_ entries: [Entry], facts: FactsTable, configurationDigest: UInt64) -> [UInt8] {
        var writer = BinaryWriter()
        writer.raw(magic)
        writer.varint(formatVersion)
        writer.word(configurationDigest)
        writer.varint(entries.count)
        for entry in entries {
            writer.string(entry.key)
            writer.varint(entry.stamp.size)
            writer.varint(entry.stamp.modified)
            writer.varint(entry.stamp.inode)
            writer.word(entry.digest)
        }
        facts.encode(into: &writer)
        var bytes = writer.bytes
        var checksum = BinaryWriter()
        checksum.word(bytes.withUnsafeBytes { FNV.checksum($0) })
        bytes += checksum.bytes
        return bytes
    }

    /// The cache file of everything this cache holds.
    func encoded() -> [UInt8] {
        Self.encode(entries, rows: Array(entries.indices), of: table, configurationDigest: configurationDigest)
    }
}
