import Foundation
import Testing
@testable import QALintCore

extension ReporterTests {
    /// `--format sarif`.
    @Suite struct SARIF {
        /// The fixtures folder beside this file.
        static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

        /// The decoded JSON of `text`.
        static func json(_ text: String) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        }

        /// The results of a SARIF log.
        static func results(_ text: String) throws -> [[String: Any]] {
            let runs = try #require(try json(text)["runs"] as? [[String: Any]])
            return try #require(runs.first?["results"] as? [[String: Any]])
        }

        /// The fingerprints of `diagnostics`' results, in order.
        static func fingerprints(_ diagnostics: [Diagnostic]) throws -> [String] {
            let sarif = SARIFReporter().render(LintReport(diagnostics: diagnostics, files: []), context: context)
            return try results(sarif).map {
                try #require(($0["partialFingerprints"] as? [String: String])?["primaryLocationLineHash"])
            }
        }

        @Test("the sample report renders exactly as the golden file")
        func golden() throws {
            let expected = try String(contentsOf: Self.fixtures.appendingPathComponent("golden.sarif"), encoding: .utf8)
            #expect(SARIFReporter(category: "pages").render(report, context: context) == expected)
        }

        @Test("automationDetails appears only with a category, which ends with a slash")
        func category() throws {
            #expect(!SARIFReporter().render(report, context: context).contains("automationDetails"))
            #expect(!SARIFReporter(category: "").render(report, context: context).contains("automationDetails"))
            #expect(SARIFReporter.automationID("qalint/pages/") == "qalint/pages/")
            #expect(SARIFReporter.automationID("pages") == "pages/")
        }

        @Test("URIs are repository-relative and percent-encoded", arguments: [
            ("content/a.txt", "content/a.txt"),
            ("./content/a.txt", "content/a.txt"),
            ("././a.txt", "a.txt"),
            (".//a.txt", "a.txt"),
            ("a b/c#d?e%f:g.txt", "a%20b/c%23d%3Fe%25f%3Ag.txt"),
            ("Ünïcode/😷.txt", "%C3%9Cn%C3%AFcode/%F0%9F%98%B7.txt"),
            ("/abs/a b.txt", "file:///abs/a%20b.txt"),
            ("..data/a_b-c~d.txt", "..data/a_b-c~d.txt"),
        ])
        func uri(path: String, expected: String) {
            #expect(RepositoryPath.uri(path) == expected)
        }

        @Test("a rule missing from the context still gets a descriptor and a valid index")
        func unknownRule() throws {
            let sarif = SARIFReporter().render(
                LintReport(diagnostics: [diagnostic("x", rule: "zz-unknown")], files: ["a.txt"]), context: context)
            let result = try #require(try Self.results(sarif).first)
            let runs = try #require(try Self.json(sarif)["runs"] as? [[String: Any]])
            let rules = try #require(((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == "zz-unknown")
            #expect((rules[index]["help"] as? [String: String])?["text"]?.hasPrefix("zz-unknown\n\n") == true)
        }

        @Test("descriptions are never empty, and an off rule is disabled")
        func descriptor() {
            let empty = SARIFReporter.descriptor(
                RuleInfo(id: "x-y", kind: "", severity: .off, summary: "", description: "", fixable: false))
            #expect(empty.name == "XY")
            #expect(empty.shortDescription.text == "x-y")
            #expect(empty.fullDescription.text == "x-y")
            #expect(empty.help.text == "x-y\n\nRun `qalint explain x-y` for examples.")
            #expect(empty.defaultConfiguration.enabled == false && empty.defaultConfiguration.level == nil)
            #expect(empty.properties.tags.isEmpty)
        }

        @Test("a region is clamped to lines and columns from 1, end not before start")
        func clamping() {
            let region = SARIFReporter.location(file: "a.txt", range: SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0))
                .physicalLocation.region
            #expect([region.startLine, region.startColumn, region.endLine, region.endColumn] == [1, 1, 1, 1] as [Int])
            let backwards = SARIFReporter.location(file: "a.txt", range: SourceRange(line: 4, column: 9, endLine: 4, endColumn: 3))
                .physicalLocation.region
            #expect([backwards.startLine, backwards.startColumn, backwards.endLine, backwards.endColumn] == [4, 9, 4, 9] as [Int])
        }

        @Test("a hostile message survives as JSON text, unchanged")
        func hostileMessage() throws {
            let sarif = SARIFReporter().render(
                LintReport(diagnostics: [diagnostic(ReporterTests.hostileMessage)], files: []), context: context)
            let result = try #require(try Self.results(sarif).first)
            #expect((result["message"] as? [String: String])?["text"] == ReporterTests.hostileMessage)
        }

        @Test("FNV-1a 64 matches the reference vectors")
        func fnv() {
            #expect(SARIFFingerprint.hex(FNV.hash("")) == "cbf29ce484222325")
            #expect(SARIFFingerprint.hex(FNV.hash("a")) == "af63dc4c8601ec8c")
            #expect(SARIFFingerprint.hex(FNV.hash("foobar")) == "85944171f73967e8")
            #expect(SARIFFingerprint.hex(1) == "0000000000000001")
        }

        @Test("a fingerprint stays the same when lines are added above the finding")
        func fingerprintStable() throws {
            let before = try Self.fingerprints([
                diagnostic("Reply before ask", line: 3, rule: "date-order", excerpt: "Reply Date: 2023/01/02"),
            ])
            let after = try Self.fingerprints([
                diagnostic("Trailing spaces", line: 1, rule: "trailing-whitespace", excerpt: "Title  "),
                diagnostic("Reply before ask", line: 13, rule: "date-order", excerpt: "  Reply Date:   2023/01/02 "),
            ])
            #expect(before.count == 1 && after.count == 2)
            #expect(after[1] == before[0])
            #expect(before[0].hasSuffix(":1"))
        }

        @Test("identical findings in one file get distinct fingerprints; another file, another fingerprint")
        func fingerprintDistinct() throws {
            let prints = try Self.fingerprints([
                diagnostic("Phone number", file: "a.txt", line: 4, excerpt: "call ***"),
                diagnostic("Phone number", file: "a.txt", line: 9, excerpt: "call ***"),
                diagnostic("Phone number", file: "b.txt", line: 4, excerpt: "call ***"),
            ])
            #expect(Set(prints).count == 3)
            let hashes = prints.map { $0.split(separator: ":")[0] }
            #expect(hashes[0] == hashes[1] && hashes[1] != hashes[2])
            #expect(prints.map { $0.split(separator: ":")[1] } == ["1", "2", "1"])
        }

        @Test("a fingerprint ignores a leading ./ in the path")
        func fingerprintPath() throws {
            let dotted = try Self.fingerprints([diagnostic("Phone number", file: "./a.txt", excerpt: "call ***")])
            let plain = try Self.fingerprints([diagnostic("Phone number", file: "a.txt", excerpt: "call ***")])
            #expect(dotted == plain)
        }
    }
}
