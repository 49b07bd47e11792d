import ArgumentParser
import Foundation
import QALintCore

extension QALint {
    /// `qalint audit`: the whole corpus at a glance, as an HTML report and a JSON summary.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit", abstract: "Audit a whole corpus: findings by rule, specialty, doctor and month, link health, the worst pages.",
            discussion: """
            Runs every rule, the corpus rules included, over the pages under PATHS and writes a \
            self-contained HTML report (--html) and a versioned JSON summary (--json); with neither, prints \
            a short summary. --compare shows what changed since a previous --json summary. \
            Exit status: 0 the report was written (whatever it found), 1 errors found with --fail-on-errors, \
            2 configuration or I/O failure (an unreadable path is reported, and the report is still written).
            """)

        @Argument(help: "Directories (walked for *.txt) and files: the corpus to audit.")
        var paths: [String] = ["."]

        @Option(name: .customLong("config"), help: ConfigOptions.help)
        var config: String?

        @Option(name: .customLong("html"), help: ArgumentHelp("Write the HTML report to FILE, atomically ('-': standard output).", valueName: "file"))
        var html: String?

        @Option(name: .customLong("json"), help: ArgumentHelp("Write the JSON summary to FILE, atomically ('-': standard output).", valueName: "file"))
        var json: String?

        @Option(name: .customLong("compare"), help: ArgumentHelp("A previous audit's JSON summary: show new and fixed findings since then.", valueName: "file"))
        var compare: String?

        @Option(name: .customLong("corpus"), help: ArgumentHelp("Resolve links against every page under DIR too (default: the audited pages, or corpus: in the configuration).", valueName: "dir"))
        var corpus: String?

        @Option(name: .customLong("today"), help: ArgumentHelp("Pin today's date, for date rules and the report's date.", valueName: "yyyy-mm-dd"))
        var today: String?

        @Option(name: .customLong("jobs"), help: "Worker threads (default: the number of cores).")
        var jobs: Int?

        @Flag(name: .customLong("fail-on-errors"), help: "Exit 1 when any page has an error (after writing the report).")
        var failOnErrors = false

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
            if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD, found '\(today)'") }
            if paths.contains("-") { throw ValidationError("audit reads a corpus of files; standard input ('-') is not one") }
            if html == "-" && json == "-" { throw ValidationError("only one of --html and --json can be '-' (standard output)") }
            if let html, html != "-", html == json { throw ValidationError("--html and --json name the same file '\(html)'") }
        }

        func run() throws {
            let previous = try compare.map(Self.readSummary)
            let configuration = try ConfigOptions.load(config)
            let day = try Today.resolve(today)
            var linter = Linter(configuration: configuration)
            linter.collectsSummaries = true
            let progress = ProgressBar.onStandardError()
            if let progress { linter.progress = { done, total in progress.update(done: done, total: total) } }
            let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let report = linter.lint(paths: paths, stdin: nil, corpus: corpus, cache: nil,
                                     context: CheckContext(today: day, reference: configuration.reference), jobs: workers)
            progress?.finish()
            for note in report.notes { Terminal.err("qalint: note: \(note)\n") }
            let summary = AuditSummary(
                report: report, rules: configuration.rules.map(\.info),
                run: AuditRun(toolVersion: QALintVersion.current, date: day.description, configuration: configuration.file, paths: paths),
                previous: previous, jobs: workers)
            var failed = false
            let reports = summary.reports(html: html != nil, json: json != nil, jobs: workers)
            if let html, let text = reports.html { failed = !write(text, to: html) || failed }
            if let json, let text = reports.json { failed = !write(text, to: json) || failed }
            if html == nil && json == nil {
                Terminal.out(AuditText.render(summary))
            } else if html != "-" && json != "-" {
                let files = [html, json].compactMap { $0 }.joined(separator: " and ")
                Terminal.out("Wrote \(files): \(summary.totals.pages) pages, \(summary.totals.pagesWithErrors) with errors, "
                    + "\(summary.totals.findings) findings.\n")
            }
            for problem in report.problems {
                Terminal.err("\(problem.path): error: \(problem.message)\n")
            }
            if failed || !report.problems.isEmpty { throw ExitCode(2) }
            if failOnErrors && report.errorCount > 0 { throw ExitCode(1) }
        }

        /// Writes `text` to `path` atomically, or to standard output for `-`; false (with a
        /// message) when it cannot.
        private func write(_ text: String, to path: String) -> Bool {
            if path == "-" {
                Terminal.out(text)
                return true
            }
            do {
                try AtomicWriter.write(Array(text.utf8), to: path)
                return true
            } catch {
                Terminal.err("qalint: cannot write \(path): \(error.message)\n")
                return false
            }
        }

        /// The previous summary for `--compare`, or a message and exit 2.
        private static func readSummary(_ path: String) throws -> AuditSummary {
            switch FileBytes.read(path) {
            case .success(let bytes):
                do {
                    return try AuditSummary(json: bytes)
                } catch {
                    Terminal.err("qalint: \(path): \(error.message)\n")
                    throw ExitCode(2)
                }
            case .failure(let problem):
                Terminal.err("qalint: cannot read \(path): \(problem.message)\n")
                throw ExitCode(2)
            }
        }
    }
}
