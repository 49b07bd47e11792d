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
        // The path as a C string once, in place (passing the `String` to each call made a copy each).
        path.withCString { read(path, cPath: $0) }
    }

    private static func read(_ path: String, cPath: UnsafePointer<CChar>) -> Result<[UInt8], InputProblem> {
        // Opened first and asked what it is through the descriptor: one lookup of the path, not
        // two. Without blocking, so that a FIFO is not waited on; a regular file reads the same.
        let descriptor = open(cPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            // A socket cannot be opened at all: say what it is, as for a FIFO or a device.
            let code = errno
            var info = stat()
            if stat(cPath, &info) == 0, let refusal = refusal(path, info) { return .failure(refusal) }
            return .failure(problem(path, code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(problem(path, errno)) }
        if let refusal = refusal(path, info) { return .failure(refusal) }
        // One byte more than the size stat gave, so the read that finds the end needs no growth;
        // a file that grew meanwhile is read to its end all the same.
        let size = Int(info.st_size)
        var capacity = size + 1
        var bytes: [UInt8] = []
        while true {
            var failure: Int32 = 0
            var ended = false
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                previous.withUnsafeBufferPointer { old in
                    if let source = old.baseAddress { buffer.baseAddress!.initialize(from: source, count: old.count) }
                }
                count = previous.count
                while count < capacity {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + count, capacity - count)
                    if read < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    count += read
                    // A regular file's read stops short only at its end: one that stopped at
                    // the size stat gave is at the end, and the read that would return 0 is
                    // spared (a syscall a file). A file that grew fills the extra byte and is
                    // read on.
                    if read == 0 || (count == size && count < capacity) {
                        ended = true
                        return
                    }
                }
            }
            if failure != 0 { return .failure(problem(path, failure)) }
            if ended { break }
            capacity = max(capacity * 2, 4096)
        }
        return .success(bytes)
    }

    /// Why a file of this kind is not read; nil for a regular file.
    private static func refusal(_ path: String, _ info: stat) -> InputProblem? {
        switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: InputProblem(path: path, message: "is a directory")
        default: InputProblem(path: path, message: "is not a regular file (FIFO, socket or device)")
        }
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
