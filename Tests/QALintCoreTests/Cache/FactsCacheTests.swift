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
}
