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
}
