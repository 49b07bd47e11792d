import Testing
@testable import QALintCore

@Suite("Message templates")
struct MessageTemplateTests {
    private func rendered(_ source: String, _ values: [String: String] = ["later": "L", "earlier": "E"]) -> String {
        switch MessageTemplate.parse(source, allowed: ["later", "earlier"]) {
        case .success(let template): template.render(values)
        case .failure(let error): "error: \(error.message)"
        }
    }

    @Test("placeholders are filled in ASCII and non-ASCII templates, at the ends and side by side")
    func placeholders() {
        #expect(rendered("Reply Date {later} is before Ask Date {earlier}") == "Reply Date L is before Ask Date E")
        #expect(rendered("{later}{earlier}") == "LE")
        #expect(rendered("no placeholder") == "no placeholder")
        #expect(rendered("") == "")
        #expect(rendered("Datum {later} — „{earlier}“ ✓") == "Datum L — „E“ ✓")
        #expect(rendered("{later}\r\n{earlier}") == "L\r\nE")
        #expect(rendered("{later} and {earlier}", ["later": "L"]) == "L and ")
    }

    @Test("a brace with a combining mark is text, not a placeholder")
    func combiningMark() {
        #expect(rendered("é {\u{301}later} x") == "é {\u{301}later} x")
    }

    @Test("an unclosed brace and an unknown placeholder are errors")
    func errors() {
        #expect(rendered("a {later") == "error: unclosed '{' in message 'a {later'")
        #expect(rendered("ü {later") == "error: unclosed '{' in message 'ü {later'")
        #expect(rendered("a {latr} b") == "error: unknown placeholder '{latr}'; did you mean 'later'?; this kind offers: earlier, later")
    }
}
