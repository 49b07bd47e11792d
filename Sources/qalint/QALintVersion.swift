/// qalint's version, shown by `--version` and written into reports.
enum QALintVersion {
    static let current = "0.1.0"
}
