#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error, and whether they are terminals that want colour.
enum Terminal {
    /// Writes to standard output.
    static func out(_ text: String) { write(text, to: 1) }

    /// Writes to standard error.
    static func err(_ text: String) { write(text, to: 2) }

    /// Writes all of `text`, unbuffered (a closed pipe ends the writing, not the process).
    private static func write(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            written += count
        }
    }

    /// Nothing is buffered; kept so exits read plainly.
    static func flush() {}

    /// Whether output to file descriptor `fd` should be coloured: a terminal, and no `NO_COLOR`.
    static func wantsColor(_ fd: Int32) -> Bool {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return isatty(fd) == 1
    }

    /// Reads all of standard input.
    static func readStandardInput() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(0, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            result.append(contentsOf: buffer[0..<count])
        }
        return result
    }
}
