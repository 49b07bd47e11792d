import Foundation
@testable import QALintCore

/// Replays fuzzer inputs through the code paths of the fuzz targets (Fuzz/Sources/FuzzLint
/// and FuzzConfig), so a finding stays fixed in a plain `swift test`, without libFuzzer.
/// The inputs are kept byte for byte in `Inputs/` (excluded from the target in Package.swift).
enum FuzzReplay {
    /// The checked-in inputs that a fuzz run found.
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs").path
    /// Samples/clean, where FuzzLint's second corpus page comes from.
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Samples/clean").path

    /// The bytes of `Inputs/<name>`.
    static func input(_ name: String) throws -> [UInt8] {
        try FileReader.read(inputs + "/" + name).get()
    }

    /// What FuzzLint's steps produce for one input.
    struct LintOutcome {
        /// The page linted alone with the built-in configuration.
        var page: [Diagnostic]
        /// The page beside Samples/clean/morning-headache.txt, corpus rules included.
        var corpus: [Diagnostic]
        /// The page after `Fixer.fix`.
        var fixed: [UInt8]
        /// How many fixes a second `Fixer.fix` of the fixed page applied (0: idempotent).
        var appliedAgain: Int
    }

    /// Runs FuzzLint's steps on `bytes`: the same configuration, day, path and second page.
    static func lint(_ bytes: [UInt8]) throws -> LintOutcome {
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)
        let path = "input.txt"
        let page = linter.lint(SourceText(bytes: bytes), path: path, context: context)
        let seed = try FileReader.read(samples + "/morning-headache.txt").get()
        let report = linter.lint([.bytes(bytes, name: path), .bytes(seed, name: "seed.txt")], context: context, jobs: 1)
        let (fixed, _) = Fixer.fix(bytes, path: path, linter: linter, context: context)
        let (_, again) = Fixer.fix(fixed, path: path, linter: linter, context: context)
        return LintOutcome(page: page, corpus: report.diagnostics, fixed: fixed, appliedAgain: again)
    }

    /// Runs FuzzConfig's load step: `bytes` written as `.qalint.yml` in a new directory and
    /// loaded. The configuration, or the errors as `line:column: message`.
    static func config(_ bytes: [UInt8]) throws -> Result<Configuration, ConfigErrors> {
        let path = FileManagerShim.temporaryDirectory() + "/.qalint.yml"
        try AtomicWriter.write(bytes, to: path)
        do throws(ConfigErrors) {
            return .success(try ConfigurationLoader().load(file: path))
        } catch {
            return .failure(error)
        }
    }

    /// `diagnostics` as `line:column rule: message`, with ` (fix)` when one has a fix and the
    /// file first when it is not `input.txt`: for exact comparisons.
    static func describe(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let file = diagnostic.file == "input.txt" ? "" : diagnostic.file + ":"
            let fix = diagnostic.fix == nil ? "" : " (fix)"
            return "\(file)\(diagnostic.range.line):\(diagnostic.range.column) \(diagnostic.rule): \(diagnostic.message)\(fix)"
        }
    }
}
