/// Adds the offending line's text to corpus diagnostics, reading only the reported files that
/// have such diagnostics (corpus rules work on facts, which keep no page text).
enum ExcerptLoader {
    static func attach(_ diagnostics: [Diagnostic], targets: [LintInput]) -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return diagnostics }
        var sources: [String: SourceText] = [:]
        let files = Set(diagnostics.map(\.file))
        for input in targets where files.contains(input.name) {
            switch input {
            case .file(let path): if case .success(let bytes) = FileReader.read(path) { sources[path] = SourceText(bytes: bytes) }
            case .bytes(let bytes, let name): sources[name] = SourceText(bytes: bytes)
            }
        }
        return diagnostics.map { diagnostic in
            var copy = diagnostic
            if let source = sources[diagnostic.file], diagnostic.range.line <= source.lineCount {
                copy.excerpt = source.lineText(diagnostic.range.line - 1)
            }
            return copy
        }
    }
}
