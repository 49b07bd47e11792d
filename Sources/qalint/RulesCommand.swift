import ArgumentParser
import QALintCore

extension QALint {
    /// `qalint rules`: lists every rule.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the rules: id, kind, severity, summary.")

        @Option(name: .customLong("config"), help: ConfigOptions.help)
        var config: String?

        func run() throws {
            let configuration = try ConfigOptions.load(config)
            let idWidth = configuration.rules.map(\.id.count).max() ?? 0
            let kindWidth = configuration.rules.map(\.kindName.count).max() ?? 0
            var out = ""
            for rule in configuration.rules {
                let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let kind = rule.kindName.padding(toLength: kindWidth, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                out += "\(id)  \(kind)  \(severity)  \(rule.summary)\(rule.fixable ? " (fixable)" : "")\n"
            }
            Terminal.out(out)
        }
    }
}
