import Foundation
import Testing
@testable import QALintCore

@Suite("Page summaries: the audit's compact table of titles, groups and links")
struct PageSummariesTests {
    /// Summaries out of path order, with every kind of value: no title, an empty title, a title
    /// shared with a link, no groups, non-ASCII texts, a path given twice.
    static let summaries = [
        PageSummary(path: "c.txt", title: "Rash", groups: ["specialty": "Dermatology", "doctor": "Li Yuqi"], links: ["Rash", "Knee"]),
        PageSummary(path: "a.txt", title: nil, groups: [:], links: []),
        PageSummary(path: "b/é.txt", title: "", groups: ["date": "2023/01/02"], links: ["Café au lait", "Knee"]),
        PageSummary(path: "a.txt", title: "Knee", groups: ["specialty": "Orthopedics"], links: ["李雨琪"]),
    ]

    @Test("rows read back as the summaries they were made from, sorted by path (bytes), equal paths in their order")
    func roundTrip() {
        let table = PageSummaries(Self.summaries)
        #expect(Array(table) == [Self.summaries[1], Self.summaries[3], Self.summaries[2], Self.summaries[0]])
        #expect(table.count == 4 && !table.asciiOnly)
        #expect(table.strings.count == 12)  // each text once: "Rash", "Knee" and "specialty" are named twice
        #expect(PageSummaries(Array(table)).map(\.path) == ["a.txt", "a.txt", "b/é.txt", "c.txt"])
        let literal: PageSummaries = [Self.summaries[0]]
        #expect(Array(literal) == [Self.summaries[0]] && literal.asciiOnly)
    }

    @Test("titles, groups and links are ids of one string table")
    func ids() throws {
        let table = PageSummaries(Self.summaries)
        let specialty = try #require(table.id(of: "specialty"))
        #expect(table.group(1, role: specialty).map(table.string) == "Orthopedics")
        #expect(table.group(0, role: specialty) == nil && table.group(2, role: specialty) == nil)
        #expect(table.group(3, role: nil) == nil && table.id(of: "nowhere") == nil)
        #expect(table.titles[0] == -1 && table.isEmpty(table.titles[2]))
        #expect(table.links(of: 0) == 0..<0 && table.links(of: 2) == 1..<3)
        #expect(table.linkTitle(2) == table.titles[1])  // the link "Knee" and the title "Knee"
    }

    @Test("encoded as the list of summaries it holds, and decoded back the same")
    func codable() throws {
        let table = PageSummaries(Self.summaries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(table)
        #expect(data == (try encoder.encode(Array(table))))
        #expect(Array(try JSONDecoder().decode(PageSummaries.self, from: data)) == Array(table))
    }

    @Test("texts are grouped as Swift compares strings: by id when all are ASCII, else by canonical equivalence")
    func classes() throws {
        let ascii = PageSummaries([PageSummary(path: "a", title: "K", groups: [:], links: ["K", "k"])])
        var asciiClasses = TextClasses(ascii)
        #expect(asciiClasses.of(0) == 0 && asciiClasses.of(1) == 1)
        let decomposed = "Cafe\u{301}", kelvin = "\u{212A}nee"  // equal as Strings to "Café" and "Knee"
        let mixed = PageSummaries([PageSummary(path: "a", title: decomposed, groups: [:], links: ["Café", "Knee", kelvin])])
        var classes = TextClasses(mixed)
        let (first, second) = (try #require(mixed.id(of: "Knee")), try #require(mixed.strings.find(kelvin)))
        #expect(first != second)
        #expect(classes.of(second) == second && classes.of(first) == second)  // named by the first asked about
        let composed = try #require(mixed.strings.find("Café"))
        #expect(classes.of(mixed.titles[0]) == mixed.titles[0] && classes.of(composed) == mixed.titles[0])
    }
}

@Suite("Audit of canonically equal texts: grouped as String keys grouped them")
struct AuditCanonicalTextTests {
    /// Two pages titled "Café" in two spellings, one linking to the other's spelling; their
    /// specialties are "Dermatologie" spelt two ways too.
    static func summary() -> AuditSummary {
        let composed = "Caf\u{E9}", decomposed = "Cafe\u{301}"
        var report = LintReport(diagnostics: [
            AuditFixtures.finding("b.txt", "pii", .warning, line: 1, excerpt: "x"),
        ], files: ["a.txt", "b.txt", "c.txt"])
        report.pages = [
            PageSummary(path: "b.txt", title: decomposed, groups: ["specialty": "Derm\u{E9}"], links: []),
            PageSummary(path: "a.txt", title: composed, groups: ["specialty": "Derme\u{301}"], links: [composed]),
            PageSummary(path: "c.txt", title: "Other", groups: [:], links: [decomposed]),
        ]
        return AuditSummary(report: report, rules: AuditFixtures.rules, run: AuditFixtures.run)
    }

    @Test("one group and one duplicated title, each named by its first page's spelling; links match either spelling")
    func merged() throws {
        let summary = Self.summary()
        // Spellings compared by bytes: Swift's == would find either equal.
        #expect(summary.specialties.groups.map { Array($0.name.utf8) } == [Array("Derme\u{301}".utf8), Array("(none)".utf8)])
        #expect(summary.specialties.groups[0].pages == 2 && summary.specialties.groups[0].warnings == 1)
        #expect(summary.links.duplicates.map { Array($0.title.utf8) } == [Array("Caf\u{E9}".utf8)])
        #expect(summary.links.duplicates[0].paths == ["a.txt", "b.txt"])
        // a.txt links to its own title (either spelling): only c.txt's link counts, and it reaches both.
        #expect(summary.links.orphans.paths == ["c.txt"] && summary.links.links == 2)
        // A finding's key is under its own page's spelling, as before.
        #expect(summary.findingKeys["pii"].map { $0.keys.map { Array($0.utf8) } } == [Array("Derm\u{E9}".utf8)])
    }
}
