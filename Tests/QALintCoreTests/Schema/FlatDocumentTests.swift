import Foundation
import Testing
@testable import QALintCore

/// A page's parts, entries and fields are runs of a few shared arrays: the views must read
/// exactly their run, from 0, and the pairing of same-line fields must not depend on how many
/// there are.
@Suite("Flat document: runs of shared arrays, same-line pairs, byte sets")
struct FlatDocumentTests {
    static func field(line: Int, start: Int, slot: Int = 0) -> Field {
        Field(lineIndex: line, start: start, end: start + 3, slot: slot)
    }

    @Test("a view reads its run only, indexed from 0, in order")
    func listView() {
        let view = ListView(storage: [10, 11, 12, 13, 14, 15], range: 2..<5)
        #expect(view.count == 3)
        #expect(view.startIndex == 0 && view.endIndex == 3)
        #expect(view[0] == 12 && view[2] == 14)
        #expect(Array(view) == [12, 13, 14])
        #expect(view.first(where: { $0 > 12 }) == 13)
        // Read in place, a search still stays inside the run: before it and after it are not found.
        #expect(view.first(where: { $0 < 12 }) == nil && view.first(where: { $0 > 14 }) == nil)
        #expect(view.last == 14)
        #expect(Array(view.reversed()) == [14, 13, 12])
        #expect(ListView(storage: [1, 2], range: 1..<1).isEmpty)
    }

    @Test("entries and fields of the seed page come from shared runs, in page order")
    func seedEntries() throws {
        let bytes = try #require(FileManager.default.contents(atPath: DocumentParserTests.seedPath))
        let schema = BuiltinFiles.schema
        let document = DocumentParser(schema: schema).parse(SourceText(bytes: Array(bytes)), path: "seed.txt")
        let occurrences = document.occurrences
        let entries = occurrences.entries(of: try #require(document.primary("similar_qa")))
        #expect(entries.count == 4)
        var previousLine = -1
        for entry in entries {
            let lines = occurrences.lineIndices(of: entry)
            #expect(lines.count == occurrences.assigned(of: entry).count)
            #expect(occurrences.verdicts(of: entry).count == occurrences.assigned(of: entry).count)
            #expect(occurrences.verdicts(of: entry).allSatisfy { $0 == .matched })
            #expect(lines[0] > previousLine)
            #expect(occurrences.fields(of: entry).allSatisfy { lines.contains($0.lineIndex) })
            previousLine = lines[lines.count - 1]
        }
        #expect(document.fields(named: "similar_qa.doctor").map(document.value(of:)) == entries.flatMap { entry in
            occurrences.fields(of: entry).filter { document.name(of: $0) == "similar_qa.doctor" }.map(document.value(of:))
        })
        #expect(document.occurrences.count == schema.parts.count)
        #expect(document.fields(named: "no_such_field").isEmpty)
    }

    @Test("a second section's entries follow the first's in the page's lists, each section its own run")
    func twoSections() throws {
        let bytes = try #require(FileManager.default.contents(atPath: DocumentParserTests.seedPath))
        let parser = DocumentParser(schema: BuiltinFiles.schema)
        let seed = parser.parse(SourceText(bytes: Array(bytes)), path: "seed.txt")
        let seedSection = try #require(seed.primary("similar_qa"))
        let first = try #require(seed.occurrences.entries(of: seedSection).first)
        // The seed with its first Similar Q&A entry again, under a second heading at the end.
        let entryText = seed.occurrences.lineIndices(of: first).map { seed.source.text(seed.source.lines[$0].start, seed.source.lines[$0].end) }
        var text = String(decoding: bytes, as: UTF8.self)
        if !text.hasSuffix("\n") { text += "\n" }
        let headingLine = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        text += "Similar Q&A\n" + entryText.joined(separator: "\n") + "\n"
        let document = parser.parse(SourceText(bytes: Array(text.utf8)), path: "two.txt")
        let occurrences = document.occurrences
        let part = try #require(BuiltinFiles.schema.partIndex("similar_qa"))
        let sections = occurrences[part]
        #expect(sections.count == 2)
        #expect(occurrences.entries(of: sections[0]).count == 4)
        let second = occurrences.entries(of: sections[1])
        #expect(second.count == 1)
        #expect(Array(occurrences.lineIndices(of: second[0])) == Array((headingLine + 1)...(headingLine + 4)))
        #expect(occurrences.verdicts(of: second[0]).allSatisfy { $0 == .matched })
        #expect(occurrences.fields(of: second[0]).allSatisfy { $0.lineIndex > headingLine })
        let titles = document.fields(named: "similar_qa.title").map(document.value(of:))
        #expect(titles.count == 5)
        #expect(titles.last == titles.first)
    }

    @Test("same-line pairs agree with a scan, with few fields and with many")
    func sameLine() {
        for count in [0, 1, 3, 8, 9, 40] {
            // Groups on every other line, two on each line a multiple of 6 (the first counts).
            var groups: [Field] = []
            for line in stride(from: 0, to: count * 2, by: 2) {
                groups.append(Self.field(line: line, start: 100, slot: 1))
                if line % 6 == 0 { groups.append(Self.field(line: line, start: 200, slot: 1)) }
            }
            let pairs = SameLineFields(ListView(storage: groups, range: 0..<groups.count))
            for line in 0..<(count * 2 + 2) {
                let name = Self.field(line: line, start: 5)
                let expected = groups.first { $0.lineIndex == line }
                #expect(pairs.on(lineOf: name) == expected, "count \(count), line \(line)")
            }
        }
    }

    @Test("a byte set knows its members' exact bytes, and folds ASCII case only when asked")
    func byteSet() {
        let members = ["Urology", "Obstetrics and Gynecology", "", "Urology", "Ophthalmology", "Médecine", "k"]
        let exact = ByteSet(members.map { Array($0.utf8) })
        func ask(_ set: ByteSet, _ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { set.contains($0) } }
        for member in members { #expect(ask(exact, member)) }
        for stranger in ["urology", "Urolog", "Urologyy", " Urology", "Médecinе", "K", "Obstetrics and gynecology"] {
            #expect(!ask(exact, stranger), "\(stranger)")
        }
        let folded = ByteSet(members.map { Array($0.lowercased().utf8) }, foldingASCIICase: true)
        #expect(ask(folded, "UROLOGY") && ask(folded, "urology") && ask(folded, "K") && ask(folded, ""))
        #expect(ask(folded, "mÉdecine") == false)  // only ASCII letters fold
        #expect(ask(folded, "médecine"))
        // Many members: every one found, no other string of the same shape.
        let many = (0..<5_000).map { "Specialty \($0)" }
        let large = ByteSet(many.map { Array($0.utf8) })
        #expect(many.allSatisfy { ask(large, $0) })
        #expect(!(5_000..<6_000).contains { ask(large, "Specialty \($0)") })
    }
}
