import ArgumentParser
import QALintCore

extension QALint {
    /// `qalint check-config`: validates the configuration and exits 0 or 2.
    struct CheckConfig: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check-config", abstract: "Validate the configuration (exit 2 with every mistake listed).")

        @Option(name: .customLong("config"), help: ConfigOptions.help)
        var config: String?

        func run() throws {
            let configuration = try ConfigOptions.load(config)
            let source = configuration.file ?? "built-in defaults"
            let enabled = configuration.rules.filter { $0.severity != .off }.count
            Terminal.out("\(source): OK (\(configuration.rules.count) rules, \(enabled) enabled)\n")
        }
    }
}
