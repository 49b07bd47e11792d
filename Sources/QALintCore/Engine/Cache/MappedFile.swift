#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only into memory, unmapped when the last reference goes.
///
/// A cache file is read through its mapping, so a run touches only the pages it needs and
/// copies nothing. The file is replaced atomically (renamed over), never written in place, so
/// the mapped bytes do not change under a reader.
final class MappedFile: @unchecked Sendable {
    /// The first byte (nil for an empty file).
    let base: UnsafeRawPointer?
    /// The file's size in bytes.
    let count: Int

    /// Maps `path`, or nil when it cannot be opened or mapped.
    init?(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        count = Int(info.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        guard let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(mapped)
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    /// The bytes `range` of the file (which must lie inside it).
    func bytes(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a range inside the mapped file")
        guard let base else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// The little-endian 64-bit word at `offset` (which must lie inside the file).
    func word(at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes(offset..<(offset + 8)).loadUnaligned(as: UInt64.self))
    }
}
