#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cache's pages: their keys (real paths), stamps and digests, and a hash index of the keys,
/// all read in place from the cache file.
struct CacheEntries: Sendable {
    /// Sections the entries take in a cache file.
    static let sectionCount = 4

    /// A page's stamp and digest as the file stores them.
    struct Stamp: BitwiseCopyable, Sendable {
        var size: Int64
        var modified: Int64
        var inode: Int64
        var digest: UInt64
    }

    /// The keys' bytes, one after another.
    private var keyBytes = Column<UInt8>()
    /// Where key `i` ends in ``keyBytes``.
    private var keyEnds = Column<Int32>()
    private var stamps = Column<Stamp>()
    /// Open-addressed slots holding `row + 1` (0 for empty), by ``FNV/pathHash(_:seed:)``.
    private var slots = Column<Int32>()

    /// No entries.
    init() {}

    /// The entries in the first sections of `file`; throws when they do not add up.
    init(_ file: CacheFile.Reader) throws {
        keyBytes = try file.column(0)
        keyEnds = try file.column(1)
        stamps = try file.column(2)
        slots = try file.column(3)
        var previous: Int32 = 0
        let ordered = keyEnds.allValues { end in
            defer { previous = end }
            return end >= previous
        }
        let size = slots.count, total = keyEnds.count
        guard ordered, Int(previous) == keyBytes.count, stamps.count == total, size >= 64, size & (size - 1) == 0, total * 2 <= size,
              slots.allValues({ $0 >= 0 && Int($0) <= total }) else { throw BinaryReader.Damaged() }
    }

    /// The number of pages.
    var count: Int { keyEnds.count }

    /// Row `row`'s key.
    func key(_ row: Int) -> String {
        keyBytes.withBytes(range(row)) { String(decoding: $0, as: UTF8.self) }
    }

    /// Row `row`'s stamp.
    func stamp(_ row: Int) -> FileStamp {
        let stamp = stamps[row]
        return FileStamp(size: Int(stamp.size), modified: Int(stamp.modified), inode: Int(stamp.inode))
    }

    /// Row `row`'s digest.
    func digest(_ row: Int) -> UInt64 { stamps[row].digest }

    /// Row `row`'s stamp as stored.
    func storedStamp(_ row: Int) -> Stamp { stamps[row] }

    /// Every entry, as written.
    func all() -> [FactsCache.Entry] {
        (0..<count).map { FactsCache.Entry(key: key($0), stamp: stamp($0), digest: digest($0)) }
    }

    /// The row of `key`, if cached.
    func row(key: String) -> Int? {
        var text = key
        return text.withUTF8 { bytes in
            let slash = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
            let directory = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[..<slash])
            let name = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[slash...])
            return row(directory: directory, seed: FNV.pathHash(directory), name: name)
        }
    }

    /// The row of the key `directory` + `name`, if cached; `seed` is `FNV.pathHash(directory)`.
    func row(directory: UnsafeRawBufferPointer, seed: UInt64, name: UnsafeRawBufferPointer) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: FNV.pathHash(name, seed: seed)) & mask
        while true {
            let stored = Int(slots[slot])
            guard stored != 0 else { return nil }
            let row = stored - 1
            let matches = keyBytes.withBytes(range(row)) { key in
                key.count == directory.count + name.count
                    && (name.isEmpty || memcmp(key.baseAddress! + directory.count, name.baseAddress!, name.count) == 0)
                    && (directory.isEmpty || memcmp(key.baseAddress!, directory.baseAddress!, directory.count) == 0)
            }
            if matches { return row }
            slot = (slot + 1) & mask
        }
    }

    private func range(_ row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(keyEnds[row - 1]))..<Int(keyEnds[row])
    }

    /// Appends the sections of `entries`: keys, key ends, stamps, the key index.
    static func encode(_ entries: [FactsCache.Entry], into writer: inout CacheFile.Writer) {
        var bytes: [UInt8] = [], ends: [Int32] = [], stamps: [Stamp] = []
        var size = 64
        while size < entries.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (row, entry) in entries.enumerated() {
            bytes += entry.key.utf8
            ends.append(Int32(bytes.count))
            stamps.append(Stamp(entry))
            var key = entry.key
            let hash = key.withUTF8 { key in
                let slash = key.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
                let raw = UnsafeRawBufferPointer(key)
                return FNV.pathHash(UnsafeRawBufferPointer(rebasing: raw[slash...]), seed: FNV.pathHash(UnsafeRawBufferPointer(rebasing: raw[..<slash])))
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(row + 1)
        }
        writer.column(Column(bytes))
        writer.column(Column(ends))
        writer.column(Column(stamps))
        writer.column(Column(slots))
    }
}

extension CacheEntries.Stamp {
    /// The stored form of `entry`'s stamp and digest.
    init(_ entry: FactsCache.Entry) {
        self.init(size: Int64(entry.stamp.size), modified: Int64(entry.stamp.modified), inode: Int64(entry.stamp.inode), digest: entry.digest)
    }
}
