import Foundation
import Testing
@testable import QALintCore

@Suite("Document parser")
struct DocumentParserTests {
    static let seedPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/real/000_5e680e8725b4971a.txt").path

    @Test("the real page's one defect is reported, and nothing else")
    func seedPage() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.seedPath))
        let found = TestSupport.lint(Array(bytes), path: "seed.txt")
        #expect(found.map { "\($0.range.line):\($0.range.column) \($0.severity.rawValue) \($0.rule): \($0.message)" }
                == ["57:1 error related-faq-format: Related FAQ entry: topic is empty"])
    }

    @Test("the real page parses into every part, with four Similar Q&A entries and ten Related FAQ entries")
    func seedParts() throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.seedPath))
        let document = DocumentParser(schema: BuiltinFiles.schema).parse(SourceText(bytes: Array(bytes)), path: "seed.txt")
        #expect(document.field("title").map(document.value(of:)) == "Vertebral hemangioma")
        #expect(document.field("asker_name").map(document.value(of:)) == "Hsu")
        #expect(document.field("doctor").map(document.value(of:)) == "Chen Yongxue")
        #expect(document.field("specialty").map(document.value(of:)) == "Orthopedics")
        #expect(document.field("reply_date").map(document.value(of:)) == "2023/01/03")
        #expect(document.primary("similar_qa").map { document.occurrences.entries(of: $0).count } == 4)
        #expect(document.primary("related_faq").map { document.occurrences.entries(of: $0).count } == 10)
        #expect(document.fields(named: "similar_qa.doctor").map(document.value(of:)) == ["Chen Yongxue", "Wu Yuxin", "Ding Xianwei", "Li Yuqi"])
        #expect(document.primary("question")?.body == 1..<10)
    }

    @Test("a malformed asker line is found as the asker line, not reported missing")
    func lenientRecognition() {
        let page = "T\nQ\nhsu 25 female ask date 2023/01/03\nDr. A reply Surgery\nR\nReply Date: 2023/01/03\nMore Info\nX\n"
        let rules = Set(TestSupport.lint(page).map(\.rule))
        #expect(rules.contains("asker-format"))
        #expect(!rules.contains("required-section"))
    }

    @Test("binary input yields a document and one diagnostic, never a crash")
    func binaryInput() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0xFF, 0xD8]
        let document = DocumentParser(schema: BuiltinFiles.schema).parse(SourceText(bytes: png), path: "x")
        #expect(document.source.looksBinary)
        let found = TestSupport.lint(png)
        #expect(found.map { "\($0.range.line):\($0.range.column) \($0.rule)" } == ["1:1 encoding"])
    }

    @Test("an empty file reports the missing title at 1:1")
    func emptyFile() {
        let found = TestSupport.lint("")
        #expect(found.first.map { "\($0.range.line):\($0.range.column) \($0.rule)" } == "1:1 required-section")
    }
}
