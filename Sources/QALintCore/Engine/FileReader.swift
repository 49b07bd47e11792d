#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, refusing anything that is not a regular file (a FIFO
/// would block, a device never end).
enum FileReader {
    /// The bytes of `path`, or why they cannot be read.
    static func read(_ path: String) -> Result<[UInt8], InputProblem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(problem(path, errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "is not a regular file (FIFO, socket or device)"
            return .failure(InputProblem(path: path, message: what))
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(problem(path, errno)) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(problem(path, errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }

    static func problem(_ path: String, _ code: Int32) -> InputProblem {
        let reason: String
        switch code {
        case ENOENT: reason = "no such file or directory"
        case EACCES: reason = "permission denied"
        case ELOOP: reason = "too many levels of symbolic links"
        default: reason = String(cString: strerror(code))
        }
        return InputProblem(path: path, message: reason)
    }
}
