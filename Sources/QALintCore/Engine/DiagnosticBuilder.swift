/// Turns a kind's ``Finding`` into a ``Diagnostic``: positions in lines and Unicode-scalar
/// columns, the rendered message, and the line's excerpt with personal data masked.
enum DiagnosticBuilder {
    /// Byte spans of sensitive findings, by line.
    static func sensitiveSpans(_ findings: [Finding]) -> [Int: [Range<Int>]] {
        var spans: [Int: [Range<Int>]] = [:]
        for finding in findings where finding.sensitive {
            spans[finding.lineIndex, default: []].append(finding.start..<max(finding.start, finding.end))
        }
        return spans
    }

    /// The diagnostic for `finding`.
    static func diagnostic(_ finding: Finding, rule: Rule, severity: Severity, document: Document, masks: [Int: [Range<Int>]]) -> Diagnostic {
        let source = document.source
        let line = min(finding.lineIndex, source.lineCount - 1)
        let endLine = min(max(finding.endLineIndex, line), source.lineCount - 1)
        let column = source.column(lineIndex: line, offset: finding.start)
        var endColumn = source.column(lineIndex: endLine, offset: finding.end)
        if endLine == line && endColumn <= column { endColumn = column + 1 }
        let range = SourceRange(line: line + 1, column: column, endLine: endLine + 1, endColumn: endColumn)
        let template = rule.messages[finding.message]
        let message = template?.render(finding.values) ?? finding.message
        return Diagnostic(file: document.path, range: range, severity: severity, rule: rule.id, message: message,
                          excerpt: excerpt(line, source: source, masks: masks[line] ?? []), related: finding.related,
                          fix: finding.fix)
    }

    /// The text of `line` with `masks` replaced by `*`, one per Unicode scalar.
    static func excerpt(_ line: Int, source: SourceText, masks: [Range<Int>]) -> String {
        let bounds = source.lines[line]
        guard !masks.isEmpty else { return source.text(bounds.start, bounds.end) }
        var result = ""
        var position = bounds.start
        for mask in masks.sorted(by: { $0.lowerBound < $1.lowerBound }) where mask.lowerBound >= position {
            result += source.text(position, mask.lowerBound)
            result += String(repeating: "*", count: source.text(mask.lowerBound, mask.upperBound).unicodeScalars.count)
            position = mask.upperBound
        }
        return result + source.text(position, bounds.end)
    }
}
