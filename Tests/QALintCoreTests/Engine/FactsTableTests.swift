import Testing
@testable import QALintCore

@Suite("String table")
struct StringTableTests {
    @Test("equal texts get one id, in the order first seen, through many slot growths")
    func interning() {
        var table = StringTable()
        let texts = (0..<5_000).map { "Dr. Name \($0 % 1_000) 李雨琪" } + ["", "x"]
        let ids = texts.map { table.intern($0) }
        #expect(table.count == 1_002)
        #expect(ids[0] == 0 && ids[999] == 999 && ids[1_000] == 0 && ids[4_999] == 999)
        #expect(ids[5_000] == 1_000 && ids[5_001] == 1_001)
        #expect(table.string(ids[123]) == "Dr. Name 123 李雨琪")
        #expect(table.string(ids[5_000]) == "")
        #expect(table.length(ids[0]) == "Dr. Name 0 李雨琪".utf8.count)
        #expect(table.find("Dr. Name 7 李雨琪") == 7)
        #expect(table.find("Dr. Name 1000 李雨琪") == nil)
        #expect(StringTable().find("") == nil)
    }

    @Test("a table read back from its parts must be consistent: ends in order, inside the bytes, each text in the slots once")
    func fromParts() {
        var table = StringTable()
        for text in ["a", "bc", "", "def"] { _ = table.intern(text) }
        let copy = StringTable(storedBytes: table.bytes, ends: table.ends, slots: table.slots, hashes: table.hashes)
        #expect(copy?.count == 4 && copy?.string(3) == "def" && copy?.find("bc") == 1)
        var grown = copy
        #expect(grown?.intern("bc") == 1 && grown?.intern("new") == 4 && grown?.find("new") == 4 && copy?.find("new") == nil)
        #expect(StringTable(storedBytes: table.bytes, ends: Column([2, 1, 3, 6]), slots: table.slots, hashes: table.hashes) == nil)
        #expect(StringTable(storedBytes: table.bytes, ends: Column([1, 3, 3, 7]), slots: table.slots, hashes: table.hashes) == nil)
        #expect(StringTable(storedBytes: table.bytes, ends: table.ends, slots: Column([Int32](repeating: 0, count: 64)), hashes: table.hashes) == nil)
        #expect(StringTable(storedBytes: table.bytes, ends: table.ends, slots: Column([Int32](repeating: 1, count: 64)), hashes: table.hashes) == nil)
        #expect(StringTable(storedBytes: table.bytes, ends: table.ends, slots: table.slots, hashes: Column([0])) == nil)
    }

    @Test("texts mapped together get the ids mapping them one at a time gives: repeats, texts already known, slot growths")
    func mappedTogether() {
        // Another table's texts (a worker's), and a run's table that knows some of them already.
        var other = StringTable()
        for number in 0..<3_000 { _ = other.intern(number % 7 == 0 ? "病歷 \(number)" : "Title \(number)") }
        var seeded = StringTable()
        for number in stride(from: 0, to: 6_000, by: 5) { _ = seeded.intern("Title \(number)") }
        // Ids of `other` in a fixed pseudo-random order, with repeats and a few without text (-1).
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let texts: [Int32] = (0..<8_000).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let number = Int32(truncatingIfNeeded: state >> 33) % 3_100
            return number < 3_000 ? number : -1
        }
        var oneByOne = seeded, together = seeded
        var oneRemap = StringTable.Remap(for: other), togetherRemap = StringTable.Remap(for: other)
        let expected = texts.map { text in oneRemap.id(text, of: other) { oneByOne.intern($0) } }
        // Noted in runs of 1 to 37 texts, each run mapped at once, as a page's texts are.
        var start = 0, run = 1
        while start < texts.count {
            let end = min(texts.count, start + run)
            for text in texts[start..<end] { togetherRemap.note(text, of: other) }
            togetherRemap.mapNoted(of: other, into: &together)
            start = end
            run = run % 37 + 1
        }
        let mapped = texts.map { text in togetherRemap.id(text, of: other) { _ in Issue.record("text \(text) was not mapped"); return -2 } }
        #expect(mapped == expected)
        #expect(together.count == oneByOne.count && together.count > seeded.count + 1_000)
        #expect(Array(together.ends) == Array(oneByOne.ends) && Array(together.bytes) == Array(oneByOne.bytes))
        #expect(together.find("病歷 7") == oneByOne.find("病歷 7") && together.find("Title 2999") != nil)
        #expect(together.find("Title 5") == seeded.find("Title 5"))
    }
}

@Suite("Facts table")
struct FactsTableTests {
    static let layout = FactsLayout(textParts: ["question"], lineParts: ["doctor"], excerptFields: ["question"], linkLines: ["doctor"])

    static func span(_ line: Int) -> FactSpan { FactSpan(line: line, column: 1, endColumn: 5) }

    @Test("field names are cached by rank and plan: a plan's name is interned once, another plan's same rank is its own name")
    func fieldNamesByPlan() {
        var table = FactsTable(layout: Self.layout)
        var asked: [String] = []
        func name(_ rank: Int, plan: Int, _ text: String) -> Int32 {
            table.intern(nameRank: rank, plan: plan) {
                asked.append(text)
                return text
            }
        }
        let doctor = name(3, plan: 1, "doctor")
        #expect(name(3, plan: 1, "doctor") == doctor)
        // Rank 3 of another plan (another schema's names) is not plan 1's name.
        let physician = name(3, plan: 2, "physician")
        #expect(physician != doctor && table.string(physician) == "physician")
        #expect(name(0, plan: 2, "age") != physician)
        #expect(table.string(doctor) == "doctor" && asked == ["doctor", "physician", "age"])
    }

    /// Two pages: "A" links to "B" with a doctor line; "B" has no links and a person.
    static func twoPages() -> FactsTable {
        var table = FactsTable(layout: layout)
        table.beginPage(title: ("A", span(1)))
        table.setText(0, TextDigest("the question", length: 280))
        table.setLine(0, [("specialty", "Surgery"), ("doctor", "Li Yuqi"), ("doctor", "ignored")])
        table.addLink(title: ("B", span(20)),
                      excerpts: [ExcerptRow(bodyHash: 1, wholeHash: 2, bodyCount: 3, wholeCount: 4, span: span(21), cut: true)],
                      lines: [([("doctor", "Li Yuqi"), ("specialty", "Surgery")], span(22))])
        table.endPage()
        table.beginPage(title: nil)
        table.addPerson(name: ("Li Yuqi", span(5)), group: ("Urology", span(5)))
        table.endPage()
        return table
    }

    @Test("rows keep each page's slots, people and links; texts are shared by id")
    func rows() {
        let table = Self.twoPages()
        #expect(table.count == 2)
        #expect(table.title(0).map { table.string($0.text) } == "A")
        #expect(table.title(1) == nil)
        #expect(table.text(0, 0)?.count == 12 && table.text(1, 0) == nil)
        #expect(table.links(of: 0) == 0..<1 && table.links(of: 1) == 1..<1)
        #expect(table.people(of: 0) == 0..<0 && table.people(of: 1) == 0..<1)
        #expect(table.string(table.person(0).group.text) == "Urology")
        let pageLine = table.line(0, 0)!
        #expect(table.fields(pageLine).map { "\(table.string($0.name))=\(table.string($0.value))" } == ["doctor=Li Yuqi", "specialty=Surgery"])
        let linkLine = table.linkLine(0, 0)!
        #expect(table.same(linkLine.fields, pageLine) && linkLine.span.line == 22)
        #expect(table.excerpt(0, 0)?.cut == true && table.excerpt(0, 0)?.present == true)
        #expect(table.person(0).name.text == table.fields(pageLine)[0].value)  // "Li Yuqi" stored once
        #expect(table.line(1, 0) == nil)
    }

    @Test("a page copied into another table reads the same, with its texts re-interned")
    func copying() {
        var other = FactsTable(layout: Self.layout)
        other.beginPage(title: ("Z", Self.span(1)))
        other.endPage()
        other.append(contentsOf: Self.twoPages())
        #expect(other.count == 3)
        #expect(other.title(1).map { other.string($0.text) } == "A")
        #expect(other.string(other.linkTitle(0).text) == "B" && other.links(of: 1) == 0..<1)
        #expect(other.same(other.linkLine(0, 0)!.fields, other.line(1, 0)!))
        #expect(other.string(other.person(0).name.text) == "Li Yuqi" && other.people(of: 2) == 0..<1)
    }

    @Test("row types have no padding, so the cache can write them as they lie in memory")
    func layoutsArePacked() {
        #expect(MemoryLayout<FactSpan>.size == 12 && MemoryLayout<FactSpan>.stride == 12)
        #expect(MemoryLayout<FactMark>.size == 16 && MemoryLayout<FactMark>.stride == 16)
        #expect(MemoryLayout<FieldSet>.size == 8 && MemoryLayout<TextRow>.size == 16)
        #expect(MemoryLayout<ExcerptRow>.size == 40 && MemoryLayout<ExcerptRow>.stride == 40)
    }
}
