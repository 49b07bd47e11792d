import Testing
@testable import QALintCore

extension ReporterTests {
    /// `--format github`: workflow commands.
    @Suite struct GitHub {
        @Test("the sample report renders one command per diagnostic")
        func golden() {
            #expect(GitHubReporter().render(report, context: context) == """
                ::error file=content/a.txt,line=3,endLine=3,col=13,endColumn=23,title=qalint (date-order)::Reply Date 2023/01/02 is before Ask Date 2023/01/03
                ::warning file=content/a.txt,line=7,endLine=9,title=qalint (link-mismatch)::Entry's question excerpt is not a prefix of the linked page's question
                ::notice file=content/b page.txt,line=5,endLine=5,col=1,endColumn=1,title=qalint (self-link)::Page lists itself under Similar Q&A

                """)
        }

        @Test("a clean report prints nothing")
        func clean() {
            #expect(GitHubReporter().render(LintReport(diagnostics: [], files: ["a.txt"]), context: context) == "")
        }

        @Test("data escapes % CR LF; properties also : and ,; control characters become U+FFFD")
        func escaping() {
            let line = GitHubReporter.command(diagnostic(ReporterTests.hostileMessage, file: "./dir/a b:c,d%.txt"))
            #expect(line == "::warning file=dir/a b%3Ac%2Cd%25.txt,line=1,endLine=1,col=2,endColumn=4,title=qalint (pii)::"
                + "100%25 <sure> & \"quoted\" 'single', a: b%0D%0Anext%0Aline | `code` \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFE} tab\t😷")
            #expect(!line.contains("\n") && !line.contains("\r") && !line.contains("\u{0}"))
        }

        @Test("escaping is exact for each special character", arguments: [
            ("%", "%25", "%25"), ("\r", "%0D", "%0D"), ("\n", "%0A", "%0A"), (":", ":", "%3A"), (",", ",", "%2C"),
            ("%0A", "%250A", "%250A"), ("\u{1B}[31m", "\u{FFFD}[31m", "\u{FFFD}[31m"), ("é😷", "é😷", "é😷"),
        ])
        func exactEscaping(raw: String, data: String, property: String) {
            #expect(GitHubReporter.escapeData(raw) == data)
            #expect(GitHubReporter.escapeProperty(raw) == property)
        }

        @Test("an info finding is a notice; a title carrying a rule id is escaped too")
        func severities() {
            #expect(GitHubReporter.command(for: .error) == "error")
            #expect(GitHubReporter.command(for: .warning) == "warning")
            #expect(GitHubReporter.command(for: .info) == "notice")
            #expect(GitHubReporter.command(diagnostic("m", rule: "a:b,c")).contains("title=qalint (a%3Ab%2Cc)::m"))
        }
    }
}
