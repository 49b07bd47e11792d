import Foundation
import Testing
@testable import QALintCore

@Suite("File reader")
struct FileReaderTests {
    @Test("files of every size around the buffer's edges are read byte for byte", arguments: [0, 1, 4_095, 4_096, 4_097, 100_003])
    func exactBytes(_ size: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-read-\(size)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        guard case .success(let read) = FileReader.read(path) else {
            Issue.record("not read")
            return
        }
        #expect(read == bytes)
    }

    @Test("a file longer than its stat size (a /proc file says 0) is read to its end")
    func longerThanStat() throws {
        let path = "/proc/self/status"
        var info = stat()
        try #require(stat(path, &info) == 0 && info.st_size == 0, "needs a /proc file system")
        guard case .success(let read) = FileReader.read(path) else {
            Issue.record("not read")
            return
        }
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("Name:"))
        #expect(read.count > 100)
    }

    @Test("what is not a regular file is refused by its kind, without blocking; what cannot be opened says why")
    func refusals() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-kinds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // A FIFO no one writes to: opening it to read would wait for a writer.
        try #require(mkfifo(directory + "/pipe.txt", 0o644) == 0)
        // A socket cannot be opened at all (ENXIO): it is still named for what it is.
        let socketPath = directory + "/socket.txt"
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (offset, byte) in socketPath.utf8.enumerated() { raw[offset] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        let unreadable = directory + "/secret.txt"
        #expect(FileManager.default.createFile(atPath: unreadable, contents: Data("x".utf8), attributes: [.posixPermissions: 0]))
        func message(_ path: String) -> String? {
            if case .failure(let problem) = FileReader.read(path) { problem.message } else { nil }
        }
        #expect(message(directory + "/pipe.txt") == "is not a regular file (FIFO, socket or device)")
        #expect(message(socketPath) == "is not a regular file (FIFO, socket or device)")
        #expect(message("/dev/null") == "is not a regular file (FIFO, socket or device)")
        #expect(message(directory) == "is a directory")
        #expect(message(directory + "/missing.txt") == "no such file or directory")
        // Root reads any file whatever its mode.
        if getuid() != 0 { #expect(message(unreadable) == "permission denied") }
    }
}
