/// The container of a facts cache file (format 3): a header, then sections, each checksummed
/// on its own, so a reader maps the file and reads its sections in place.
///
/// Layout: `QALINTFACTS`, the format version as one byte, four zero bytes; the configuration
/// digest, the walk digest and the section count as little-endian 64-bit words; per section
/// its offset, length and checksum; the header's checksum. Sections start 8-byte aligned.
enum CacheFile {
    /// The first bytes of a facts cache file.
    static let magic: [UInt8] = Array("QALINTFACTS".utf8)
    /// Bytes before the section table.
    static let fixedHeader = 40

    /// Builds a file section by section, in one buffer (the header's place kept at its start).
    struct Writer {
        private var body: [UInt8]
        private var sections: [(offset: Int, length: Int, checksum: UInt64)] = []
        private let declared: Int

        /// A writer of a file of `count` sections.
        init(sections count: Int) {
            declared = count
            body = [UInt8](repeating: 0, count: CacheFile.headerSize(sections: count))
        }

        /// Appends a section written by `write`.
        mutating func section(_ write: (inout [UInt8]) -> Void) {
            while body.count % 8 != 0 { body.append(0) }
            let start = body.count
            write(&body)
            let checksum = body.withUnsafeBytes { FNV.sectionChecksum(UnsafeRawBufferPointer(rebasing: $0[start...])) }
            sections.append((start, body.count - start, checksum))
        }

        /// Appends a column as a section: its values as they lie in memory.
        mutating func column<T>(_ values: Column<T>) {
            section { bytes in values.forEachRun { bytes.append(contentsOf: $0) } }
        }

        /// The file: header, section table, header checksum, sections (the writer is left empty).
        mutating func file(version: UInt8, configurationDigest: UInt64, walkDigest: UInt64) -> [UInt8] {
            precondition(sections.count == declared, "the sections declared")
            var header = BinaryWriter()
            header.raw(magic + [version, 0, 0, 0, 0])
            header.word(configurationDigest)
            header.word(walkDigest)
            header.word(UInt64(sections.count))
            for section in sections {
                header.word(UInt64(section.offset))
                header.word(UInt64(section.length))
                header.word(section.checksum)
            }
            header.word(header.bytes.withUnsafeBytes { FNV.sectionChecksum($0) })
            var bytes: [UInt8] = []
            swap(&bytes, &body)
            bytes.replaceSubrange(0..<header.bytes.count, with: header.bytes)
            return bytes
        }
    }

    /// The bytes before the first section of a file of `count` sections.
    static func headerSize(sections count: Int) -> Int {
        fixedHeader + 24 * count + 8
    }

    /// Why a file is not used.
    struct Rejected: Error {
        let reason: String
    }

    /// A mapped file's header, checked: its digests and its sections' places in the file.
    struct Reader: Sendable {
        let file: MappedFile
        let configurationDigest: UInt64
        let walkDigest: UInt64
        let sections: [(offset: Int, length: Int, checksum: UInt64)]

        /// Reads the header of a format `version` file; throws when it is not one, or damaged.
        init(_ file: MappedFile, version: UInt8) throws(Rejected) {
            self.file = file
            let damaged = Rejected(reason: "its checksum does not match (damaged or cut short)")
            guard file.count >= magic.count + 1, Array(file.bytes(0..<magic.count)) == magic else {
                throw Rejected(reason: "it is not a qalint facts cache")
            }
            guard file.bytes(magic.count..<(magic.count + 1))[0] == version else { throw Rejected(reason: "it was written by another qalint version") }
            guard file.count >= fixedHeader + 8 else { throw damaged }
            let count = file.word(at: 32)
            guard count < 1024, fixedHeader + 24 * Int(count) + 8 <= file.count else { throw damaged }
            let headerEnd = fixedHeader + 24 * Int(count)
            guard FNV.sectionChecksum(file.bytes(0..<headerEnd)) == file.word(at: headerEnd) else { throw damaged }
            configurationDigest = file.word(at: 16)
            walkDigest = file.word(at: 24)
            var sections: [(offset: Int, length: Int, checksum: UInt64)] = []
            for index in 0..<Int(count) {
                let offset = file.word(at: fixedHeader + 24 * index), length = file.word(at: fixedHeader + 24 * index + 8)
                guard offset <= UInt64(file.count), length <= UInt64(file.count) - offset else { throw damaged }
                sections.append((Int(offset), Int(length), file.word(at: fixedHeader + 24 * index + 16)))
            }
            guard sections.last.map({ $0.offset + $0.length == file.count }) ?? (headerEnd + 8 == file.count) else { throw damaged }
            self.sections = sections
        }

        /// Whether every section's bytes match their checksums (checked on `jobs` threads, the largest first).
        func verify(jobs: Int) -> Bool {
            let order = sections.indices.sorted { sections[$0].length > sections[$1].length }
            return ParallelMap.map(count: order.count, jobs: jobs) { position in
                let section = sections[order[position]]
                return FNV.sectionChecksum(file.bytes(section.offset..<(section.offset + section.length))) == section.checksum
            }.allSatisfy { $0 }
        }

        /// Section `index` as a column of `T` (throws when it is not a whole number of values).
        func column<T>(_ index: Int, _ type: T.Type = T.self) throws(Rejected) -> Column<T> {
            guard index < sections.count, sections[index].length % MemoryLayout<T>.stride == 0 else { throw Rejected(reason: "it is damaged") }
            return Column(mapped: file, offset: sections[index].offset, count: sections[index].length / MemoryLayout<T>.stride)
        }

        /// Section `index`'s bytes, for ``BinaryReader``.
        func bytes(_ index: Int) throws(Rejected) -> [UInt8] {
            guard index < sections.count else { throw Rejected(reason: "it is damaged") }
            return Array(file.bytes(sections[index].offset..<(sections[index].offset + sections[index].length)))
        }
    }
}

extension FNV {
    /// A checksum of a section: sixteen independent 32-bit lanes of a multiply and a shift
    /// (two vectors of eight, 64 bytes a step, fast enough to check a site's cache on every
    /// run); any one flipped bit changes its lane, and so the result.
    static func sectionChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime = SIMD8<UInt32>(repeating: 0x0100_0193)
        var first = SIMD8<UInt32>(0x811C_9DC5, 0x9E37_79B9, 0x7F4A_7C15, 0x85EB_CA6B, 0xC2B2_AE35, 0x27D4_EB2F, 0x1656_67B1, 0xD3A2_646C)
        var second = first &+ SIMD8<UInt32>(repeating: 0x6A09_E667)
        let blocks = bytes.count / 64
        if let base = bytes.baseAddress {
            for block in 0..<blocks {
                let at = base + block * 64
                first = (first ^ at.loadUnaligned(as: SIMD8<UInt32>.self)) &* prime
                second = (second ^ at.loadUnaligned(fromByteOffset: 32, as: SIMD8<UInt32>.self)) &* prime
                first ^= first &>> 15
                second ^= second &>> 15
            }
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ value: UInt64) {
            hash = (hash ^ value) &* 0x0000_0100_0000_01B3
            hash ^= hash >> 29
        }
        for lane in 0..<8 { mix(UInt64(first[lane]) << 32 | UInt64(second[lane])) }
        for index in (blocks * 64)..<bytes.count { mix(UInt64(bytes[index])) }
        mix(UInt64(bytes.count))
        return hash
    }

    /// A fast hash of a path for the cache's key index: the directory part (up to and
    /// including the last `/`) eight bytes a step, then the name continuing from it, so a
    /// directory walk hashes each directory once and each name once.
    static func pathHash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0x8422_2325_CBF2_9CE4) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = seed
        var index = 0
        while index + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
            hash ^= hash >> 32
            index += 8
        }
        var last: UInt64 = UInt64(bytes.count - index) << 56
        for offset in 0..<(bytes.count - index) { last |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
        hash = (hash ^ last) &* multiplier
        hash = (hash ^ (hash >> 31)) &* 0xBF58_476D_1CE4_E5B9
        return hash ^ (hash >> 29)
    }
}
