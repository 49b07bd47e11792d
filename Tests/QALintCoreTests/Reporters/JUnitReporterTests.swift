import Testing
@testable import QALintCore

extension ReporterTests {
    /// `--format junit`.
    @Suite struct JUnit {
        @Test("the sample report renders one suite per file and a passing case for a clean file")
        func golden() {
            #expect(JUnitReporter().render(report, context: context) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="qalint" tests="4" failures="3" errors="0" time="0">
                  <testsuite name="content/a.txt" tests="2" failures="2" errors="0">
                    <testcase classname="content/a.txt" name="date-order 3:13">
                      <failure message="Reply Date 2023/01/02 is before Ask Date 2023/01/03" type="error">content/a.txt:3:13: error: Reply Date 2023/01/02 is before Ask Date 2023/01/03 [date-order]</failure>
                    </testcase>
                    <testcase classname="content/a.txt" name="link-mismatch 7:1">
                      <failure message="Entry&apos;s question excerpt is not a prefix of the linked page&apos;s question" type="warning">content/a.txt:7:1: warning: Entry&apos;s question excerpt is not a prefix of the linked page&apos;s question [link-mismatch]</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="content/b page.txt" tests="1" failures="1" errors="0">
                    <testcase classname="content/b page.txt" name="self-link 5:1">
                      <failure message="Page lists itself under Similar Q&amp;A" type="info">content/b page.txt:5:1: info: Page lists itself under Similar Q&amp;A [self-link]</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="content/clean.txt" tests="1" failures="0" errors="0">
                    <testcase classname="content/clean.txt" name="qalint"/>
                  </testsuite>
                </testsuites>

                """)
        }

        @Test("an empty run is a well-formed document with no suites")
        func empty() {
            #expect(JUnitReporter().render(LintReport(diagnostics: [], files: []), context: context) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="qalint" tests="0" failures="0" errors="0" time="0">
                </testsuites>

                """)
        }

        @Test("test names are unique per file: repeats get #2, #3")
        func uniqueNames() {
            let diagnostics = [
                diagnostic("one", line: 4), diagnostic("two", line: 4), diagnostic("three", line: 4),
                diagnostic("four", line: 5), diagnostic("five", line: 4, rule: "date-format"),
            ].sorted()
            #expect(JUnitReporter.uniqueNames(diagnostics) == [
                "date-format 4:2", "pii 4:2", "pii 4:2 #2", "pii 4:2 #3", "pii 5:2",
            ])
        }

        @Test("hostile text stays well-formed XML and reads back as written, invalid characters replaced")
        func hostile() throws {
            let file = "./dir/<a&b>.txt"
            let xml = JUnitReporter().render(
                LintReport(diagnostics: [diagnostic(ReporterTests.hostileMessage, file: file)], files: [file, "z.txt"]),
                context: context)
            let document = XMLDocumentCheck(xml)
            #expect(document.error == nil)
            let sanitised = "100% <sure> & \"quoted\" 'single', a: b\r\nnext\nline | `code` "
                + "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} tab\t😷"
            let failure = try #require(document.elements(named: "failure").first)
            #expect(failure.attributes["message"] == sanitised)
            #expect(failure.attributes["type"] == "warning")
            #expect(failure.text == "\(file):1:2: warning: \(sanitised) [pii]")
            #expect(document.elements(named: "testsuite").map { $0.attributes["name"] } == [file, "z.txt"])
            #expect(document.elements(named: "testcase").map { $0.attributes["name"] } == ["pii 1:2", "qalint"])
        }
    }
}
