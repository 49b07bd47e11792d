import ArgumentParser
import Foundation
import QALintCore

extension QALint {
    /// `qalint init`: writes a starter `.qalint.yml`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a starter .qalint.yml in the current directory.")

        @Flag(name: .customLong("force"), help: "Overwrite an existing file.")
        var force = false

        func run() throws {
            let path = ConfigurationLoader.fileName
            if FileManager.default.fileExists(atPath: path) && !force {
                throw QALintUsageError("\(path) already exists; pass --force to overwrite it")
            }
            do {
                try AtomicWriter.write(Array(StarterConfig.text.utf8), to: path)
            } catch {
                throw QALintUsageError("cannot write \(path): \(error.message)")
            }
            Terminal.out("Wrote \(path). Check it with 'qalint check-config'.\n")
        }
    }
}
