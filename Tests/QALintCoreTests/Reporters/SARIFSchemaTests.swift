import Foundation
import Testing
@testable import QALintCore

extension ReporterTests {
    /// qalint's SARIF against the official SARIF 2.1.0 JSON schema, with Python's `jsonschema`.
    ///
    /// Needs `python3` with `jsonschema` (`python3 -m pip install jsonschema`); without them the
    /// tests fail, saying so.
    @Suite struct SARIFSchema {
        /// Validates the JSON file `sys.argv[2]` against the schema `sys.argv[1]` and prints
        /// each violation; exits 1 when there is any.
        static let validator = """
            import json
            from jsonschema import Draft7Validator
            with open(sys.argv[1], encoding="utf-8") as f:
                schema = json.load(f)
            with open(sys.argv[2], encoding="utf-8") as f:
                document = json.load(f)
            Draft7Validator.check_schema(schema)
            errors = list(Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER).iter_errors(document))
            for error in errors:
                print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
            sys.exit(1 if errors else 0)

            """

        /// The schema's violations in `sarif`, or nil when python3 or jsonschema is missing
        /// (an issue is recorded then).
        static func violations(_ sarif: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
            let schema = SARIF.fixtures.appendingPathComponent("sarif-schema-2.1.0.json")
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("qalint-\(UUID().uuidString).sarif")
            try sarif.write(to: file, atomically: true, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: file) }
            guard let outcome = try PythonScript.run(
                validator, arguments: [schema.path, file.path], requiring: ["jsonschema"], sourceLocation: sourceLocation)
            else { return nil }
            if outcome.status != 0 && outcome.status != 1 {
                Issue.record("the validator failed (\(outcome.status)): \(outcome.errorOutput)", sourceLocation: sourceLocation)
                return nil
            }
            return outcome.output
        }

        /// Reports that exercise every part of the SARIF output, by name.
        static let reports: [String: LintReport] = [
            "sample": ReporterTests.report,
            "hostile": LintReport(diagnostics: [
                diagnostic(ReporterTests.hostileMessage, file: "./dir/a b:c,d.txt"),
                diagnostic("zero width", line: 0, rule: "unknown-rule", severity: .off),
            ], files: ["./dir/a b:c,d.txt"]),
            "clean": LintReport(diagnostics: [], files: ["a.txt"]),
        ]

        @Test("SARIF output validates against the SARIF 2.1.0 schema", arguments: ["sample", "hostile", "clean"])
        func validates(name: String) throws {
            let report = try #require(Self.reports[name])
            let sarif = SARIFReporter(category: "qalint").render(report, context: context)
            guard let violations = try Self.violations(sarif) else { return }
            #expect(violations == "", "\(name): \(violations)")
        }

        @Test("the validator rejects a log that breaks the schema, so a pass means something")
        func rejectsInvalid() throws {
            let sarif = SARIFReporter().render(report, context: context)
                .replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"fatal\"")
            guard let violations = try Self.violations(sarif) else { return }
            #expect(violations.contains("'fatal' is not one of"), "\(violations)")
        }
    }
}
