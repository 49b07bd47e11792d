import Foundation
import Testing

@Suite("Hostile input: a clear diagnostic, the documented exit code, the other files still linted")
struct HostileInputTests {
    static let seed = CommandRunner.root.appendingPathComponent("Samples/real/000_5e680e8725b4971a.txt")

    private func directory(_ files: [String: [UInt8]]) throws -> URL {
        let directory = CommandRunner.temporaryDirectory()
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        try FileManager.default.copyItem(at: Self.seed, to: directory.appendingPathComponent("seed.txt"))
        return directory
    }

    private func lint(_ directory: URL, _ extra: [String] = []) throws -> CommandRunner.Result {
        try CommandRunner.run(["lint", ".", "--today", "2026-11-25"] + extra, in: directory)
    }

    @Test("empty files, a lone BOM, a PNG and NUL bytes are reported, and the seed still is")
    func oddFiles() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let directory = try directory(["empty.txt": [], "bom.txt": [0xEF, 0xBB, 0xBF], "image.txt": png,
                                       "nul.txt": Array("Title\0\nQ\n".utf8)])
        let result = try CommandRunner.run(["lint", "empty.txt", "bom.txt", "image.txt", "nul.txt", "seed.txt", "--today", "2026-11-25"],
                                           in: directory)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.filter { $0.hasPrefix("empty.txt") } == ["empty.txt:1:1: error: The page is empty: expected a line like '<title>' first [required-section]"])
        #expect(lines.filter { $0.hasPrefix("bom.txt") } == ["bom.txt:1:1: error: The page is empty: expected a line like '<title>' first [required-section]"])
        #expect(lines.filter { $0.hasPrefix("image.txt") } == [
            "image.txt:1:1: error: This looks like a binary file (NUL bytes and invalid UTF-8), not a page; it was not checked further [encoding]"])
        #expect(lines.contains("nul.txt:1:6: error: NUL byte in text [encoding]"))
        #expect(lines.contains("seed.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]"))
        #expect(lines.last == "5 files checked: 10 errors, 0 warnings.")
    }

    @Test("CR-only, mixed endings and full-width punctuation in dates and headings")
    func endingsAndFullWidth() throws {
        let page = try String(contentsOf: Self.seed, encoding: .utf8)
        let crOnly = Array(page.replacingOccurrences(of: "\n", with: "\r").utf8)
        let fullWidth = Array(page.replacingOccurrences(of: "Ask Date: 2023/01/03", with: "Ask Date: ２０２３／０１／０３")
            .replacingOccurrences(of: "\nMore Info\n", with: "\nMore Info：\n").utf8)
        let mixed = Array(page.replacingOccurrences(of: "Thank you.\n", with: "Thank you.\r\n").utf8)
        let directory = try directory(["cr.txt": crOnly, "fullwidth.txt": fullWidth, "mixed.txt": mixed])
        let result = try CommandRunner.run(["lint", "cr.txt", "fullwidth.txt", "mixed.txt", "--today", "2026-11-25"], in: directory)
        let lines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(lines.filter { $0.hasPrefix("cr.txt") } == ["cr.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]"])
        #expect(lines.filter { $0.hasPrefix("fullwidth.txt") } == [
            "fullwidth.txt:11:39: error: Ask Date '２０２３／０１／０３' is not a date in the form YYYY/MM/DD [date-format]",
            "fullwidth.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]"])
        #expect(lines.filter { $0.hasPrefix("mixed.txt") } == [
            "mixed.txt:16:11: warning: Line ends with CRLF, but this file mostly uses LF [line-endings]",
            "mixed.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]"])
    }

    @Test("a FIFO is not read (it would block), a missing path is an I/O error: exit 2, the rest linted")
    func fifoAndMissing() throws {
        let directory = try directory([:])
        #expect(mkfifo(directory.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let result = try CommandRunner.run(["lint", "pipe.txt", "missing.txt", "seed.txt", "--today", "2026-11-25"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == "missing.txt: error: no such file or directory\npipe.txt: error: is not a regular file (FIFO, socket or device)\n")
        #expect(result.stdout.contains("seed.txt:57:1"))
    }

    @Test("a directory loop through a symbolic link is walked once, with a note")
    func symlinkLoop() throws {
        let directory = try directory([:])
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("sub/loop").path, withDestinationPath: directory.path)
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("outside.txt").path, withDestinationPath: "/etc/hostname")
        let result = try lint(directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("./sub/loop: directory loop through a symbolic link; not walked again"))
        #expect(result.stderr.contains("./outside.txt: symbolic link to /etc/hostname, outside ., not followed (pass --follow-symlinks to lint it)"))
        #expect(result.stdout.contains("\n1 file checked: "))
    }

    @Test("an unreadable file is an I/O error and the rest is linted", .enabled(if: getuid() != 0, "root reads any file"))
    func unreadable() throws {
        let directory = try directory(["secret.txt": Array("x\n".utf8)])
        chmod(directory.appendingPathComponent("secret.txt").path, 0)
        let result = try lint(directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("secret.txt: error: permission denied"))
    }

    @Test("thousands of files in one call")
    func manyFiles() throws {
        let directory = CommandRunner.temporaryDirectory()
        let page = try String(contentsOf: Self.seed, encoding: .utf8)
        for index in 0..<3_000 {
            try page.replacingOccurrences(of: "Vertebral hemangioma\n", with: "Vertebral hemangioma, case \(index)\n")
                .write(to: directory.appendingPathComponent(String(format: "p%05d.txt", index)), atomically: false, encoding: .utf8)
        }
        let result = try CommandRunner.run(["lint", ".", "--today", "2026-11-25", "--format", "json"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("\"summary\":{\"errors\":15000,\"files\":3000,\"infos\":0,\"warnings\":0},\"version\":1}\n"))
    }

    @Test("a one-million-line page, a 10 MB line and a 100 MB page are linted in bounded time")
    func hugeInputs() throws {
        let directory = CommandRunner.temporaryDirectory()
        let millionLines = [UInt8](repeating: 0x61, count: 1) + Array(repeating: Array("line of text\n".utf8), count: 1_000_000).flatMap { $0 }
        try Data(millionLines).write(to: directory.appendingPathComponent("million.txt"))
        try Data([UInt8](repeating: 0x62, count: 10_000_000) + [0x0A]).write(to: directory.appendingPathComponent("longline.txt"))
        let page = try Data(contentsOf: Self.seed)
        var big = Data()
        while big.count < 100_000_000 { big.append(page); big.append(0x0A) }
        try big.write(to: directory.appendingPathComponent("big.txt"))
        let result = try CommandRunner.run(["lint", ".", "--today", "2026-11-25", "--format", "json"], in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"file\":\"./million.txt\""))
        #expect(result.stdout.contains("\"file\":\"./longline.txt\""))
        #expect(result.stdout.contains("\"file\":\"./big.txt\""))
        #expect(result.stdout.contains("\"files\":3"))
    }
}
