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

    /// The texts of sensitive findings, longest first, with their masks: every message of the
    /// page is scrubbed of them, so another rule that quotes the same text (a user's pattern
    /// rule, say) cannot leak it.
    static func sensitiveTexts(_ findings: [Finding], source: SourceText) -> [(text: String, mask: String)] {
        let texts = Set(findings.filter(\.sensitive).map { source.text($0.start, max($0.start, $0.end)) }.filter { !$0.isEmpty })
        return texts.sorted { ($0.count, $0) > ($1.count, $1) }
            .map { ($0, String(repeating: "*", count: $0.unicodeScalars.count)) }
    }

    /// The diagnostic for `finding`.
    static func diagnostic(
        _ finding: Finding, rule: Rule, severity: Severity, document: Document, masks: [Int: [Range<Int>]],
        secrets: [(text: String, mask: String)] = []
    ) -> Diagnostic {
        let source = document.source
        let line = min(finding.lineIndex, source.lineCount - 1)
        let endLine = min(max(finding.endLineIndex, line), source.lineCount - 1)
        let column = source.column(lineIndex: line, offset: finding.start)
        var endColumn = source.column(lineIndex: endLine, offset: finding.end)
        if endLine == line && endColumn <= column { endColumn = column + 1 }
        let range = SourceRange(line: line + 1, column: column, endLine: endLine + 1, endColumn: endColumn)
        let template = rule.messages[finding.message]
        var message = template?.render(finding.values) ?? finding.message
        for secret in secrets where message.contains(secret.text) {
            message = message.replacingOccurrences(of: secret.text, with: secret.mask)
        }
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
