import Foundation
import Testing
@testable import QALintCore

@Suite("Part lines: the lines of named parts, as runs")
struct PartLinesTests {
    static let document: Document = {
        let bytes = FileManager.default.contents(atPath: DocumentParserTests.seedPath) ?? Data()
        return DocumentParser(schema: BuiltinFiles.schema).parse(SourceText(bytes: Array(bytes)), path: "seed.txt")
    }()

    /// Every line of every occurrence of `ids`, sorted, each once: what the runs must give.
    static func reference(_ ids: [String]) -> [Int] {
        var lines = Set<Int>()
        for id in ids {
            guard let part = document.schema.partIndex(id) else { continue }
            for match in document.occurrences[part] { lines.formUnion(match.body) }
        }
        return lines.sorted()
    }

    @Test("parts named in page order, out of order, twice, or unknown give the same sorted lines, each once",
          arguments: [["question", "reply"], ["reply", "question"], ["question", "question"], ["related_faq", "question", "similar_qa"],
                      ["nope", "reply"], ["nope"]])
    func lines(_ ids: [String]) {
        let lines = PartLines(ids, schema: BuiltinFiles.schema).lines(in: Self.document)
        #expect(Array(lines) == Self.reference(ids))
        #expect(lines.isEmpty == Self.reference(ids).isEmpty)
        #expect(lines.first == Self.reference(ids).first)
    }

    @Test("the seed page's question and reply are two runs; named the other way round they are sorted")
    func runs() {
        let question = Self.document.primary("question")?.body, reply = Self.document.primary("reply")?.body
        #expect(question == 1..<10)
        #expect(PartLines(["reply", "question"], schema: BuiltinFiles.schema).lines(in: Self.document).runs == [question, reply].compactMap { $0 })
        // Overlapping runs (a part named twice) are merged.
        #expect(PartLines(["question", "question"], schema: BuiltinFiles.schema).lines(in: Self.document).runs == [1..<10])
    }
}
