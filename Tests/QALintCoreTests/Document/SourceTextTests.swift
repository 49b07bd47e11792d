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

    @Test("lines are those a byte-by-byte reading gives, with and without CRs, after a BOM or not, on 3,000 random texts")
    func splitAgainstReference() {
        // Byte by byte: LF, CRLF and a lone CR end a line; what follows the last one is a line
        // when it is not empty, or when there is no line at all.
        func reference(_ bytes: [UInt8], from: Int) -> [SourceLine] {
            var lines: [SourceLine] = [], start = from, at = from
            while at < bytes.count {
                if bytes[at] == 0x0A {
                    lines.append(SourceLine(start: start, end: at, terminator: .lf))
                    start = at + 1
                } else if bytes[at] == 0x0D {
                    let crlf = at + 1 < bytes.count && bytes[at + 1] == 0x0A
                    lines.append(SourceLine(start: start, end: at, terminator: crlf ? .crlf : .cr))
                    if crlf { at += 1 }
                    start = at + 1
                }
                at += 1
            }
            if start < bytes.count || lines.isEmpty { lines.append(SourceLine(start: start, end: bytes.count, terminator: .none)) }
            return lines
        }
        // A linear congruential generator: the same texts on every run.
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let alphabet: [UInt8] = [0x61, 0x20, 0x0A, 0x0A, 0x00, 0xC3, 0xA9, 0xFF, 0x0D]
        for round in 0..<3_000 {
            // Half the texts without a CR (the usual page), half with.
            let letters = round % 2 == 0 ? alphabet.count - 1 : alphabet.count
            var bytes = (0..<(next() % 70)).map { _ in alphabet[next() % letters] }
            if round % 7 == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
            let source = SourceText(bytes: bytes)
            #expect(source.lines == reference(bytes, from: source.hasBOM ? 3 : 0), "\(bytes)")
        }
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
