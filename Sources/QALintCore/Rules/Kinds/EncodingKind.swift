/// `encoding`: invalid UTF-8 sequences and NUL bytes, each at its line and column.
struct EncodingKind: RuleKind {
    static let name = "encoding"
    static let summary = "Reports invalid UTF-8 sequences and NUL bytes where they stand."
    static let messages = [
        (key: "invalid", template: "Invalid UTF-8: {problem} ({bytes})"),
        (key: "nul", template: "NUL byte in text"),
        (key: "more", template: "{count} more encoding problems in this file are not listed"),
        (key: "binary", template: "This looks like a binary file (NUL bytes and invalid UTF-8), not a page; it was not checked further"),
    ]
    static let placeholders = ["problem", "bytes", "count"]

    /// The most findings listed per file; the rest are counted in one more finding.
    let limit: Int

    init(options: inout OptionsReader, environment: KindEnvironment) {
        limit = options.int("max_per_file", range: 1...100_000) ?? 50
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let source = document.source
        if source.looksBinary {
            findings.append(Finding(line: 0, start: source.lines[0].start, end: source.lines[0].start, message: "binary"))
            return
        }
        for issue in source.encodingIssues.prefix(limit) {
            let line = source.lineIndex(containing: issue.offset)
            if issue.problem == .nulByte {
                findings.append(Finding(line: line, start: issue.offset, end: issue.offset + 1, message: "nul"))
                continue
            }
            let bytes = source.bytes[issue.offset..<(issue.offset + issue.length)]
                .map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            findings.append(Finding(line: line, start: issue.offset, end: issue.offset + issue.length, message: "invalid",
                                    values: ["problem": issue.problem.rawValue, "bytes": bytes]))
        }
        let rest = source.encodingIssueCount - min(limit, source.encodingIssues.count)
        if rest > 0, let last = findings.last {
            var more = Finding(line: last.lineIndex, start: last.start, end: last.end, message: "more", values: ["count": String(rest)])
            more.endLineIndex = last.endLineIndex
            findings.append(more)
        }
    }
}
