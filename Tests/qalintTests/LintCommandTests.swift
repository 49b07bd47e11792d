import Foundation
import Testing

@Suite("qalint lint")
struct LintCommandTests {
    static let seed = "Samples/real/000_5e680e8725b4971a.txt"

    @Test("the real page: one error at 57:1, excerpt and caret, summary, exit 1")
    func seedPage() throws {
        let result = try CommandRunner.run(["lint", Self.seed, "--today", "2026-11-25"])
        #expect(result.status == 1)
        #expect(result.stdout == """
        \(Self.seed):57:1: error: Related FAQ entry: topic is empty [related-faq-format]
           57 | (Surgery)
              | ^^^^^^^^^
        1 file checked: 1 error, 0 warnings.

        """)
        #expect(result.stderr.isEmpty)
    }

    @Test("clean pages exit 0; warnings alone exit 0 unless --max-warnings is exceeded")
    func exitCodes() throws {
        #expect(try CommandRunner.run(["lint", "Samples/clean", "--today", "2026-11-25"]).status == 0)
        let warning = "Samples/rules/trailing-whitespace.txt"
        #expect(try CommandRunner.run(["lint", warning, "--today", "2026-11-25"]).status == 0)
        #expect(try CommandRunner.run(["lint", warning, "--today", "2026-11-25", "--max-warnings", "1"]).status == 0)
        let over = try CommandRunner.run(["lint", warning, "--today", "2026-11-25", "--max-warnings", "0"])
        #expect(over.status == 1)
        #expect(over.stderr == "qalint: 1 warnings, more than --max-warnings 0\n")
    }

    @Test("JSON output has the documented shape and is identical run to run")
    func json() throws {
        let first = try CommandRunner.run(["lint", Self.seed, "--today", "2026-11-25", "--format", "json"])
        let second = try CommandRunner.run(["lint", Self.seed, "--today", "2026-11-25", "--format", "json", "--jobs", "1"])
        #expect(first.stdout == second.stdout)
        #expect(first.stdout == """
        {"diagnostics":[{"column":1,"endColumn":10,"endLine":57,"file":"\(Self.seed)","line":57,"message":"Related FAQ entry: topic is empty","rule":"related-faq-format","severity":"error"}],"summary":{"errors":1,"files":1,"infos":0,"warnings":0},"version":1}

        """)
    }

    @Test("standard input is linted under --stdin-filename")
    func standardInput() throws {
        let bytes = try Data(contentsOf: CommandRunner.root.appendingPathComponent(Self.seed))
        let result = try CommandRunner.run(["lint", "-", "--stdin-filename", "pages/new.txt", "--today", "2026-11-25"], input: Array(bytes))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("pages/new.txt:57:1: error: Related FAQ entry: topic is empty [related-faq-format]\n"))
    }

    @Test("a missing path is an I/O failure (exit 2), and the other files are still linted")
    func missingPath() throws {
        let result = try CommandRunner.run(["lint", "no/such/page.txt", Self.seed, "--today", "2026-11-25"])
        #expect(result.status == 2)
        #expect(result.stderr == "no/such/page.txt: error: no such file or directory\n")
        #expect(result.stdout.contains("[related-faq-format]"))
    }

    @Test("a broken config exits 2 with file:line:col for every mistake")
    func brokenConfig() throws {
        let directory = CommandRunner.temporaryDirectory()
        try "version: 1\nrules:\n  pii: loud\n  date-ordr: off\n".write(to: directory.appendingPathComponent(".qalint.yml"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["lint", "."], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr == """
        \(directory.path)/.qalint.yml:3:8: error: severity must be one of off, info, warning, error, found 'loud'
        \(directory.path)/.qalint.yml:4:3: error: unknown rule 'date-ordr'; did you mean 'date-order'?; to define a new rule, give it a 'kind'
        qalint: the configuration has 2 errors

        """)
        #expect(result.stdout.isEmpty)
    }

    @Test("the config is found upward from the working directory; --config overrides it")
    func discovery() throws {
        let directory = CommandRunner.temporaryDirectory()
        try "rules:\n  related-faq-format: warning\n".write(to: directory.appendingPathComponent(".qalint.yml"), atomically: true, encoding: .utf8)
        let nested = directory.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let page = CommandRunner.root.appendingPathComponent(Self.seed).path
        let found = try CommandRunner.run(["lint", page, "--today", "2026-11-25"], in: nested)
        #expect(found.status == 0)
        #expect(found.stdout.contains("warning: Related FAQ entry"))
        let empty = directory.appendingPathComponent("empty.yml")
        try "version: 1\n".write(to: empty, atomically: true, encoding: .utf8)
        let explicit = try CommandRunner.run(["lint", page, "--today", "2026-11-25", "--config", empty.path], in: nested)
        #expect(explicit.status == 1)
    }

    @Test("usage mistakes exit 2 with a message")
    func usage() throws {
        let badToday = try CommandRunner.run(["lint", Self.seed, "--today", "2026-13-01"])
        #expect(badToday.status == 2)
        #expect(badToday.stderr.contains("--today must be a date YYYY-MM-DD, found '2026-13-01'"))
        let badOutput = try CommandRunner.run(["lint", Self.seed, "--output", "yaml=out"])
        #expect(badOutput.status == 2)
        #expect(try CommandRunner.run(["lint", "--no-such-flag"]).status == 2)
    }

    @Test("--output writes another format to a file, atomically, beside the text on standard output")
    func outputs() throws {
        let directory = CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("report.json").path
        let result = try CommandRunner.run(["lint", Self.seed, "--today", "2026-11-25", "--output", "json=\(file)"])
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("1 file checked: 1 error, 0 warnings.\n"))
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("{\"diagnostics\":[{\"column\":1,"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }

    @Test("colour only on a terminal and never with NO_COLOR: piped output has no escape codes")
    func noColourInPipes() throws {
        let result = try CommandRunner.run(["lint", Self.seed, "--today", "2026-11-25"], environment: ["NO_COLOR": ""])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("--quiet reports errors only")
    func quiet() throws {
        let result = try CommandRunner.run(["lint", "Samples/rules/pii.txt", "--today", "2026-11-25", "--quiet"])
        #expect(result.stdout == "1 file checked: no problems.\n")
    }
}
