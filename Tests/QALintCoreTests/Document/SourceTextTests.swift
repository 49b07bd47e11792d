import Testing
@testable import QALintCore

@Suite("Source text")
struct SourceTextTests {
    @Test("LF, CRLF and lone CR all end lines; the final line may lack a newline")
    func lineEndings() {
        let source = SourceText(bytes: Array("a\nbb\r\nccc\rd".utf8))
        #expect(source.lines.map(\.terminator) == [.lf, .crlf, .cr, .none])
        #expect((0..<4).map(source.lineText) == ["a", "bb", "ccc", "d"])
    }

    @Test("a final newline does not start another line; an empty file has one empty line")
    func finalNewline() {
        #expect(SourceText(bytes: Array("a\n".utf8)).lineCount == 1)
        #expect(SourceText(bytes: []).lineCount == 1)
        #expect(SourceText(bytes: Array("\n\n".utf8)).lineCount == 2)
    }

    @Test("a BOM is not content: column 1 is the byte after it")
    func byteOrderMark() {
        let source = SourceText(bytes: [0xEF, 0xBB, 0xBF] + Array("Title".utf8))
        #expect(source.hasBOM)
        #expect(source.lineText(0) == "Title")
        #expect(source.column(lineIndex: 0, offset: 3) == 1)
        #expect(SourceText(bytes: [0xEF, 0xBB, 0xBF]).lineText(0) == "")
    }

    @Test("columns count Unicode scalars, not bytes")
    func columns() {
        let source = SourceText(bytes: Array("膝蓋 pain 🏃x".utf8))
        let x = Array("膝蓋 pain 🏃".utf8).count
        #expect(source.column(lineIndex: 0, offset: x) == 10)
    }

    @Test("each kind of invalid UTF-8 is found with its length", arguments: [
        ([0x61, 0xFF, 0x62], EncodingIssue.Problem.invalidByte, 1, 1),
        ([0x61, 0xC0, 0x80], .overlong, 1, 2),
        ([0x61, 0xE0, 0x80, 0x80], .overlong, 1, 3),
        ([0x61, 0xED, 0xA0, 0x80], .surrogate, 1, 3),
        ([0x61, 0xE4, 0xBD, 0x0A], .truncated, 1, 2),
        ([0x61, 0x80], .unexpectedContinuation, 1, 1),
        ([0x61, 0xF4, 0x90, 0x80, 0x80], .tooLarge, 1, 4),
        ([0x61, 0x00], .nulByte, 1, 1),
    ] as [([UInt8], EncodingIssue.Problem, Int, Int)])
    func invalidUTF8(bytes: [UInt8], problem: EncodingIssue.Problem, offset: Int, length: Int) {
        let source = SourceText(bytes: bytes)
        #expect(source.encodingIssues.first == EncodingIssue(offset: offset, length: length, problem: problem))
    }

    @Test("valid multi-byte text has no encoding issues")
    func validText() {
        #expect(SourceText(bytes: Array("Ask Date：2023／01／03 膝蓋痛 🏃 ～".utf8)).encodingIssues.isEmpty)
    }

    @Test("an invalid sequence counts as one column")
    func invalidColumns() {
        let source = SourceText(bytes: [0x61, 0xFF, 0xFE, 0x62])
        #expect(source.column(lineIndex: 0, offset: 3) == 4)
        let surrogate = SourceText(bytes: [0x61, 0xED, 0xA0, 0x80, 0x62])
        #expect(surrogate.column(lineIndex: 0, offset: 4) == 3)
    }
}
