#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A corpus directory found exactly as a cache lists it: every page the walk would take is a
/// cached page with the same size, modification time (ns) and inode, and no cached page is
/// gone. Then a run uses the cache's rows as they are, without a string or a path a page.
///
/// The check takes a ``DirectoryListing`` of the corpus, looks its names up in the cache's key
/// index on their bytes and `fstatat`s them relative to their directory, on several threads.
/// A name the cache does not know is a new page unless the configuration does not select it
/// or it is a target; any difference makes the check fail, and the run takes the ordinary path.
struct WarmCorpus: Sendable {
    /// The cache rows of the corpus's pages in the cache's order (the walk's), targets left out.
    let rows: [Int32]

    /// What a walk's page list depends on besides the files: the real root and the
    /// configuration's include and exclude globs.
    static func walkDigest(realRoot: String, configuration: Configuration) -> UInt64 {
        let text = ([realRoot] + configuration.include.map(\.pattern) + ["\u{0}"] + configuration.exclude.map(\.pattern)).joined(separator: "\u{0}")
        return FNV.hash(text) | 1
    }

    /// The warm corpus `listing` shows, or nil when it differs from `entries` in any way; pages
    /// whose real paths are in `targets` are left out.
    static func check(
        _ listing: DirectoryListing, entries: CacheEntries, snapshot: ListingSnapshot = ListingSnapshot(), targets: Set<String>,
        configuration: Configuration, jobs: Int
    ) -> WarmCorpus? {
        guard listing.complete else { return nil }
        // The same names in the same order as when the cache was written: rows and stamps are read in order.
        let inOrder = snapshot.matches(listing)
        let targetRows = Set(targets.compactMap { entries.row(key: $0) })
        let seeds = listing.prefixes.map { prefix in prefix.withUnsafeBytes { FNV.pathHash($0) } }
        let files = listing.files
        let parts = max(1, min(jobs, files.count / 1024 + 1))
        // Per part: the rows found, the files the cache does not know, and whether every stamp held.
        let found = ParallelMap.map(count: parts, jobs: parts) { part -> (rows: [Int32], unknown: [Int], unchanged: Bool) in
            var rows: [Int32] = [], unknown: [Int] = []
            var info = stat()
            let range = (files.count * part / parts)..<(files.count * (part + 1) / parts)
            rows.reserveCapacity(range.count)
            let unchanged = listing.names.withUnsafeBytes { names in
                for index in range {
                    let file = files[index], directory = Int(file.directory)
                    let name = UnsafeRawBufferPointer(rebasing: names[Int(file.name)..<Int(file.name + file.length)])
                    let known = inOrder ? snapshot.file(index) : nil
                    let row = known.map { $0.row < 0 ? nil : Int($0.row) }
                        ?? listing.prefixes[directory].withUnsafeBytes { entries.row(directory: $0, seed: seeds[directory], name: name) }
                    guard let row else {
                        unknown.append(index)
                        continue
                    }
                    rows.append(Int32(row))
                    if targetRows.contains(row) { continue }
                    let path = name.baseAddress!.assumingMemoryBound(to: CChar.self)
                    guard fstatat(listing.descriptors[directory], path, &info, 0) == 0 else { return false }
                    let stamp = known?.stamp ?? entries.storedStamp(row)
                    let modified = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
                    guard stamp.size == Int64(info.st_size), stamp.modified == modified, stamp.inode == Int64(info.st_ino) else { return false }
                }
                return true
            }
            return (rows, unknown, unchanged)
        }
        var matched = [Bool](repeating: false, count: entries.count)
        var seen = 0
        for part in found {
            guard part.unchanged else { return nil }
            for row in part.rows {
                guard !matched[Int(row)] else { return nil }
                matched[Int(row)] = true
                seen += 1
            }
            // A file the cache does not know: a target, a file the configuration does not select, or a new page.
            for index in part.unknown {
                let file = files[index], directory = Int(file.directory)
                let name = listing.name(file)
                let key = String(decoding: listing.prefixes[directory], as: UTF8.self) + name
                guard targets.contains(key) || !configuration.selects(listing.relatives[directory] + name) else { return nil }
            }
        }
        guard seen == entries.count else { return nil }
        return WarmCorpus(rows: (0..<Int32(entries.count)).filter { !targetRows.contains(Int($0)) })
    }
}
