/// `trailing-whitespace`: spaces or tabs at the end of a line.
struct TrailingWhitespaceKind: RuleKind {
    static let name = "trailing-whitespace"
    static let summary = "Reports spaces and tabs at the end of a line; the fix removes them."
    static let messages = [(key: "trailing", template: "Trailing whitespace ({count} characters)")]
    static let placeholders = ["count"]
    static let fixable = true

    init(options: inout OptionsReader, environment: KindEnvironment) {}

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        document.source.bytes.withUnsafeBufferPointer { buffer in
            for (index, line) in document.source.lines.enumerated() {
                var start = line.end
                while start > line.start, ByteScan.isBlank(buffer[start - 1]) { start -= 1 }
                guard start < line.end else { continue }
                var finding = Finding(line: index, start: start, end: line.end, message: "trailing",
                                      values: ["count": String(line.end - start)])
                finding.fix = Fix(start: start, end: line.end, replacement: [])
                findings.append(finding)
            }
        }
    }
}
