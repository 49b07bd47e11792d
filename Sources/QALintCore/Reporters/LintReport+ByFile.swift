extension LintReport {
    /// Every file of the report with its diagnostics, sorted by path: the files checked plus
    /// any file that only a diagnostic names; a clean file has an empty list.
    ///
    /// The per-file reporters (JUnit, Checkstyle) list clean files too, so a consumer can tell
    /// "checked and clean" from "not checked".
    func diagnosticsByFile() -> [(file: String, diagnostics: [Diagnostic])] {
        let byFile = Dictionary(grouping: diagnostics, by: \.file)
        return Set(files).union(byFile.keys)
            .sorted { $0.utf8Precedes($1) }
            .map { (file: $0, diagnostics: byFile[$0] ?? []) }
    }
}
