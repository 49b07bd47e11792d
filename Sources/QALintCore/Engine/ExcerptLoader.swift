/// Adds the offending line's text to corpus diagnostics, reading only the reported files that
/// have such diagnostics (corpus rules work on facts, which keep no page text).
enum ExcerptLoader {
    /// `diagnostics` with their excerpts, in the same order. The files are read on `jobs`
    /// threads, each letting a file go before it reads the next, so memory holds one page a
    /// thread, however many pages have findings; when several targets share a name, the last
    /// one that can be read gives the text. From `runsFrom` targets on (a site's), the targets
    /// are looked up in runs side by side.
    static func attach(_ diagnostics: [Diagnostic], targets: [LintInput], jobs: Int = 1, runsFrom: Int = 8_192) -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return diagnostics }
        // Each named file's diagnostics, the files in the order the diagnostics first name them.
        var waiting: [String: Int] = [:]
        var files: [(diagnostics: [Int], targets: [Int])] = []
        for (index, diagnostic) in diagnostics.enumerated() {
            if let file = waiting[diagnostic.file] {
                files[file].diagnostics.append(index)
            } else {
                waiting[diagnostic.file] = files.count
                files.append(([index], []))
            }
        }
        // The targets that may give each file's text, the last first; looked up in runs side by
        // side (a site's targets are many, its files with corpus findings far fewer).
        let found = ParallelMap.map(runsOf: targets.count, runs: targets.count >= runsFrom ? jobs : 1, jobs: jobs) { [waiting] run in
            run.compactMap { target in waiting[targets[target].name].map { (file: $0, target: target) } }
        }
        for run in found.reversed() {
            for (file, target) in run.reversed() { files[file].targets.append(target) }
        }
        let lines = ParallelMap.map(count: files.count, jobs: jobs) { [files] file -> [String?] in
            let wanted = files[file].diagnostics
            guard let source = files[file].targets.lazy.compactMap({ source(of: targets[$0]) }).first else {
                return Array(repeating: nil, count: wanted.count)
            }
            return wanted.map { index in
                let line = diagnostics[index].range.line
                return line <= source.lineCount ? source.lineText(line - 1) : nil
            }
        }
        var result = diagnostics
        for (file, texts) in zip(files, lines) {
            for (index, text) in zip(file.diagnostics, texts) where text != nil { result[index].excerpt = text }
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
