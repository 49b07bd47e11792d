import Foundation
import Testing
@testable import QALintCore

@Suite("Facts cache")
struct FactsCacheTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

    /// The Samples' pages as cache entries, with their facts as rows of one table.
    static func samplePages() -> (entries: [FactsCache.Entry], facts: FactsTable) {
        let linter = Linter(configuration: TestSupport.configuration)
        let files = FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files
        var table = FactsTable(layout: linter.factsCollector!.layout)
        let entries = files.map { path in
            let bytes = try! FileReader.read(path).get()
            table.append(contentsOf: linter.facts(of: SourceText(bytes: bytes), path: path))
            return FactsCache.Entry(key: path, stamp: FileStamp(path)!, digest: FNV.hash(bytes))
        }
        return (entries, table)
    }

    private func encode(_ pages: (entries: [FactsCache.Entry], facts: FactsTable), digest: UInt64 = 42) -> [UInt8] {
        FactsCache.encode(pages.entries, rows: Array(pages.entries.indices), of: pages.facts, configurationDigest: digest)
    }

    /// Row `row` of `table` alone, encoded: equal bytes mean equal facts.
    private func encoded(row: Int, in table: FactsTable) -> [UInt8] {
        var one = FactsTable(layout: table.layout)
        var remap = FactsTable.Remap(for: table.strings)
        one.append(row: row, of: table, remap: &remap)
        var writer = CacheFile.Writer(sections: FactsTable.sectionCount)
        one.encode(into: &writer)
        return writer.file(version: FactsCache.formatVersion, configurationDigest: 0, walkDigest: 0)
    }

    private func write(_ bytes: [UInt8]) -> String {
        let path = FileManagerShim.temporaryDirectory() + "/facts.bin"
        try! AtomicWriter.write(bytes, to: path)
        return path
    }

    @Test("facts survive a round trip through the cache file, byte for byte")
    func roundTrip() {
        let pages = Self.samplePages()
        #expect(pages.facts.count == pages.entries.count && pages.entries.count > 30)
        let bytes = encode(pages)
        let (cache, status) = FactsCache.load(write(bytes), configurationDigest: 42, layout: pages.facts.layout)
        #expect(status == .loaded(pages.entries.count))
        for (row, entry) in pages.entries.enumerated() {
            let cached = cache.row(key: entry.key, stamp: entry.stamp)
            #expect(cached != nil)
            if let cached { #expect(encoded(row: cached, in: cache.table) == encoded(row: row, in: pages.facts), "\(entry.key)") }
            #expect(cache.entries.digest(cached ?? 0) == entry.digest)
        }
        #expect(cache.encoded() == bytes)
    }

    @Test("the section checksum changes when any one bit flips, and with the length")
    func sectionChecksum() {
        let bytes = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let reference = bytes.withUnsafeBytes { FNV.sectionChecksum($0) }
        for position in bytes.indices {
            for bit in 0..<8 {
                var flipped = bytes
                flipped[position] ^= UInt8(1 << bit)
                #expect(flipped.withUnsafeBytes { FNV.sectionChecksum($0) } != reference, "byte \(position) bit \(bit)")
            }
        }
        #expect((bytes + [0]).withUnsafeBytes { FNV.sectionChecksum($0) } != reference)
        #expect(bytes.dropLast().withUnsafeBytes { FNV.sectionChecksum($0) } != reference)
    }

    @Test("a damaged, truncated, foreign or other-configuration cache is discarded, never trusted")
    func discarded() {
        let pages = Self.samplePages()
        let layout = pages.facts.layout
        let bytes = encode(pages)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        #expect(FactsCache.load(write(flipped), configurationDigest: 42, layout: layout).1 == .discarded("its checksum does not match (damaged or cut short)"))
        #expect(FactsCache.load(write(Array(bytes.prefix(100))), configurationDigest: 42, layout: layout).1 == .discarded("its checksum does not match (damaged or cut short)"))
        #expect(FactsCache.load(write(Array("hello".utf8)), configurationDigest: 42, layout: layout).1 == .discarded("it is not a qalint facts cache"))
        #expect(FactsCache.load(write(bytes), configurationDigest: 43, layout: layout).1 == .discarded("the configuration changed"))
        let otherLayout = FactsLayout(textParts: layout.textParts, lineParts: [], excerptFields: layout.excerptFields, linkLines: layout.linkLines)
        #expect(FactsCache.load(write(bytes), configurationDigest: 42, layout: otherLayout).1 == .discarded("the configuration changed"))
        #expect(FactsCache.load("/nonexistent/facts.bin", configurationDigest: 42, layout: layout).1 == .missing)
        // Format 3 hashed digests byte by byte: its digests would never match this version's.
        var older = bytes
        older[CacheFile.magic.count] = 3
        #expect(FactsCache.formatVersion == 4 && bytes[CacheFile.magic.count] == 4)
        #expect(FactsCache.load(write(older), configurationDigest: 42, layout: layout).1 == .discarded("it was written by another qalint version"))
    }

    @Test("contents' digests hash eight bytes at a time, as text digests do: exact values at every tail length")
    func contentDigests() {
        #expect(WordHash.hash([UInt8]()) == 0xB997_F5A1_B8D3_09B7)
        #expect(WordHash.hash(Array("Hello, world".utf8)) == 0x12F6_CF96_1545_7148)
        #expect(WordHash.hash(Array("Hello, world".utf8)) == TextDigest("Hello, world").hash)
        let fox = Array("The quick brown fox jumps over the lazy dog".utf8)
        #expect(WordHash.hash(fox) == 0xF3C4_19CF_01B6_E138)
        #expect(WordHash.hash(Array(fox.prefix(39))) == 0x5FA9_E0E2_C050_5A26)
        // Every length from 0 to 16 hashes as a text that folds to itself.
        for length in 0...16 {
            let text = String(decoding: fox.prefix(length), as: UTF8.self)
            #expect(WordHash.hash(Array(fox.prefix(length))) == TextDigest(text).hash || text.hasSuffix(" "), "\(length)")
        }
    }

    @Test("a cache whose checksum holds but whose columns do not add up is discarded")
    func inconsistentColumns() {
        let pages = Self.samplePages()
        func load(_ change: (inout FactsTable) -> Void) -> FactsCache.Status {
            var facts = pages.facts
            change(&facts)
            return FactsCache.load(write(FactsCache.file(pages.entries, facts: facts, configurationDigest: 42)), configurationDigest: 42,
                                   layout: facts.layout).1
        }
        #expect(load { _ in } == .loaded(pages.entries.count))
        #expect(load { $0.pairs[0] = Int32($0.strings.count) } == .discarded("it is damaged"))
        #expect(load { $0.linkTitles[0].text = -1 } == .discarded("it is damaged"))
        #expect(load { $0.linkEnds[0] = $0.linkEnds[1] + 1 } == .discarded("it is damaged"))
        #expect(load { $0.lines[0] = FieldSet(start: Int32($0.pairs.count), count: 1) } == .discarded("it is damaged"))
        #expect(load { $0.texts[0].windowCount = 9 } == .discarded("it is damaged"))
        #expect(load { $0.windows.removeLast() } == .discarded("it is damaged"))
    }

    @Test("holdsExactly: the same files with the same stamps and contents, and nothing more or less")
    func holdsExactly() {
        let pages = Self.samplePages()
        let cache = FactsCache.load(write(encode(pages)), configurationDigest: 42, layout: pages.facts.layout).0
        let entries = pages.entries
        #expect(cache.holdsExactly(entries))
        #expect(cache.holdsExactly(entries.reversed()))
        #expect(!cache.holdsExactly(Array(entries.dropLast())))
        var changed = entries
        changed[0].digest &+= 1
        #expect(!cache.holdsExactly(changed))
        var touched = entries
        touched[0].stamp = FileStamp(size: touched[0].stamp.size + 1, modified: 0, inode: 0)
        #expect(!cache.holdsExactly(touched))
        #expect(cache.encoded() == encode(pages))
    }

    @Test("a corpus run leaves an unchanged cache file alone and rewrites it once a page changes")
    func notRewrittenWhenUnchanged() throws {
        let directory = FileManagerShim.temporaryDirectory()
        let corpus = directory + "/content"
        try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
        let clean = Self.samples + "/clean"
        let names = ["eczema.txt", "migraine.txt", "morning-headache.txt"]
        for name in names { try AtomicWriter.write(FileReader.read(clean + "/" + name).get(), to: corpus + "/" + name) }
        let cachePath = directory + "/facts.bin"
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        func run() -> LintReport {
            linter.lint(paths: [corpus + "/eczema.txt"], stdin: nil, corpus: corpus, cache: cachePath, context: context, jobs: 2)
        }
        _ = run()
        let first = try #require(FileStamp(cachePath))
        #expect(run().cachedPages == 2)
        #expect(FileStamp(cachePath) == first)  // same inode: the atomic writer would have replaced it
        try AtomicWriter.write(Array("Changed title\n".utf8) + FileReader.read(corpus + "/migraine.txt").get(), to: corpus + "/migraine.txt")
        #expect(run().cachedPages == 1)
        #expect(FileStamp(cachePath) != first)
    }
}

@Suite("Canonical paths")
struct CanonicalPathTests {
    @Test("resolving per directory gives realpath's answer, through linked directories and linked files")
    func resolverAgreesWithRealpath() throws {
        let root = FileManagerShim.temporaryDirectory()
        let files = FileManager.default
        try files.createDirectory(atPath: root + "/real/sub", withIntermediateDirectories: true)
        try AtomicWriter.write(Array("a\n".utf8), to: root + "/real/sub/a.txt")
        try AtomicWriter.write(Array("b\n".utf8), to: root + "/real/b.txt")
        try files.createSymbolicLink(atPath: root + "/linked", withDestinationPath: root + "/real")
        try files.createSymbolicLink(atPath: root + "/real/sub/link.txt", withDestinationPath: root + "/real/b.txt")
        var resolver = CanonicalPath.Resolver()
        let paths = [root + "/real/sub/a.txt", root + "/linked/sub/a.txt", root + "/real/sub/link.txt", root + "/linked/sub/link.txt",
                     root + "/real/sub/../b.txt", root + "/missing/c.txt", "relative-missing.txt"]
        for path in paths {
            #expect(resolver.of(path) == CanonicalPath.of(path), "\(path)")
        }
        #expect(resolver.of(root + "/linked/sub/link.txt") == CanonicalPath.of(root + "/real/b.txt"))
    }
}
