import ArgumentParser
import QALintCore

/// The `qalint` command.
@main
struct QALint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qalint",
        abstract: "A fast linter and schema validator for medical Q&A pages.",
        discussion: "Exit status: 0 no errors, 1 errors found (or too many warnings), 2 usage, configuration or I/O failure.",
        version: QALintVersion.current,
        subcommands: [Lint.self, Rules.self, Explain.self, CheckConfig.self, Init.self, Audit.self],
        defaultSubcommand: Lint.self
    )

    /// Runs the command, mapping every failure to qalint's exit codes (ArgumentParser's own
    /// are 64 for usage errors; qalint uses 2).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Terminal.flush()
            exit(withError: code)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                Terminal.out(fullMessage(for: error) + "\n")
                Terminal.flush()
                exit(withError: ExitCode.success)
            }
            Terminal.err("qalint: " + fullMessage(for: error) + "\n")
            if error is ValidationError || status == .validationFailure {
                Terminal.err("Run 'qalint --help' for usage.\n")
            }
            Terminal.flush()
            exit(withError: ExitCode(2))
        }
        Terminal.flush()
    }
}
