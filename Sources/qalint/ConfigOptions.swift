import ArgumentParser
import Foundation
import QALintCore

/// `--config`, shared by the commands that read a configuration.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Configuration file (default: the nearest .qalint.yml upward from here).", valueName: "file"))
    var config: String?

    /// Loads the configuration, or prints every mistake as `file:line:col: error: …` and exits 2.
    func load() throws -> Configuration {
        let file = config ?? ConfigurationLoader.discover(from: FileManager.default.currentDirectoryPath)
        do {
            return try ConfigurationLoader().load(file: file)
        } catch {
            Terminal.err(error.description + "\n")
            let count = error.errors.count
            Terminal.err("qalint: the configuration has \(count) error\(count == 1 ? "" : "s")\n")
            throw ExitCode(2)
        }
    }
}
