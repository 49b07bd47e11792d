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
}
