/// `--format junit`: JUnit XML as GitLab, CircleCI and Jenkins read it.
///
/// One `<testsuite>` per file checked, one failing `<testcase>` per diagnostic (file in
/// `classname`, rule and position in `name`), and one passing testcase named `qalint` for a
/// clean file, so a test report lists every page. GitLab keeps only the first test of a given
/// classname and name, so a name repeated in one file gets ` #2`, ` #3`, … appended.
public struct JUnitReporter: Reporter {
    /// Creates the reporter.
    public init() {}

    /// The XML document, ending with a newline.
    public func render(_ report: LintReport, context: ReportContext) -> String {
        let files = report.diagnosticsByFile()
        let testCount = files.reduce(0) { $0 + max($1.diagnostics.count, 1) }
        var xml = XMLWriter()
        xml.open("testsuites", [
            "name": "qalint", "tests": String(testCount), "failures": String(report.diagnostics.count),
            "errors": "0", "time": "0",
        ])
        for (file, diagnostics) in files {
            xml.open("testsuite", [
                "name": file, "tests": String(max(diagnostics.count, 1)),
                "failures": String(diagnostics.count), "errors": "0",
            ])
            if diagnostics.isEmpty {
                xml.empty("testcase", ["classname": file, "name": "qalint"])
            }
            for (diagnostic, name) in zip(diagnostics, Self.uniqueNames(diagnostics)) {
                xml.open("testcase", ["classname": file, "name": name])
                xml.element("failure", ["message": diagnostic.message, "type": diagnostic.severity.rawValue],
                            text: Self.failureText(diagnostic))
                xml.close()
            }
            xml.close()
        }
        return xml.finish()
    }

    /// `rule line:col` for each diagnostic, with ` #n` appended to the n-th repeat of a name.
    static func uniqueNames(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let base = "\(diagnostic.rule) \(diagnostic.range.line):\(diagnostic.range.column)"
            let count = seen[base, default: 0] + 1
            seen[base] = count
            return count == 1 ? base : "\(base) #\(count)"
        }
    }

    /// The failure's body, in the text format's first line: `file:line:col: severity: message [rule]`.
    static func failureText(_ diagnostic: Diagnostic) -> String {
        "\(diagnostic.file):\(diagnostic.range.line):\(diagnostic.range.column): "
            + "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule)]"
    }
}
