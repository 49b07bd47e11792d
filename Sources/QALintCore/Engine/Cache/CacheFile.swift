#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Builds a file section by section: in memory, or streamed to an open file through a
    /// buffer (the header written last, at the file's start), so a site-sized cache is never
    /// held whole in memory.
    struct Writer {
        /// Bytes not yet written to the file (every byte, in memory).
        private var buffer: [UInt8]
        /// Bytes already written to the file.
        private var written = 0
        /// The file streamed to; nil in memory.
        private let descriptor: Int32?
        /// How many bytes the buffer holds before they are written.
        private let bufferSize: Int
        private var sections: [(offset: Int, length: Int, checksum: UInt64)] = []
        private let declared: Int
        /// The open section's checksum, and where its bytes not yet taken start in ``buffer``.
        private var checksum: SectionChecksum?
        private var checksumFrom = 0
        /// The first write error (`errno`), 0 for none.
        private(set) var failure: Int32 = 0

        /// A writer of a file of `count` sections, in memory.
        init(sections count: Int) {
            declared = count
            descriptor = nil
            bufferSize = .max
            buffer = [UInt8](repeating: 0, count: CacheFile.headerSize(sections: count))
        }

        /// A writer of a file of `count` sections to `descriptor` (open for writing, empty),
        /// writing `bufferSize` bytes at a time.
        init(sections count: Int, descriptor: Int32, bufferSize: Int = 1 << 20) {
            declared = count
            self.descriptor = descriptor
            self.bufferSize = max(1, bufferSize)
            buffer = [UInt8](repeating: 0, count: CacheFile.headerSize(sections: count))
            buffer.reserveCapacity(min(bufferSize, 1 << 20) + 4096)
        }

        /// Bytes written so far: the offset of the next one.
        private var position: Int { written + buffer.count }

        /// Appends a section written by `write` (through ``append(_:)``).
        mutating func section(_ write: (inout Writer) -> Void) {
            while position % 8 != 0 { buffer.append(0) }
            let start = position
            checksum = SectionChecksum()
            checksumFrom = buffer.count
            write(&self)
            takeChecksum()
            sections.append((start, position - start, checksum!.finish()))
            checksum = nil
        }

        /// Appends bytes to the open section (a whole column goes through the buffer a buffer's
        /// worth at a time, never whole).
        mutating func append(_ bytes: UnsafeRawBufferPointer) {
            var rest = bytes
            while buffer.count + rest.count >= bufferSize {
                let room = Swift.max(0, Swift.min(rest.count, bufferSize - buffer.count))
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest[..<room]))
                flush()
                rest = UnsafeRawBufferPointer(rebasing: rest[room...])
            }
            buffer.append(contentsOf: rest)
        }

        /// Appends bytes to the open section.
        mutating func append(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { append($0) }
        }

        /// Appends a value to the open section, as it lies in memory.
        mutating func append<T: BitwiseCopyable>(value: T) {
            withUnsafeBytes(of: value) { append($0) }
        }

        /// Appends a column as a section: its values as they lie in memory.
        mutating func column<T>(_ values: Column<T>) {
            section { writer in values.forEachRun { writer.append($0) } }
        }

        /// Takes the open section's bytes in the buffer into its checksum.
        private mutating func takeChecksum() {
            guard checksum != nil, checksumFrom < buffer.count else { return }
            buffer.withUnsafeBytes { checksum!.update(UnsafeRawBufferPointer(rebasing: $0[checksumFrom...])) }
            checksumFrom = buffer.count
        }

        /// Writes the buffer to the file.
        private mutating func flush() {
            guard let descriptor else { return }
            takeChecksum()
            if failure == 0 {
                buffer.withUnsafeBytes { failure = Self.write(descriptor, $0, at: nil) }
            }
            written += buffer.count
            buffer.removeAll(keepingCapacity: true)
            checksumFrom = 0
        }

        /// Writes all of `bytes` at `offset` (at the file's position when nil); `errno` on failure, else 0.
        private static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int?) -> Int32 {
            var done = 0
            while done < bytes.count {
                let count = offset.map { pwrite(descriptor, bytes.baseAddress! + done, bytes.count - done, off_t($0 + done)) }
                    ?? Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += count
            }
            return 0
        }

        /// The header: magic and version, digests, the section table and its checksum.
        private func header(version: UInt8, configurationDigest: UInt64, walkDigest: UInt64) -> [UInt8] {
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
            return header.bytes
        }

        /// The file in memory: header, section table, header checksum, sections (the writer is left empty).
        mutating func file(version: UInt8, configurationDigest: UInt64, walkDigest: UInt64) -> [UInt8] {
            precondition(descriptor == nil, "a writer in memory")
            let header = header(version: version, configurationDigest: configurationDigest, walkDigest: walkDigest)
            var bytes: [UInt8] = []
            swap(&bytes, &buffer)
            bytes.replaceSubrange(0..<header.count, with: header)
            return bytes
        }

        /// Ends a file streamed to its descriptor: the rest of the sections, then the header at
        /// its start. Returns the first write error (`errno`), or 0.
        mutating func finish(version: UInt8, configurationDigest: UInt64, walkDigest: UInt64) -> Int32 {
            precondition(descriptor != nil, "a writer to a file")
            flush()
            guard failure == 0, let descriptor else { return failure }
            let header = header(version: version, configurationDigest: configurationDigest, walkDigest: walkDigest)
            failure = header.withUnsafeBytes { Self.write(descriptor, $0, at: 0) }
            return failure
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
