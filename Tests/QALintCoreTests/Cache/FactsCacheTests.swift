import Foundation
import Testing
@testable import QALintCore

@Suite("Facts cache")
struct FactsCacheTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples").path

    private func sampleEntries() -> [FactsCache.Entry] {
        let linter = Linter(configuration: TestSupport.configuration)
        let files = FileCollector(configuration: TestSupport.configuration).collect([Self.samples]).files
        return files.map { path in
            let bytes = try! FileReader.read(path).get()
            return FactsCache.Entry(key: path, stamp: FileStamp(path)!, digest: FNV.hash(bytes),
                                    facts: linter.facts(of: SourceText(bytes: bytes), path: path)!)
        }
    }

    private func write(_ bytes: [UInt8]) -> String {
        let path = FileManagerShim.temporaryDirectory() + "/facts.bin"
        try! AtomicWriter.write(bytes, to: path)
        return path
    }

    @Test("facts survive a round trip through the cache file, byte for byte")
    func roundTrip() {
        let entries = sampleEntries()
        let bytes = FactsCache.encode(entries, configurationDigest: 42)
        let path = write(bytes)
        let (cache, status) = FactsCache.load(path, configurationDigest: 42)
        #expect(status == .loaded(entries.count))
        for entry in entries {
            #expect(cache.facts(key: entry.key, stamp: entry.stamp)?.facts == entry.facts)
            #expect(cache.facts(digest: entry.digest)?.digest == entry.digest)
        }
        #expect(FactsCache.encode(entries.reversed(), configurationDigest: 42) == bytes)
    }

    @Test("a damaged, truncated, foreign or other-configuration cache is discarded, never trusted")
    func discarded() {
        let bytes = FactsCache.encode(sampleEntries(), configurationDigest: 42)
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x01
        #expect(FactsCache.load(write(flipped), configurationDigest: 42).1 == .discarded("its checksum does not match (damaged or cut short)"))
        #expect(FactsCache.load(write(Array(bytes.prefix(100))), configurationDigest: 42).1 == .discarded("its checksum does not match (damaged or cut short)"))
        #expect(FactsCache.load(write(Array("hello".utf8)), configurationDigest: 42).1 == .discarded("it is not a qalint facts cache"))
        #expect(FactsCache.load(write(bytes), configurationDigest: 43).1 == .discarded("the configuration changed"))
        #expect(FactsCache.load("/nonexistent/facts.bin", configurationDigest: 42).1 == .missing)
    }

    @Test("holdsExactly: the same files with the same stamps and contents, and nothing more or less")
    func holdsExactly() {
        let entries = sampleEntries()
        var cache = FactsCache(configurationDigest: 42)
        for entry in entries { cache.insert(entry) }
        #expect(cache.holdsExactly(entries))
        #expect(cache.holdsExactly(entries.reversed()))
        #expect(!cache.holdsExactly(Array(entries.dropLast())))
        var changed = entries
        changed[0].digest &+= 1
        #expect(!cache.holdsExactly(changed))
        var touched = entries
        touched[0].stamp = FileStamp(size: touched[0].stamp.size + 1, modified: 0, inode: 0)
        #expect(!cache.holdsExactly(touched))
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
