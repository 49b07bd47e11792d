import ArgumentParser
import QALintCore

/// Reading and writing `--baseline` files for `qalint lint`.
enum BaselineFile {
    /// Writes `baseline` atomically, or exits 2.
    static func write(_ baseline: Baseline, to path: String) throws {
        do {
            try AtomicWriter.write(Array(baseline.json().utf8), to: path)
        } catch {
            Terminal.err("qalint: cannot write \(path): \(error.message)\n")
            throw ExitCode(2)
        }
    }

    /// `report` without the baseline's findings; stale entries are listed on standard error.
    static func apply(_ path: String, to report: LintReport) throws -> LintReport {
        let bytes: [UInt8]
        switch FileBytes.read(path) {
        case .success(let read): bytes = read
        case .failure(let problem):
            Terminal.err("qalint: cannot read baseline \(path): \(problem.message)\n")
            throw ExitCode(2)
        }
        let baseline: Baseline
        do {
            baseline = try Baseline(json: bytes)
        } catch {
            Terminal.err("qalint: \(path) is not a qalint baseline: \(error)\n")
            throw ExitCode(2)
        }
        let (filtered, stale) = baseline.filter(report)
        for entry in stale {
            Terminal.err("\(path): note: \(entry.count) baseline finding\(entry.count == 1 ? "" : "s") of \(entry.rule) in \(entry.file) no longer occur\(entry.count == 1 ? "s" : ""); rewrite the baseline with --write-baseline\n")
        }
        return filtered
    }
}
