#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import QALintCore

/// Appends the full findings table to `$GITHUB_STEP_SUMMARY` when it is set (GitHub shows only
/// ten annotations of each kind per step).
enum StepSummary {
    static func append(_ report: LintReport, context: ReportContext) {
        guard let value = getenv("GITHUB_STEP_SUMMARY"), value.pointee != 0 else { return }
        let path = String(cString: value)
        let bytes = Array(GitHubStepSummary().render(report, context: context).utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            Terminal.err("qalint: warning: cannot write the step summary to \(path)\n")
            return
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 {
                Terminal.err("qalint: warning: cannot write the step summary to \(path)\n")
                return
            }
            written += count
        }
    }
}
