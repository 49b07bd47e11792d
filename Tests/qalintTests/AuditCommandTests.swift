import Foundation
import QALintCore
import Testing

@Suite("qalint audit: HTML and JSON reports of a whole corpus")
struct AuditCommandTests {
    /// `qalint audit Samples --today 2026-11-25` with `arguments`, in the repository.
    private func audit(_ arguments: [String], paths: [String] = ["Samples"]) throws -> CommandRunner.Result {
        try CommandRunner.run(["audit"] + paths + ["--today", "2026-11-25"] + arguments)
    }

    @Test("--json - writes the summary of Samples/ with the totals of qalint lint Samples")
    func totals() throws {
        let result = try audit(["--json", "-"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let summary = try AuditSummary(json: Array(result.stdout.utf8))
        let totals = summary.totals
        let counts: [Int] = [totals.pages, totals.pagesWithErrors, totals.pagesWithWarnings, totals.cleanPages, totals.findings,
                             totals.errors, totals.warnings, totals.infos, totals.unreadable, totals.corpusPages]
        #expect(counts == [36, 18, 8, 10, 29, 19, 10, 0, 0, 36])
        #expect(summary.run == AuditRun(toolVersion: "0.1.0", date: "2026-11-25", configuration: nil, paths: ["Samples"]))
        #expect(summary.links.brokenLinks == 1 && summary.links.duplicateTitles == 1)
        let lint = try CommandRunner.run(["lint", "Samples", "--today", "2026-11-25"])
        #expect(lint.stdout.hasSuffix("36 files checked: 19 errors, 10 warnings.\n"))
    }

    @Test("--html and --json write both files atomically, the same on every run, and say so")
    func files() throws {
        let directory = CommandRunner.temporaryDirectory()
        let html = directory.appendingPathComponent("audit.html").path
        let json = directory.appendingPathComponent("audit.json").path
        let first = try audit(["--html", html, "--json", json, "--jobs", "1"])
        #expect(first.status == 0)
        #expect(first.stdout == "Wrote \(html) and \(json): 36 pages, 18 with errors, 29 findings.\n")
        #expect(first.stderr.isEmpty)
        let htmlText = try String(contentsOfFile: html, encoding: .utf8)
        let jsonText = try String(contentsOfFile: json, encoding: .utf8)
        #expect(htmlText.contains("<dd data-total=\"findings\" data-value=\"29\">29</dd>"))
        _ = try audit(["--html", html, "--json", json])
        #expect(try String(contentsOfFile: html, encoding: .utf8) == htmlText)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == jsonText)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == ["audit.html", "audit.json"])
    }

    @Test("personal data is masked in the report as everywhere else")
    func pii() throws {
        let directory = CommandRunner.temporaryDirectory()
        let html = directory.appendingPathComponent("audit.html").path
        let json = directory.appendingPathComponent("audit.json").path
        #expect(try audit(["--html", html, "--json", json]).status == 0)
        let page = try String(contentsOfFile: CommandRunner.root.appendingPathComponent("Samples/rules/pii.txt").path, encoding: .utf8)
        #expect(page.contains("0912-345-678"))
        for file in [html, json] {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!text.contains("0912-345-678") && !text.contains("0912345678"), "\(file)")
            #expect(text.contains("Phone number 09**-***-*** in reply; remove personal data"), "\(file)")
        }
    }

    @Test("without --html or --json, a short summary goes to standard output; no progress bar in a pipe")
    func text() throws {
        let result = try audit([])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Audit of 36 pages on 2026-11-25\n  18 with errors (50.0%), 8 with warnings, 10 clean\n"))
        #expect(result.stdout.contains("Links: 27 links, 1 broken, 28 pages nothing links to, 1 duplicate title\n"))
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("Reading pages"))
    }

    @Test("--compare shows new and fixed findings in the JSON and the text")
    func compare() throws {
        let directory = CommandRunner.temporaryDirectory()
        let previous = directory.appendingPathComponent("previous.json").path
        #expect(try audit(["--json", previous], paths: ["Samples/rules", "Samples/clean"]).status == 0)
        let result = try audit(["--json", "-", "--compare", previous])
        #expect(result.status == 0)
        let comparison = try #require(try AuditSummary(json: Array(result.stdout.utf8)).comparison)
        let all = comparison.findings
        let changes: [Int] = [all.before, all.after, all.new, all.fixed]
        #expect(changes == [20, 29, 9, 0])
        let duplicate = try #require(comparison.rules.first { $0.name == "duplicate-title" })
        let duplicates: [Int] = [duplicate.before, duplicate.after, duplicate.new, duplicate.fixed]
        #expect(duplicates == [0, 2, 2, 0])
        let whole = directory.appendingPathComponent("whole.json").path
        #expect(try audit(["--json", whole]).status == 0)
        let back = try audit(["--compare", whole], paths: ["Samples/rules", "Samples/clean"])
        #expect(back.stdout.contains("Since 2026-11-25: 0 new, 9 fixed (29 findings then, 20 now)\n  doctor-consistency: +0 −2\n"))
    }

    @Test("--fail-on-errors exits 1 after writing the report; without it, findings exit 0")
    func failOnErrors() throws {
        let directory = CommandRunner.temporaryDirectory()
        let json = directory.appendingPathComponent("audit.json").path
        #expect(try audit(["--json", json, "--fail-on-errors"]).status == 1)
        #expect(FileManager.default.fileExists(atPath: json))
        #expect(try audit(["--fail-on-errors"], paths: ["Samples/clean"]).status == 0)
    }

    @Test("configuration, comparison and output problems exit 2 with a message")
    func failures() throws {
        let directory = CommandRunner.temporaryDirectory()
        let config = directory.appendingPathComponent("bad.yml")
        try "version: 1\nrules: { no-such-rule: off }\n".write(to: config, atomically: true, encoding: .utf8)
        let badConfig = try audit(["--config", config.path])
        #expect(badConfig.status == 2)
        #expect(badConfig.stderr.contains("the configuration has 1 error"))

        let notJSON = directory.appendingPathComponent("previous.json")
        try "{\"version\": 7}".write(to: notJSON, atomically: true, encoding: .utf8)
        let badCompare = try audit(["--compare", notJSON.path])
        #expect(badCompare.status == 2)
        #expect(badCompare.stderr == "qalint: \(notJSON.path): audit summary version 7 is not supported (this qalint reads version 1)\n")
        let missing = try audit(["--compare", directory.appendingPathComponent("none.json").path])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("qalint: cannot read "))

        let unwritable = try audit(["--html", directory.appendingPathComponent("no/such/dir/a.html").path])
        #expect(unwritable.status == 2 && unwritable.stderr.contains("cannot write"))

        let unreadable = try audit(["--json", "-"], paths: ["Samples/clean", "no-such-dir"])
        #expect(unreadable.status == 2)
        #expect(try AuditSummary(json: Array(unreadable.stdout.utf8)).totals.unreadable == 1)
        #expect(unreadable.stderr.contains("no-such-dir: error:"))

        #expect(try audit(["--html", "-", "--json", "-"]).status == 2)
        #expect(try audit([], paths: ["-"]).status == 2)
    }
}
