import Testing
@testable import QALintCore

@Suite("Line templates")
struct TemplateTests {
    private func fields(_ template: String, _ line: String) -> (values: [String: String], missing: String?) {
        let parsed = try! LineTemplate.parse(template).get()
        let bytes = Array(line.utf8)
        let match = bytes.withUnsafeBufferPointer { parsed.match($0, start: 0, end: $0.count) }
        var values: [String: String] = [:]
        for capture in match.captures { values[capture.name] = String(decoding: bytes[capture.start..<capture.end], as: UTF8.self) }
        return (values, match.missingLiteral)
    }

    @Test("the asker line splits on its last ', <age> year old', so names may hold commas")
    func askerWithCommas() {
        let result = fields("{asker_name}, {age} year old {gender}. Ask Date: {ask_date}",
                            "Mr. Li, Jr., 20~29 year old male. Ask Date: 2023/01/03")
        #expect(result.values == ["asker_name": "Mr. Li, Jr.", "age": "20~29", "gender": "male", "ask_date": "2023/01/03"])
        #expect(result.missing == nil)
    }

    @Test("a missing literal is named, and the fields right of it are still read")
    func missingLiteral() {
        let result = fields("{asker_name}, {age} year old {gender}. Ask Date: {ask_date}", "Hsu, 25 years old female. Ask Date: 2023/01/03")
        #expect(result.missing == " year old ")
        #expect(result.values == ["ask_date": "2023/01/03"])
    }

    @Test("the matcher names a missing literal by its token, leading, inner or trailing, as the public match does by text",
          arguments: [
              ("Dr. {doctor} reply {specialty}", "Dr. Li Yuqi reply Surgery", nil, nil),
              ("Dr. {doctor} reply {specialty}", "Mr. Li Yuqi reply Surgery", 0, "Dr. "),
              ("Dr. {doctor} reply {specialty}", "Dr. Li Yuqi answers Surgery", 2, " reply "),
              ("{topic}({specialty})", "Knee pain (Surgery", 3, ")"),
              ("{topic}({specialty})", "Knee pain Surgery)", 1, "("),
              ("Ask Date: {date}", "Ask", 0, "Ask Date: "),
          ] as [(String, String, Int?, String?)])
    func missingToken(_ template: String, _ line: String, _ token: Int?, _ text: String?) throws {
        let parsed = try LineTemplate.parse(template).get()
        let bytes = Array(line.utf8)
        var spans: [Range<Int>] = []
        let index = bytes.withUnsafeBufferPointer { parsed.match($0, start: 0, end: $0.count, spans: &spans) }
        #expect(index == token)
        #expect(index.map(parsed.literalText) == text)
        #expect(fields(template, line).missing == text)
    }

    @Test("an empty field still matches")
    func emptyField() {
        let result = fields("{topic}({specialty})", "(Surgery)")
        #expect(result.values == ["topic": "", "specialty": "Surgery"])
        #expect(result.missing == nil)
    }

    @Test("templates with two fields side by side are rejected")
    func adjacentFields() {
        #expect(throws: TemplateError.self) { try LineTemplate.parse("{a}{b}").get() }
    }
}
