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
    static let set = TestSupport.configuration.examples
    /// The default configuration with the examples' doctor registry.
    static let configuration: Configuration = {
        var configuration = TestSupport.configuration
        configuration.reference.doctors = set.doctors
        return configuration
    }()

    @Test("the example pages are clean, alone and as a corpus")
    func examplePagesAreClean() {
        #expect(!Self.set.page.isEmpty)
        let found = TestSupport.lint(Self.set.page, configuration: Self.configuration)
        #expect(found.isEmpty, "\(found.map { "\($0.range.line):\($0.range.column) \($0.rule): \($0.message)" })")
        let corpus = ([("page.txt", Self.set.page)] + Self.set.corpus.map { ($0.key, $0.value) })
            .map { LintInput.bytes(Array($0.1.utf8), name: $0.0) }
        let report = Linter(configuration: Self.configuration).lint(corpus, context: context, jobs: 2)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map { "\($0.file):\($0.range.line) \($0.rule): \($0.message)" })")
    }

    @Test("every rule has triggering and passing examples")
    func everyRuleHasExamples() {
        for rule in TestSupport.configuration.rules {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) has no triggering example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) has no passing example")
        }
    }

    private var context: CheckContext {
        CheckContext(today: TestSupport.today, reference: Self.configuration.reference)
    }

    @Test("each example reports exactly at its markers, in every page variant", arguments: ExampleCase.all)
    func example(_ testCase: ExampleCase) throws {
        let pages = try ExampleText.pages(testCase.example, set: Self.set)
        let markerCount = pages.reduce(0) { $0 + $1.markers.count }
        #expect(testCase.example.triggers == (markerCount > 0), "trigger examples need ↓ markers, pass examples none")
        let expected = pages.flatMap { page -> [String] in
            let plain = SourceText(bytes: page.bytes)
            return page.markers.map { offset in
                let line = plain.lineIndex(containing: offset)
                return "\(page.name):\(line + 1):\(plain.column(lineIndex: line, offset: offset))"
            }
        }.sorted()
        for variant in PageVariant.allCases {
            let varied = pages.compactMap { page in variant.apply(page.bytes, page.markers).map { (page.name, $0.0) } }
            guard varied.count == pages.count else { continue }
            let found: [Diagnostic]
            if testCase.example.corpus {
                let inputs = varied.map { LintInput.bytes($0.1, name: $0.0) }
                found = Linter(configuration: Self.configuration).lint(inputs, context: context, jobs: 2).diagnostics
            } else {
                found = TestSupport.lint(varied[0].1, path: varied[0].0, configuration: Self.configuration)
            }
            let mine = found.filter { $0.rule == testCase.rule }
            let positions = mine.map { "\($0.file):\($0.range.line):\($0.range.column)" }.sorted()
            #expect(positions == expected, "\(variant.rawValue): \(mine.map { "\($0.file):\($0.range.line):\($0.range.column) \($0.message)" })")
        }
    }
}
