import Foundation
import Testing

@Suite("qalint lint --corpus, the facts cache, and baselines")
struct CorpusCommandTests {
    /// `qalint lint` of the broken-link sample with `Samples/` as its corpus, JSON on standard
    /// output, with `extra` arguments, run in `directory`.
    static func lintBrokenLink(_ extra: [String] = [], in directory: URL) throws -> CommandRunner.Result {
        try CommandRunner.run([
            "lint", CommandRunner.root.appendingPathComponent("Samples/corpus/broken-link.txt").path,
            "--corpus", CommandRunner.root.appendingPathComponent("Samples").path, "--today", "2026-11-25", "--format", "json",
        ] + extra, in: directory)
    }

    @Test("--corpus reads every page but reports only the named ones")
    func changedFiles() throws {
        let directory = CommandRunner.temporaryDirectory()
        let result = try Self.lintBrokenLink(in: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"message\":\"No page is titled 'Passing a small kidney stone quickly'; did you mean 'Passing a small kidney stone'?\",\"rule\":\"broken-link\""))
        #expect(!result.stdout.contains("duplicate-title"))
        #expect(result.stdout.hasSuffix("\"summary\":{\"errors\":1,\"files\":1,\"infos\":0,\"warnings\":0},\"version\":1}\n"))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(".qalint-cache/facts.bin").path))
        // The folder it made keeps the cache out of commits, and holds nothing else.
        let gitignore = directory.appendingPathComponent(".qalint-cache/.gitignore")
        #expect(try String(contentsOf: gitignore, encoding: .utf8) == "*\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent(".qalint-cache").path).sorted() == [".gitignore", "facts.bin"])
    }

    @Test("corpus findings show their line in a text report written beside a JSON one")
    func corpusExcerptInOtherOutput() throws {
        let directory = CommandRunner.temporaryDirectory()
        let result = try Self.lintBrokenLink(["--output", "text=report.txt", "--no-cache"], in: directory)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("excerpt"))
        let text = try String(contentsOf: directory.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(text.contains("No page is titled 'Passing a small kidney stone quickly'; did you mean 'Passing a small kidney stone'? [broken-link]\n   12 | Passing a small kidney stone quickly\n"))
    }

    @Test("a second run uses the cache, a damaged cache is rebuilt with a note, and the output never changes")
    func cache() throws {
        let directory = CommandRunner.temporaryDirectory()
        let arguments = ["lint", CommandRunner.root.appendingPathComponent("Samples/corpus/link-mismatch.txt").path,
                         "--corpus", CommandRunner.root.appendingPathComponent("Samples").path, "--today", "2026-11-25", "--format", "json"]
        let first = try CommandRunner.run(arguments, in: directory)
        let second = try CommandRunner.run(arguments, in: directory)
        #expect(first.stdout == second.stdout)
        #expect(second.stderr.isEmpty)
        let cache = directory.appendingPathComponent(".qalint-cache/facts.bin")
        var bytes = try Data(contentsOf: cache)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: cache)
        let third = try CommandRunner.run(arguments, in: directory)
        #expect(third.stdout == first.stdout)
        #expect(third.stderr == "qalint: note: facts cache .qalint-cache/facts.bin was rebuilt: its checksum does not match (damaged or cut short)\n")
        let uncached = try CommandRunner.run(arguments + ["--no-cache"], in: CommandRunner.temporaryDirectory())
        #expect(uncached.stdout == first.stdout)
    }

    @Test("linting a directory makes its pages the corpus; naming files alone runs no corpus rule")
    func corpusKnown() throws {
        let directory = try CommandRunner.run(["lint", "Samples/corpus", "--today", "2026-11-25"])
        #expect(directory.stdout.contains("[duplicate-title]"))
        let files = try CommandRunner.run(["lint", "Samples/corpus/duplicate-title-1.txt", "Samples/corpus/duplicate-title-2.txt", "--today", "2026-11-25"])
        #expect(files.stdout == "2 files checked: no problems.\n")
    }

    @Test("related locations are shown as notes in text and listed in JSON")
    func relatedLocations() throws {
        let text = try CommandRunner.run(["lint", "Samples/corpus", "--today", "2026-11-25"])
        #expect(text.stdout.contains("""
        Samples/corpus/duplicate-title-1.txt:1:1: error: Title 'Headache and blurred vision' is also the title of Samples/corpus/duplicate-title-2.txt [duplicate-title]
            1 | Headache and blurred vision
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^
          note: Samples/corpus/duplicate-title-2.txt:1:1: same title here
        """))
    }

    @Test("a baseline hides accepted findings, survives edits elsewhere, and reports stale entries")
    func baseline() throws {
        let directory = CommandRunner.temporaryDirectory()
        let page = directory.appendingPathComponent("page.txt")
        let original = try String(contentsOf: CommandRunner.root.appendingPathComponent("Samples/real/000_5e680e8725b4971a.txt"), encoding: .utf8)
        try original.write(to: page, atomically: true, encoding: .utf8)
        let write = try CommandRunner.run(["lint", "page.txt", "--today", "2026-11-25", "--write-baseline", "baseline.json"], in: directory)
        #expect(write.status == 0)
        #expect(write.stdout == "Wrote baseline.json: 1 findings in 1 files.\n")
        try ("Vertebral hemangioma\nAn added first question line.\n" + original.dropFirst("Vertebral hemangioma\n".count))
            .write(to: page, atomically: true, encoding: .utf8)
        let edited = try CommandRunner.run(["lint", "page.txt", "--today", "2026-11-25", "--baseline", "baseline.json"], in: directory)
        #expect(edited.status == 0)
        #expect(edited.stdout == "1 file checked: no problems.\n")
        try original.replacingOccurrences(of: "\n(Surgery)\n", with: "\nGeneral Surgery(Surgery)\n").write(to: page, atomically: true, encoding: .utf8)
        let fixed = try CommandRunner.run(["lint", "page.txt", "--today", "2026-11-25", "--baseline", "baseline.json"], in: directory)
        #expect(fixed.stderr == "baseline.json: note: 1 baseline finding of related-faq-format in page.txt no longer occurs; rewrite the baseline with --write-baseline\n")
    }

    @Test("every output format renders, and several go to files in one run")
    func formats() throws {
        let directory = CommandRunner.temporaryDirectory()
        let seed = CommandRunner.root.appendingPathComponent("Samples/real/000_5e680e8725b4971a.txt").path
        var arguments = ["lint", seed, "--today", "2026-11-25"]
        for format in ["json", "sarif", "junit", "github", "checkstyle"] {
            arguments += ["--output", "\(format)=\(directory.appendingPathComponent("out.\(format)").path)"]
        }
        let result = try CommandRunner.run(arguments, in: directory, environment: ["GITHUB_STEP_SUMMARY": directory.appendingPathComponent("summary.md").path])
        #expect(result.status == 1)
        let github = try String(contentsOf: directory.appendingPathComponent("out.github"), encoding: .utf8)
        #expect(github.hasPrefix("::error file="))
        #expect(github.contains("line=57,endLine=57,col=1,endColumn=10,title=qalint (related-faq-format)::Related FAQ entry: topic is empty"))
        #expect(try String(contentsOf: directory.appendingPathComponent("out.sarif"), encoding: .utf8).contains("\"ruleId\" : \"related-faq-format\""))
        #expect(try String(contentsOf: directory.appendingPathComponent("out.junit"), encoding: .utf8).contains("related-faq-format 57:1"))
        #expect(try String(contentsOf: directory.appendingPathComponent("out.checkstyle"), encoding: .utf8).contains("source=\"qalint.related-faq-format\""))
        #expect(try String(contentsOf: directory.appendingPathComponent("summary.md"), encoding: .utf8).contains("related-faq-format"))
    }
}
