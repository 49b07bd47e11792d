import Testing
@testable import QALintCore

/// Every input a fuzz run found (crash, hang, leak, out-of-memory), replayed through the same
/// code path as its fuzz target, with the behaviour it must have now. See docs/fuzzing.md.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    // FuzzLint, 2026-12-02: a Reply Date of 86 digits before `/05/07` overflowed `Int` in
    // DateRepair (it accumulated every digit before looking at the count), a trap in the
    // per-page pass. It is now a plain date-format finding, with no fix.
    @Test("a date field with a digit run longer than Int is a date-format finding without a fix")
    func dateRepairOverflow() throws {
        let input = try FuzzReplay.input("lint-date-repair-overflow.txt")
        let outcome = try FuzzReplay.lint(input)
        let expected = [
            "2:105 encoding: Invalid UTF-8: byte that never appears in UTF-8 (0xFF)",
            "6:7 asker-format: Asker line: age '31~39' is not an age bucket such as 20~29",
            "11:13 date-format: Reply Date '2024\(String(repeating: "5", count: 82))/05/07' is not a date in the form YYYY/MM/DD",
            "20:1 similar-qa-format: Similar Q&A entry does not end with its last line; expected 4 lines: <title> / <question> / Dr. <doctor> reply <specialty> / <reply>[Read More] <read_more_title>",
        ]
        #expect(FuzzReplay.describe(outcome.page) == expected)
        // Beside the seed page, whose Similar Q&A links to the title this page had before the
        // mutation, the same findings and a broken link.
        #expect(FuzzReplay.describe(outcome.corpus)
                == expected + ["seed.txt:11:1 broken-link: No page is titled 'Recurring one-sided headaches with nausea'"])
        #expect(outcome.fixed == input)
        #expect(outcome.appliedAgain == 0)
    }

    @Test("DateRepair refuses a part of five or more digits instead of overflowing", arguments: [
        String(repeating: "9", count: 19) + "/01/02", "2024" + String(repeating: "5", count: 82) + "/05/07",
        "2024/" + String(repeating: "1", count: 40) + "/07", "2024/05/" + String(repeating: "０", count: 30), "20245/1/2",
    ])
    func dateRepairLongParts(text: String) {
        #expect(DateRepair.date(text) == nil)
    }

    @Test("DateRepair still reads loose dates")
    func dateRepairLoose() {
        #expect(DateRepair.date("2023/1/3") == CalendarDate(year: 2023, month: 1, day: 3))
        #expect(DateRepair.date("２０２３／０３／０２") == CalendarDate(year: 2023, month: 3, day: 2))
    }

    // FuzzConfig, before 2026-12-02: an empty `.qalint.yml` leaked the 4 KiB buffer that
    // FileManager.contents(atPath:) allocates for an empty file on Linux (LeakSanitizer). The
    // loader reads with FileReader now. Only LeakSanitizer sees a leak: with the workaround
    // undone, `swift test --sanitize=address --disable-xctest --filter FuzzRegressionTests`
    // fails on this test (docs/fuzzing.md). An empty config file means the built-in defaults.
    @Test("an empty config file loads as the built-in defaults")
    func emptyConfigFile() throws {
        let configuration = try FuzzReplay.config([]).get()
        #expect(configuration.rules.map(\.id) == TestSupport.configuration.rules.map(\.id))
        let empty = FileManagerShim.temporaryDirectory() + "/empty.yml"
        try AtomicWriter.write([], to: empty)
        #expect(try ConfigurationLoader.read(empty) == "")
    }
}
