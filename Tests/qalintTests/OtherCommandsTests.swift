import Foundation
import Testing

@Suite("qalint rules, explain, check-config, init")
struct OtherCommandsTests {
    @Test("rules lists every rule with kind, severity and summary")
    func rules() throws {
        let result = try CommandRunner.run(["rules"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 25)
        #expect(lines.contains { $0.hasPrefix("date-order") && $0.contains("date-compare") && $0.contains("error") && $0.hasSuffix("The Reply Date is not before the Ask Date.") })
        #expect(lines.contains { $0.hasPrefix("trailing-whitespace") && $0.hasSuffix("(fixable)") })
    }

    @Test("explain shows the description and the examples with markers")
    func explain() throws {
        let result = try CommandRunner.run(["explain", "date-order"])
        #expect(result.status == 0)
        #expect(result.stdout == """
        date-order (date-compare, error)

        The Reply Date is not before the Ask Date.

        A reply comes on the day of the question or later.

        Triggers (↓ marks where):
            8: Reply Date: ↓2023/02/28

        Does not trigger:
            8: Reply Date: 2023/03/01

        """)
        let unknown = try CommandRunner.run(["explain", "date-ordr"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'date-ordr'; did you mean 'date-order'?"))
    }

    @Test("check-config says OK or lists mistakes with exit 2")
    func checkConfig() throws {
        let ok = try CommandRunner.run(["check-config"], in: CommandRunner.temporaryDirectory())
        #expect(ok.status == 0)
        #expect(ok.stdout == "built-in defaults: OK (25 rules, 25 enabled)\n")
        let directory = CommandRunner.temporaryDirectory()
        try "schema: missing.yml\n".write(to: directory.appendingPathComponent(".qalint.yml"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["check-config"], in: directory)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("\(directory.path)/.qalint.yml:1:9: error: file '\(directory.path)/missing.yml' does not exist\n"))
    }

    @Test("init writes a starter config that check-config accepts, and refuses to overwrite it")
    func initCommand() throws {
        let directory = CommandRunner.temporaryDirectory()
        let first = try CommandRunner.run(["init"], in: directory)
        #expect(first.status == 0)
        #expect(try CommandRunner.run(["check-config"], in: directory).stdout.hasSuffix("/.qalint.yml: OK (25 rules, 25 enabled)\n"))
        let again = try CommandRunner.run(["init"], in: directory)
        #expect(again.status == 2)
        #expect(again.stderr.contains(".qalint.yml already exists; pass --force to overwrite it"))
    }
}
