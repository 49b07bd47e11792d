@testable import QALintCore

/// Shared helpers for tests: the default configuration, and linting text in memory.
enum TestSupport {
    /// The day every test runs on, so date rules are reproducible.
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    /// The built-in configuration.
    static let configuration: Configuration = {
        do { return try ConfigurationLoader().load(file: nil) } catch { fatalError("default configuration: \(error)") }
    }()

    /// Lints `bytes` with `configuration` (default: the built-in one).
    static func lint(_ bytes: [UInt8], path: String = "page.txt", configuration: Configuration = configuration) -> [Diagnostic] {
        let context = CheckContext(today: today, reference: configuration.reference)
        return Linter(configuration: configuration).lint(SourceText(bytes: bytes), path: path, context: context)
    }

    /// Lints `text`.
    static func lint(_ text: String, path: String = "page.txt", configuration: Configuration = configuration) -> [Diagnostic] {
        lint(Array(text.utf8), path: path, configuration: configuration)
    }

    /// Loads a configuration from YAML text written to a temporary file.
    static func configuration(yaml: String, name: String = ".qalint.yml") throws -> Configuration {
        let directory = FileManagerShim.temporaryDirectory()
        let path = directory + "/" + name
        try AtomicWriter.write(Array(yaml.utf8), to: path)
        return try ConfigurationLoader().load(file: path)
    }
}
