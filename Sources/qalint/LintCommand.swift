import ArgumentParser
import Foundation
import QALintCore

extension OutputFormat: ExpressibleByArgument {
    /// The names `--format` and `--output` take, made once.
    static let argumentNames = OutputFormat.allCases.map(\.rawValue)

    // What ArgumentParser's defaults for a CaseIterable String enum give, made once: it asks
    // for them each time it reads lint's arguments (six times a start).
    public static var allValueStrings: [String] { argumentNames }
    public static var allValueDescriptions: [String: String] { [:] }
    public static var defaultCompletionKind: CompletionKind { .list(argumentNames) }
    public var defaultValueDescription: String { rawValue }
}

extension QALint {
    /// `qalint lint`: checks pages and reports diagnostics.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint", abstract: "Lint pages (files, directories walked for *.txt, '-' for standard input).")

        /// Made once: option help is made again each time ArgumentParser reads the arguments.
        static let formatHelp = ArgumentHelp("Output format on standard output: \(OutputFormat.argumentNames.joined(separator: ", ")).")

        @Argument(help: "Files, directories, or '-' for standard input.")
        var paths: [String] = ["."]

        @Option(name: .customLong("config"), help: ConfigOptions.help)
        var config: String?

        @Option(name: .customLong("format"), help: formatHelp)
        var format: OutputFormat = .text

        @Option(name: .customLong("output"), help: ArgumentHelp("Also write FORMAT to FILE (repeatable), atomically.", valueName: "format=file"))
        var outputs: [String] = []

        @Option(name: .customLong("today"), help: ArgumentHelp("Pin today's date for date rules.", valueName: "yyyy-mm-dd"))
        var today: String?

        @Option(name: .customLong("max-warnings"), help: "Fail (exit 1) when there are more than N warnings.")
        var maxWarnings: Int?

        @Flag(name: .customLong("quiet"), help: "Report errors only.")
        var quiet = false

        @Option(name: .customLong("jobs"), help: "Worker threads (default: the number of cores).")
        var jobs: Int?

        @Option(name: .customLong("stdin-filename"), help: "The name to report standard input under.")
        var stdinFilename: String = "<stdin>"

        @Flag(name: .customLong("fix"), help: "Fix what can be fixed safely (trailing whitespace, line endings, loose dates, [Read More] titles), then report what is left.")
        var fix = false

        @Flag(name: .customLong("dry-run"), help: "With --fix: print the fixes as a unified diff and change no file.")
        var dryRun = false

        @Option(name: .customLong("corpus"), help: ArgumentHelp("Read facts for corpus rules from every page under DIR; report only on PATHS.", valueName: "dir"))
        var corpus: String?

        @Option(name: .customLong("cache"), help: ArgumentHelp("Facts cache for --corpus runs (default: .qalint-cache/facts.bin).", valueName: "file"))
        var cache: String = ".qalint-cache/facts.bin"

        @Flag(name: .customLong("no-cache"), help: "Do not read or write the facts cache.")
        var noCache = false

        @Flag(name: .customLong("follow-symlinks"), help: "Follow symbolic links that lead outside a linted directory.")
        var followSymlinks = false

        @Option(name: .customLong("baseline"), help: ArgumentHelp("Report only findings not in this baseline file.", valueName: "file"))
        var baseline: String?

        @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record today's findings as a baseline file, and exit 0.", valueName: "file"))
        var writeBaseline: String?

        @Option(name: .customLong("sarif-category"), help: ArgumentHelp("SARIF category (automationDetails.id), for several SARIF uploads per commit.", valueName: "id"))
        var sarifCategory: String?

        func validate() throws {
            for output in outputs { _ = try parseOutput(output) }
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more") }
            if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
            if dryRun && !fix { throw ValidationError("--dry-run goes with --fix") }
            if fix && !dryRun && paths.contains("-") { throw ValidationError("--fix cannot rewrite standard input; add --dry-run to see the diff") }
            if let today, CalendarDate(iso: today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD, found '\(today)'") }
        }

        private func reporter(_ format: OutputFormat, color: Bool) -> any Reporter {
            format == .sarif ? SARIFReporter(category: sarifCategory) : format.reporter(color: color)
        }

        private func parseOutput(_ text: String) throws -> (OutputFormat, String) {
            let pieces = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard pieces.count == 2, let format = OutputFormat(rawValue: pieces[0]), !pieces[1].isEmpty else {
                throw ValidationError("--output takes FORMAT=FILE with FORMAT one of \(OutputFormat.argumentNames.joined(separator: ", ")), found '\(text)'")
            }
            return (format, pieces[1])
        }

        /// Worker threads without --jobs: the number of cores, but one for a single file and no
        /// corpus, where there is nothing to share out (counting the cores reads cgroup files,
        /// a noticeable part of such a run's start-up).
        static func defaultJobs(paths: [String], corpus: String?) -> Int {
            if corpus == nil, paths.count == 1, paths[0] == "-" || !FileCollector.isDirectory(paths[0]) { return 1 }
            return ProcessInfo.processInfo.activeProcessorCount
        }

        func run() throws {
            let configuration = try ConfigOptions.load(config)
            let context = CheckContext(today: try Today.resolve(today), reference: configuration.reference)
            var linter = Linter(configuration: configuration)
            // Corpus findings' excerpts are read from their pages again: only when a report or baseline reads them.
            let formats = [format] + outputs.compactMap { try? parseOutput($0).0 }
            linter.attachesCorpusExcerpts = formats.contains(where: \.readsExcerpts) || baseline != nil || writeBaseline != nil
            let stdin = paths.contains("-") ? LintInput.bytes(Terminal.readStandardInput(), name: stdinFilename) : nil
            let workers = jobs ?? Self.defaultJobs(paths: paths, corpus: corpus ?? configuration.corpus)
            if fix {
                let (fixed, problems) = linter.fix(paths: paths, context: context, jobs: workers, dryRun: dryRun)
                for problem in problems { Terminal.err("\(problem.path): error: \(problem.message)\n") }
                if dryRun {
                    Terminal.out(fixed.map(\.diff).joined())
                    if let stdin, case .bytes(let bytes, let name) = stdin {
                        Terminal.out(UnifiedDiff.render(old: bytes, new: Fixer.fix(bytes, path: name, linter: linter, context: context).bytes, path: name))
                    }
                    let count = fixed.reduce(0) { $0 + $1.applied }
                    Terminal.err("qalint: \(count) fix\(count == 1 ? "" : "es") in \(fixed.count) file\(fixed.count == 1 ? "" : "s") (dry run: nothing written)\n")
                    if !problems.isEmpty { throw ExitCode(2) }
                    return
                }
                if !problems.isEmpty { throw ExitCode(2) }
            }
            let cacheFile = noCache ? nil : cache
            if let cacheFile, corpus ?? configuration.corpus != nil { FactsCacheDirectory.prepare(for: cacheFile) }
            var report = linter.lint(paths: paths, stdin: stdin, corpus: corpus, cache: cacheFile, context: context, jobs: workers,
                                     followSymlinks: followSymlinks)
            for note in report.notes { Terminal.err("qalint: note: \(note)\n") }
            if let writeBaseline {
                try BaselineFile.write(Baseline(report: report), to: writeBaseline)
                Terminal.out("Wrote \(writeBaseline): \(report.diagnostics.count) findings in \(report.files.count) files.\n")
                return
            }
            if let baseline { report = try BaselineFile.apply(baseline, to: report) }
            if quiet { report.diagnostics = report.diagnostics.filter { $0.severity == .error } }
            let reportContext = ReportContext(rules: configuration.rules.map(\.info), toolVersion: QALintVersion.current)
            var failed = false
            for output in outputs {
                let (format, file) = try parseOutput(output)
                let text = reporter(format, color: false).render(report, context: reportContext)
                do {
                    try AtomicWriter.write(Array(text.utf8), to: file)
                } catch {
                    Terminal.err("qalint: cannot write \(file): \(error.message)\n")
                    failed = true
                }
            }
            Terminal.out(reporter(format, color: format == .text && Terminal.wantsColor(1)).render(report, context: reportContext))
            if format == .github || outputs.contains(where: { $0.hasPrefix("github=") }) {
                StepSummary.append(report, context: reportContext)
            }
            for problem in report.problems {
                Terminal.err("\(problem.path): error: \(problem.message)\n")
            }
            if failed || !report.problems.isEmpty { throw ExitCode(2) }
            if report.errorCount > 0 { throw ExitCode(1) }
            if let maxWarnings, report.warningCount > maxWarnings {
                Terminal.err("qalint: \(report.warningCount) warnings, more than --max-warnings \(maxWarnings)\n")
                throw ExitCode(1)
            }
        }
    }
}
