import Foundation
import Testing
@testable import QALintCore

@Suite("Facts cache, streamed")
struct CacheStreamingTests {
    private func samplePages() -> (entries: [FactsCache.Entry], facts: FactsTable) {
        FactsCacheTests.samplePages()
    }

    /// The rows reordered and thinned: every third row left out, the rest from the end.
    private func shuffledRows(_ count: Int) -> [Int] {
        (0..<count).reversed().filter { $0 % 3 != 1 }
    }

    @Test("a checksum taken in pieces of any sizes is the checksum of the whole")
    func checksumInPieces() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        let whole = bytes.withUnsafeBytes { FNV.sectionChecksum($0) }
        // The value format 4 has always had (the one-pass checksum of earlier builds gave it).
        #expect(whole == 0xDA44_7F82_AA38_8D3B)
        for pieceSize in [1, 3, 63, 64, 65, 200, 999] {
            var checksum = SectionChecksum()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + pieceSize)
                bytes[start..<end].withUnsafeBytes { checksum.update($0) }
                start = end
            }
            #expect(checksum.finish() == whole, "pieces of \(pieceSize)")
        }
        #expect(SectionChecksum().finish() == [UInt8]().withUnsafeBytes { FNV.sectionChecksum($0) })
    }

    @Test("rows written in another order, some left out, give the bytes of a table copied in that order")
    func orderedRowsMatchACopy() {
        let pages = samplePages()
        let rows = shuffledRows(pages.entries.count)
        let entries = rows.map { pages.entries[$0] }
        var copy = FactsTable(layout: pages.facts.layout)
        var remap = FactsTable.Remap(for: pages.facts.strings)
        for row in rows { copy.append(row: row, of: pages.facts, remap: &remap) }
        let expected = FactsCache.file(entries, facts: copy, configurationDigest: 7, walkDigest: 9)
        #expect(FactsCache.encode(entries, rows: rows, of: pages.facts, configurationDigest: 7, walkDigest: 9) == expected)
        // Texts no written row uses are not written.
        #expect(copy.strings.count < pages.facts.strings.count)
    }

    @Test("the file streamed to disk, through buffers of any size, holds the bytes made in memory, and loads")
    func streamedFileMatchesMemory() throws {
        let pages = samplePages()
        let rows = shuffledRows(pages.entries.count)
        let entries = rows.map { pages.entries[$0] }
        let expected = FactsCache.encode(entries, rows: rows, of: pages.facts, configurationDigest: 7, walkDigest: 9)
        let path = FileManagerShim.temporaryDirectory() + "/facts.bin"
        for bufferSize in [1, 7, 64, 4096, 1 << 20] {
            try FactsCache.write(entries, rows: rows, of: pages.facts, configurationDigest: 7, walkDigest: 9, to: path, bufferSize: bufferSize)
            #expect(try FileReader.read(path).get() == expected, "buffer of \(bufferSize)")
        }
        let (cache, status) = FactsCache.load(path, configurationDigest: 7, layout: pages.facts.layout)
        #expect(status == .loaded(entries.count))
        #expect(cache.walkDigest == 9)
        #expect(cache.row(key: entries[0].key, stamp: entries[0].stamp) == 0)
    }

    @Test("a write that fails leaves the old file as it was, and no temporary file behind")
    func failedWriteKeepsOldFile() throws {
        let directory = FileManagerShim.temporaryDirectory()
        let path = directory + "/facts.bin"
        try AtomicWriter.write(Array("old".utf8), to: path)
        #expect(throws: InputProblem.self) {
            try AtomicWriter.write(to: path) { descriptor in
                _ = "partial".withCString { write(descriptor, $0, 7) }
                return EIO
            }
        }
        #expect(try FileReader.read(path).get() == Array("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["facts.bin"])
    }
}
