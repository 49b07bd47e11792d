import Testing
@testable import QALintCore

/// One example of one rule, as a test argument.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let index: Int
    let example: RuleExample

    var testDescription: String { "\(rule) \(example.triggers ? "trigger" : "pass") #\(index + 1) (\(example.origin))" }

    static let all: [ExampleCase] = TestSupport.configuration.rules.flatMap { rule in
        rule.examples.enumerated().map { ExampleCase(rule: rule.id, index: $0.offset, example: $0.element) }
    }
}

/// How an example's page is varied; positions must not change.
enum PageVariant: String, CaseIterable, Sendable {
    case asWritten, crlf, bom, noFinalNewline

    /// The varied bytes and marker offsets, or nil when the variant does not apply.
    func apply(_ bytes: [UInt8], _ markers: [Int]) -> ([UInt8], [Int])? {
        switch self {
        case .asWritten:
            return (bytes, markers)
        case .crlf:
            guard !bytes.contains(0x0D) else { return nil }
            var result: [UInt8] = []
            var shifted: [Int] = []
            var pending = markers[...]
            for (offset, byte) in bytes.enumerated() {
                while let next = pending.first, next == offset { shifted.append(result.count); pending = pending.dropFirst() }
                if byte == 0x0A { result.append(0x0D) }
                result.append(byte)
            }
            shifted += pending.map { _ in result.count }
            return (result, shifted)
        case .bom:
            return ([0xEF, 0xBB, 0xBF] + bytes, markers.map { $0 + 3 })
        case .noFinalNewline:
            guard bytes.last == 0x0A else { return nil }
            var trimmed = bytes
            trimmed.removeLast()
            if trimmed.last == 0x0D { trimmed.removeLast() }
            return (trimmed, markers.map { min($0, trimmed.count) })
        }
    }
}

@Suite("Rule examples")
struct RuleExamplesTests {
    static let page = TestSupport.configuration.examplePage ?? ""

    @Test("the example page is clean")
    func examplePageIsClean() {
        #expect(!Self.page.isEmpty)
        let found = TestSupport.lint(Self.page)
        #expect(found.isEmpty, "\(found.map { "\($0.range.line):\($0.range.column) \($0.rule): \($0.message)" })")
    }

    @Test("every rule has triggering and passing examples")
    func everyRuleHasExamples() {
        for rule in TestSupport.configuration.rules {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) has no passing example")
        }
    }

    @Test("each example reports exactly at its markers, in every page variant", arguments: ExampleCase.all)
    func example(_ testCase: ExampleCase) throws {
        let (bytes, markers) = try ExampleText.resolve(testCase.example, examplePage: Self.page)
        #expect(testCase.example.triggers == !markers.isEmpty, "trigger examples need ↓ markers, pass examples none")
        let plain = SourceText(bytes: bytes)
        let expected = markers.map { offset -> String in
            let line = plain.lineIndex(containing: offset)
            return "\(line + 1):\(plain.column(lineIndex: line, offset: offset))"
        }
        for variant in PageVariant.allCases {
            guard let (varied, _) = variant.apply(bytes, markers) else { continue }
            let found = TestSupport.lint(varied).filter { $0.rule == testCase.rule }
            let positions = found.map { "\($0.range.line):\($0.range.column)" }
            #expect(positions == expected, "\(variant.rawValue): \(found.map { "\($0.range.line):\($0.range.column) \($0.message)" })")
        }
    }
}
