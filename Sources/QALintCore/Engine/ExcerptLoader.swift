/// Adds the offending line's text to corpus diagnostics, reading only the reported files that
/// have such diagnostics (corpus rules work on facts, which keep no page text).
enum ExcerptLoader {
    /// `diagnostics` with their excerpts, in the same order. Files are read one at a time and
    /// let go before the next, so memory holds one page, however many pages have findings; when
    /// several targets share a name, the last one read wins.
    static func attach(_ diagnostics: [Diagnostic], targets: [LintInput]) -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return diagnostics }
        var waiting: [String: [Int]] = [:]
        for (index, diagnostic) in diagnostics.enumerated() { waiting[diagnostic.file, default: []].append(index) }
        var result = diagnostics
        for input in targets.reversed() {
            guard let indices = waiting[input.name], let source = source(of: input) else { continue }
            waiting[input.name] = nil
            for index in indices where result[index].range.line <= source.lineCount {
                result[index].excerpt = source.lineText(result[index].range.line - 1)
            }
        }
        return result
    }

    private static func source(of input: LintInput) -> SourceText? {
        switch input {
        case .file(let path): if case .success(let bytes) = FileReader.read(path) { SourceText(bytes: bytes) } else { nil }
        case .bytes(let bytes, _): SourceText(bytes: bytes)
        }
    }
}
