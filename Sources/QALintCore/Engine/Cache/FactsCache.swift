/// A cache of page facts, so a run against a large corpus does not re-parse unchanged pages.
///
/// Facts are keyed by the file's content (a 64-bit FNV-1a digest of its bytes); a file whose
/// size, modification time (ns) and inode are unchanged is not even read again. The file
/// starts with a format version and a digest of everything in the configuration that shapes
/// facts, and ends with a checksum: a cache from another version or configuration, or a
/// damaged one, is discarded and rebuilt, never trusted.
public struct FactsCache: Sendable {
    /// One cached page.
    struct Entry: Sendable {
        var key: String
        var stamp: FileStamp
        var digest: UInt64
        var facts: PageFacts
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
    static let formatVersion = 1

    let configurationDigest: UInt64
    private var byKey: [String: Entry] = [:]
    private var byDigest: [UInt64: Entry] = [:]

    /// An empty cache for a configuration.
    init(configurationDigest: UInt64) {
        self.configurationDigest = configurationDigest
    }

    /// Loads `path`, or starts empty with the reason.
    static func load(_ path: String, configurationDigest: UInt64) -> (FactsCache, Status) {
        var cache = FactsCache(configurationDigest: configurationDigest)
        guard case .success(let bytes) = FileReader.read(path) else { return (cache, .missing) }
        do {
            let entries = try decode(bytes, configurationDigest: configurationDigest)
            for entry in entries { cache.insert(entry) }
            return (cache, .loaded(entries.count))
        } catch let error as Discarded {
            return (FactsCache(configurationDigest: configurationDigest), .discarded(error.reason))
        } catch {
            return (FactsCache(configurationDigest: configurationDigest), .discarded("it is damaged"))
        }
    }

    /// Whether writing `entries` would store what this cache already holds: the same files,
    /// each with the same stamp and contents (then a run need not rewrite the file).
    func holdsExactly(_ entries: [Entry]) -> Bool {
        entries.count == byKey.count && entries.allSatisfy { entry in
            guard let known = byKey[entry.key] else { return false }
            return known.stamp == entry.stamp && known.digest == entry.digest
        }
    }

    mutating func insert(_ entry: Entry) {
        byKey[entry.key] = entry
        byDigest[entry.digest] = entry
    }

    /// Facts of the file at canonical `key` when its stamp is unchanged.
    func facts(key: String, stamp: FileStamp) -> Entry? {
        guard let entry = byKey[key], entry.stamp == stamp else { return nil }
        return entry
    }

    /// Facts of any file with these contents.
    func facts(digest: UInt64) -> Entry? {
        byDigest[digest]
    }

    struct Discarded: Error {
        let reason: String
    }

    private static func decode(_ bytes: [UInt8], configurationDigest: UInt64) throws -> [Entry] {
        guard bytes.count >= magic.count + 8, Array(bytes.prefix(magic.count)) == magic else { throw Discarded(reason: "it is not a qalint facts cache") }
        let body = Array(bytes[..<(bytes.count - 8)])
        var tail = BinaryReader(bytes, offset: bytes.count - 8)
        guard try tail.word() == FNV.hash(body) else { throw Discarded(reason: "its checksum does not match (damaged or cut short)") }
        var reader = BinaryReader(body, offset: magic.count)
        guard try reader.varint() == formatVersion else { throw Discarded(reason: "it was written by another qalint version") }
        guard try reader.word() == configurationDigest else { throw Discarded(reason: "the configuration changed") }
        var entries: [Entry] = []
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            let stamp = FileStamp(size: try reader.varint(), modified: try reader.varint(), inode: try reader.varint())
            let digest = try reader.word()
            entries.append(Entry(key: key, stamp: stamp, digest: digest, facts: try PageFacts(path: key, from: &reader)))
        }
        guard reader.offset == body.count else { throw Discarded(reason: "it has trailing bytes") }
        return entries
    }

    /// The cache file for `entries`, sorted by key so equal inputs give equal bytes.
    static func encode(_ entries: [Entry], configurationDigest: UInt64) -> [UInt8] {
        var writer = BinaryWriter()
        writer.raw(magic)
        writer.varint(formatVersion)
        writer.word(configurationDigest)
        let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        writer.varint(sorted.count)
        for entry in sorted {
            writer.string(entry.key)
            writer.varint(entry.stamp.size)
            writer.varint(entry.stamp.modified)
            writer.varint(entry.stamp.inode)
            writer.word(entry.digest)
            entry.facts.encode(into: &writer)
        }
        var bytes = writer.bytes
        var checksum = BinaryWriter()
        checksum.word(FNV.hash(bytes))
        bytes += checksum.bytes
        return bytes
    }
}
