import Testing
@testable import QALintCore

extension ReporterTests {
    /// The Markdown step summary that `--format github` appends to `$GITHUB_STEP_SUMMARY`.
    @Suite struct StepSummary {
        @Test("the sample report renders totals and a table")
        func golden() {
            #expect(GitHubStepSummary().render(report, context: context) == """
                ## qalint

                **1 error, 1 warning and 1 info** in 3 files.

                | Severity | File | Line | Column | Rule | Message |
                | --- | --- | ---: | ---: | --- | --- |
                | error | content/a.txt | 3 | 13 | date-order | Reply Date 2023/01/02 is before Ask Date 2023/01/03 |
                | warning | content/a.txt | 7 | 1 | link-mismatch | Entry's question excerpt is not a prefix of the linked page's question |
                | info | content/b page.txt | 5 | 1 | self-link | Page lists itself under Similar Q\\&A |

                """)
        }

        @Test("a clean report says so, without a table")
        func clean() {
            #expect(GitHubStepSummary().render(LintReport(diagnostics: [], files: ["a.txt"]), context: context)
                == "## qalint\n\nNo problems found in 1 file.\n")
        }

        @Test("cell text escapes pipes, backticks, HTML and line breaks")
        func escaping() {
            #expect(GitHubStepSummary.escape(ReporterTests.hostileMessage) == "100% \\<sure\\> \\& \"quoted\" 'single', a: "
                + "b<br>next<br>line \\| \\`code\\` \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFE} tab 😷")
            #expect(GitHubStepSummary.escape("a\r\rb\n\nc") == "a<br><br>b<br><br>c")
            #expect(GitHubStepSummary.escape("[x](javascript:y) **b** _i_ ~s~ #h \\") == "\\[x\\](javascript:y) \\*\\*b\\*\\* \\_i\\_ \\~s\\~ \\#h \\\\")
            let row = GitHubStepSummary.row(diagnostic("a|b\nc", file: "./x|y.txt", rule: "r|s"))
            #expect(row == "| warning | x\\|y.txt | 1 | 2 | r\\|s | a\\|b<br>c |\n")
        }

        @Test("rows beyond the byte limit are left out, and the last line counts them")
        func cap() {
            let many = LintReport(
                diagnostics: (1...500).map { diagnostic(String(repeating: "x", count: 100), line: $0) }, files: ["a.txt"])
            let limit = 5_000
            let text = GitHubStepSummary(byteLimit: limit).render(many, context: context)
            let rows = text.split(separator: "\n").filter { $0.hasPrefix("| warning") }.count
            #expect(text.utf8.count <= limit)
            #expect(rows > 10 && rows < 500)
            #expect(text.hasSuffix("\n\(500 - rows) more findings were left out: the step summary is limited to 1 MiB. "
                + "The SARIF, JSON or JUnit output has them all.\n"))
            let uncapped = GitHubStepSummary().render(many, context: context)
            #expect(uncapped.split(separator: "\n").filter { $0.hasPrefix("| warning") }.count == 500)
            #expect(!uncapped.contains("left out"))
        }

        @Test("the default limit keeps a huge report under 1 MiB")
        func defaultCap() {
            let huge = LintReport(
                diagnostics: (1...12_000).map { diagnostic(String(repeating: "é", count: 60), line: $0) }, files: ["a.txt"])
            let text = GitHubStepSummary().render(huge, context: context)
            #expect(text.utf8.count < 1_048_576)
            #expect(text.contains("more findings were left out"))
        }
    }
}
