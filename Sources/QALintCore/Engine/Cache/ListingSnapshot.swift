#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The corpus directory's listing as it was when a cache was written: its directories, its
/// file names in the order the file system gave them, and per file its cache row and stamp.
///
/// When a warm run lists the same names in the same order, file `i` of the listing is file `i`
/// here, so its row and stamp are read in order rather than looked up by name: a site's check
/// then reads the cache's memory front to back. Any difference, even in order, and the names
/// are looked up in the key index instead.
struct ListingSnapshot: Sendable {
    /// Sections the snapshot takes in a cache file.
    static let sectionCount = 3

    /// A listed file: its directory, its cache row (-1 for a file that was not a cached page)
    /// and the stamp of that row.
    struct File: BitwiseCopyable, Sendable {
        var directory: Int32
        var row: Int32
        var stamp: CacheEntries.Stamp
    }

    /// The directories' key prefixes, each followed by a NUL.
    private var prefixes = Column<UInt8>()
    /// The files' names, each followed by a NUL (as ``DirectoryListing/names``).
    private var names = Column<UInt8>()
    private var files = Column<File>()

    /// No snapshot (every warm run looks names up).
    init() {}

    /// The snapshot in sections `first...` of `file`, for a cache of `rows` pages.
    init(_ file: CacheFile.Reader, first: Int, rows: Int) throws {
        prefixes = try file.column(first)
        names = try file.column(first + 1)
        files = try file.column(first + 2)
        guard files.allValues({ $0.row >= -1 && Int($0.row) < rows && $0.directory >= 0 }) else { throw BinaryReader.Damaged() }
    }

    /// File `index`.
    func file(_ index: Int) -> File { files[index] }

    /// Whether `listing` lists exactly the directories and names this snapshot holds, in order.
    func matches(_ listing: DirectoryListing) -> Bool {
        guard listing.complete, !files.isEmpty, files.count == listing.files.count, names.count == listing.names.count else { return false }
        let listed = listing.prefixes.flatMap { prefix -> [UInt8] in prefix + [0] }
        guard listed.count == prefixes.count, prefixes.withBytes(0..<prefixes.count, { $0.elementsEqual(listed) }) else { return false }
        let sameNames = names.withBytes(0..<names.count) { stored in
            listing.names.withUnsafeBytes { memcmp(stored.baseAddress!, $0.baseAddress!, stored.count) == 0 }
        }
        guard sameNames else { return false }
        var index = 0
        return files.allValues { file in
            defer { index += 1 }
            return file.directory == listing.files[index].directory
        }
    }

    /// Appends the sections of the snapshot of `listing` for a cache of `entries` (empty
    /// sections without a complete listing).
    static func encode(_ entries: [FactsCache.Entry], listing: DirectoryListing?, into writer: inout CacheFile.Writer) {
        guard let listing, listing.complete else {
            for _ in 0..<sectionCount { writer.section { _ in } }
            return
        }
        var rows: [String: Int32] = [:]
        rows.reserveCapacity(entries.count)
        for (row, entry) in entries.enumerated() { rows[entry.key] = Int32(row) }
        let prefixes = listing.prefixes.map { String(decoding: $0, as: UTF8.self) }
        let files = listing.files.map { file -> File in
            let row = rows[prefixes[Int(file.directory)] + listing.name(file)] ?? -1
            let stamp = row < 0 ? CacheEntries.Stamp(size: 0, modified: 0, inode: 0, digest: 0) : CacheEntries.Stamp(entries[Int(row)])
            return File(directory: file.directory, row: row, stamp: stamp)
        }
        writer.column(Column(listing.prefixes.flatMap { prefix -> [UInt8] in prefix + [0] }))
        writer.column(Column(listing.names))
        writer.column(Column(files))
    }
}
