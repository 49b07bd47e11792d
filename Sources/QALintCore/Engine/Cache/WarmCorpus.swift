#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if os(Linux)
/// glibc's `getdents64` (2.30 and later), which the Glibc module does not export.
@_silgen_name("getdents64")
private func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int
#else
/// Elsewhere the check is not made (a run takes the ordinary path).
private func getdents64(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { -1 }
#endif

/// A corpus directory found exactly as a cache lists it: every page the walk would take is a
/// cached page with the same size, modification time (ns) and inode, and no cached page is
/// gone. Then a run uses the cache's rows as they are, without a string or a path a page.
///
/// The check reads each directory with large `getdents64` calls, looks names up in the
/// cache's key index on their bytes, and `fstatat`s them relative to the directory on several
/// threads. Anything it does not handle the way ``FileCollector`` does (a symbolic link, an
/// entry of unknown type, an unreadable directory, a new page) makes it give up, and the run
/// takes the ordinary path.
struct WarmCorpus: Sendable {
    /// The cache rows of the corpus's pages in the cache's order (the walk's), targets left out.
    let rows: [Int32]

    /// What a walk's page list depends on besides the files: the real root and the
    /// configuration's include and exclude globs.
    static func walkDigest(realRoot: String, configuration: Configuration) -> UInt64 {
        let text = ([realRoot] + configuration.include.map(\.pattern) + ["\u{0}"] + configuration.exclude.map(\.pattern)).joined(separator: "\u{0}")
        return FNV.hash(text) | 1
    }

    /// A page found in the walk: its directory, its name's offset in the names buffer, its cache row.
    private struct Found {
        var directory: Int32
        var name: Int32
        var row: Int32
    }

    /// The warm corpus under `root` (real path `realRoot`), or nil when the walk differs from
    /// `entries` in any way; pages whose real paths are in `targets` are left out.
    static func check(root: String, realRoot: String, entries: CacheEntries, targets: Set<String>, configuration: Configuration, jobs: Int) -> WarmCorpus? {
        let targetRows = Set(targets.compactMap { entries.row(key: $0) })
        var directories: [Int32] = []
        defer { for descriptor in directories { close(descriptor) } }
        var found: [Found] = []
        found.reserveCapacity(entries.count)
        var names: [UInt8] = []
        var matched = [Bool](repeating: false, count: entries.count)
        var seen = 0
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 8)
        defer { buffer.deallocate() }
        let first = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard first >= 0 else { return nil }
        directories.append(first)
        var pending: [(index: Int32, relative: String)] = [(0, "")]
        while let (index, relative) = pending.popLast() {
            let descriptor = directories[Int(index)]
            var prefix = Array((realRoot.hasSuffix("/") ? realRoot : realRoot + "/").utf8) + Array(relative.utf8)
            let seed = prefix.withUnsafeBytes { FNV.pathHash($0) }
            while true {
                let read = getdents64(descriptor, buffer, 1 << 20)
                guard read >= 0 else { return nil }
                if read == 0 { break }
                var offset = 0
                while offset < read {
                    let record = buffer + offset
                    offset += Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                    let type = record.load(fromByteOffset: 18, as: UInt8.self)
                    let name = UnsafeRawPointer(record + 19)
                    let length = strlen(name.assumingMemoryBound(to: CChar.self))
                    let bytes = UnsafeRawBufferPointer(start: name, count: length)
                    guard bytes.first != UInt8(ascii: ".") else { continue }
                    if type == UInt8(DT_DIR) {
                        let child = openat(descriptor, name.assumingMemoryBound(to: CChar.self), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
                        guard child >= 0 else { return nil }
                        directories.append(child)
                        pending.append((Int32(directories.count - 1), relative + String(decoding: bytes, as: UTF8.self) + "/"))
                        continue
                    }
                    guard type == UInt8(DT_REG) else { return nil }
                    let row = prefix.withUnsafeBytes { entries.row(directory: $0, seed: seed, name: bytes) }
                    guard let row else {
                        let path = relative + String(decoding: bytes, as: UTF8.self)
                        let key = String(decoding: prefix, as: UTF8.self) + String(decoding: bytes, as: UTF8.self)
                        if targets.contains(key) || !configuration.selects(path) { continue }
                        return nil
                    }
                    guard !matched[row] else { return nil }
                    matched[row] = true
                    seen += 1
                    guard !targetRows.contains(row) else { continue }
                    found.append(Found(directory: index, name: Int32(names.count), row: Int32(row)))
                    names.append(contentsOf: bytes)
                    names.append(0)
                }
            }
            prefix.removeAll()
        }
        guard seen == entries.count, unchanged(found, names: names, directories: directories, entries: entries, jobs: jobs) else { return nil }
        return WarmCorpus(rows: (0..<Int32(entries.count)).filter { !targetRows.contains(Int($0)) })
    }

    /// Whether every found page's stamp is the cached one (`fstatat` on `jobs` threads).
    private static func unchanged(_ found: [Found], names: [UInt8], directories: [Int32], entries: CacheEntries, jobs: Int) -> Bool {
        let parts = max(1, min(jobs, found.count / 1024 + 1))
        return ParallelMap.map(count: parts, jobs: parts) { part in
            names.withUnsafeBufferPointer { names in
                let start = found.count * part / parts, end = found.count * (part + 1) / parts
                var info = stat()
                for page in found[start..<end] {
                    let name = UnsafeRawPointer(names.baseAddress! + Int(page.name)).assumingMemoryBound(to: CChar.self)
                    guard fstatat(directories[Int(page.directory)], name, &info, 0) == 0 else { return false }
                    let stamp = entries.storedStamp(Int(page.row))
                    let modified = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
                    guard stamp.size == Int64(info.st_size), stamp.modified == modified, stamp.inode == Int64(info.st_ino) else { return false }
                }
                return true
            }
        }.allSatisfy { $0 }
    }
}
