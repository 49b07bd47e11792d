import Foundation
import Testing
@testable import QALintCore

@Suite("File collector: walk order and selection")
struct FileCollectorTests {
    @Test("names sort by their UTF-8 bytes, whatever their first eight bytes share")
    func byteOrder() {
        let names = ["b", "a", "", "aaaaaaaa", "aaaaaaaab", "aaaaaaaaa", "aaaaaaa", "000123_ff.txt", "000123_fe.txt",
                     "000123_f.txt", "Z", "z", "é", "e\u{301}", "日本", "aaaaaaaa\u{0}", "~", "a b", "a\tb",
                     "001000_0.txt", "001000_0.txt.bak", "000999_zz.txt"]
        // As the walk sorts a directory's names.
        let order = ByteOrder.positions(count: names.count) { index, body in
            var name = names[index]
            name.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
        #expect(order.sorted() == Array(names.indices))
        let sorted = order.map { names[$0] }
        for (left, right) in zip(sorted, sorted.dropFirst()) {
            #expect(Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8)), "\(left) before \(right)")
        }
    }

    @Test("a walk lists only the selected files, in byte order, relative globs applied below the root")
    func walk() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-walk-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["b.txt", "a.txt", "sub/c.txt", "sub/d.md", ".hidden.txt", "legacy/x.txt", "000000012_long_name.txt"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x\n".utf8).write(to: url)
        }
        var configuration = TestSupport.configuration
        configuration.include = [Glob("**/*.txt")]
        configuration.exclude = [Glob("legacy/**")]
        for given in [root.path, root.path + "/"] {
            let files = FileCollector(configuration: configuration).collect([given]).files
            let base = given.hasSuffix("/") ? given : given + "/"
            #expect(files == ["000000012_long_name.txt", "a.txt", "b.txt", "sub/c.txt"].map { base + $0 })
        }
    }

    @Test("a name that is not UTF-8 is reported, repaired for display; the files beside it are still listed")
    func namesNotUTF8() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-names-\(UInt64.random(in: 0...UInt64.max))")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("x\n".utf8).write(to: root.appendingPathComponent("a.txt"))
        // Made through their bytes: a file and a folder (holding a page) named with a stray 0xFF, and a
        // file the globs do not select.
        func bytes(_ name: [UInt8]) -> [CChar] { (Array(root.path.utf8) + [0x2F] + name + [0]).map { CChar(bitPattern: $0) } }
        for name: [UInt8] in [[0x62, 0xFF, 0x2E, 0x74, 0x78, 0x74], [0x63, 0xFF, 0x2E, 0x70, 0x6E, 0x67]] {
            let handle = open(bytes(name), O_CREAT | O_WRONLY, 0o644)
            #expect(handle >= 0)
            close(handle)
        }
        #expect(mkdir(bytes([0x64, 0xFF]), 0o755) == 0)
        let inside = open(bytes([0x64, 0xFF, 0x2F, 0x65, 0x2E, 0x74, 0x78, 0x74]), O_CREAT | O_WRONLY, 0o644)
        #expect(inside >= 0)
        close(inside)
        var configuration = TestSupport.configuration
        configuration.include = [Glob("**/*.txt")]
        let (files, problems) = FileCollector(configuration: configuration).collect([root.path])
        #expect(files == [root.path + "/a.txt"])
        #expect(problems == [
            InputProblem(path: root.path + "/b\u{FFFD}.txt", message: "file name is not valid UTF-8; not linted (rename it)"),
            InputProblem(path: root.path + "/d\u{FFFD}", message: "folder name is not valid UTF-8; not walked (rename it)"),
        ])
    }
}
