import ArgumentParser
import Foundation
import QALintCore

/// `--config`, shared by the commands that read a configuration. Each declares it as a plain
/// option, `@Option(name: .long, help: ConfigOptions.help) var config: String?`, rather than
/// an option group: ArgumentParser reflects every group again each time it reads a command's
/// arguments, several times a start.
enum ConfigOptions {
    static let help = ArgumentHelp("Configuration file (default: the nearest .qalint.yml upward from here).", valueName: "file")

    /// Loads the configuration `config` (or the one found upward from the working directory),
    /// or prints every mistake as `file:line:col: error: …` and exits 2.
    static func load(_ config: String?) throws -> Configuration {
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
