import Testing
@testable import QALintCore

extension ReporterTests {
    /// `--format checkstyle`.
    @Suite struct Checkstyle {
        @Test("the sample report lists every file, clean ones empty")
        func golden() {
            #expect(CheckstyleReporter().render(report, context: context) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="content/a.txt">
                    <error line="3" column="13" severity="error" message="Reply Date 2023/01/02 is before Ask Date 2023/01/03" source="qalint.date-order"/>
                    <error line="7" column="1" severity="warning" message="Entry&apos;s question excerpt is not a prefix of the linked page&apos;s question" source="qalint.link-mismatch"/>
                  </file>
                  <file name="content/b page.txt">
                    <error line="5" column="1" severity="info" message="Page lists itself under Similar Q&amp;A" source="qalint.self-link"/>
                  </file>
                  <file name="content/clean.txt"/>
                </checkstyle>

                """)
        }

        @Test("hostile text stays well-formed XML and reads back as written, invalid characters replaced")
        func hostile() throws {
            let xml = CheckstyleReporter().render(
                LintReport(diagnostics: [diagnostic(ReporterTests.hostileMessage, file: "a\"b'.txt", severity: .off)], files: []),
                context: context)
            let document = XMLDocumentCheck(xml)
            #expect(document.error == nil)
            let error = try #require(document.elements(named: "error").first)
            #expect(error.attributes["message"] == "100% <sure> & \"quoted\" 'single', a: b\r\nnext\nline | `code` "
                + "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} tab\t😷")
            #expect(error.attributes["severity"] == "ignore")
            #expect(error.attributes["source"] == "qalint.pii")
            #expect(document.elements(named: "file").first?.attributes["name"] == "a\"b'.txt")
        }

        @Test("the sample report is well-formed")
        func wellFormed() {
            #expect(XMLDocumentCheck(CheckstyleReporter().render(report, context: context)).error == nil)
            #expect(XMLDocumentCheck(JUnitReporter().render(report, context: context)).error == nil)
        }
    }
}
