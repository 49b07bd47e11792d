extension Linter {
    /// Lints what the command line names: files, directories (walked), and `-` for `stdin`.
    public func lint(paths: [String], stdin: LintInput?, context: CheckContext, jobs: Int) -> LintReport {
        let (files, problems) = FileCollector(configuration: configuration).collect(paths.filter { $0 != "-" })
        var inputs = files.map(LintInput.file)
        if let stdin, paths.contains("-") { inputs.insert(stdin, at: 0) }
        var report = lint(inputs, context: context, jobs: jobs)
        report.problems = (report.problems + problems).sorted()
        return report
    }
}
