#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: a temporary file in the same directory, flushed, then renamed over
/// the target, so a reader never sees a partial file and a failed write leaves the old one.
public enum AtomicWriter {
    /// Writes `bytes` to `path`, keeping the old file's permissions when it exists.
    public static func write(_ bytes: [UInt8], to path: String) throws(InputProblem) {
        try write(to: path) { descriptor in
            var written = 0
            return bytes.withUnsafeBytes { buffer in
                while written < buffer.count {
                    let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    written += count
                }
                return 0
            }
        }
    }

    /// Writes the file `fill` writes to the descriptor it is given (an empty temporary file) to
    /// `path`, keeping the old file's permissions when it exists. `fill` returns 0, or the
    /// `errno` of a failed write (then the old file is left as it was).
    static func write(to path: String, _ fill: (Int32) -> Int32) throws(InputProblem) {
        let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).qalint-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileReader.problem(path, errno) }
        // The name mkstemp filled in, without the C string's terminating NUL.
        let temporary = template.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeRawBufferPointer(buffer).prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        var existing = stat()
        let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        var failure = fill(descriptor)
        if failure == 0 && fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileReader.problem(path, failure)
        }
    }
}
