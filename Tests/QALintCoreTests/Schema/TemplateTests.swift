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
