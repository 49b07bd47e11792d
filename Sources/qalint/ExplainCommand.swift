import ArgumentParser
import QALintCore

extension QALint {
    /// `qalint explain ID`: a rule's description, options and examples.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Show a rule's description and examples.")

        @Argument(help: "The rule id.")
        var id: String

        @Option(name: .customLong("config"), help: ConfigOptions.help)
        var config: String?

        func run() throws {
            let configuration = try ConfigOptions.load(config)
            guard let rule = configuration.rules.first(where: { $0.id == id }) else {
                let hint = Suggestion.hint(for: id, in: configuration.rules.map(\.id))
                throw QALintUsageError("unknown rule '\(id)'\(hint); 'qalint rules' lists them")
            }
            var out = "\(rule.id) (\(rule.kindName), \(rule.severity.rawValue)\(rule.fixable ? ", fixable" : ""))\n\n"
            out += rule.summary + "\n\n" + rule.description + "\n"
            let set = configuration.examples
            for (title, triggers) in [("Triggers (↓ marks where)", true), ("Does not trigger", false)] {
                let examples = rule.examples.filter { $0.triggers == triggers }
                guard !examples.isEmpty else { continue }
                out += "\n\(title):\n"
                for example in examples {
                    out += ExampleText.describe(example, set: set).split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
            }
            Terminal.out(out)
        }
    }
}
