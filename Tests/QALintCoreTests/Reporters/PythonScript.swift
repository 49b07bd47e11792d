import Foundation
import Testing

/// Runs a short Python 3 program, for checks that only a Python package can make (the SARIF
/// schema with `jsonschema`, YAML files with PyYAML).
///
/// A missing `python3` or package must fail the test that needs it, never skip it silently:
/// ``run(_:arguments:requiring:)`` records an issue naming what to install.
enum PythonScript {
    /// What the program printed and how it ended.
    struct Outcome {
        /// The exit status.
        var status: Int32
        /// Standard output.
        var output: String
        /// Standard error.
        var errorOutput: String
    }

    /// Exit status the wrapper uses when `import` of a required module fails.
    static let missingModuleStatus: Int32 = 97

    /// Runs `program` with `arguments` (`sys.argv[1...]`) after importing `modules`; returns nil,
    /// having recorded an issue, when python3 or one of the modules is missing.
    static func run(
        _ program: String, arguments: [String] = [], requiring modules: [String],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome? {
        let imports = modules.map { module in
            "try:\n    import \(module)\nexcept ImportError:\n    sys.exit(\(missingModuleStatus))\n"
        }.joined()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys\n" + imports + program] + arguments
        // Standard error goes to a file, so a long traceback cannot block the program while
        // standard output is being read.
        let errorURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("qalint-python-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let output = Pipe()
        process.standardOutput = output
        let errorFile = try FileHandle(forWritingTo: errorURL)
        defer { try? errorFile.close() }
        process.standardError = errorFile
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let outcome = Outcome(
            status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
            errorOutput: (try? String(contentsOf: errorURL, encoding: .utf8)) ?? "")
        switch outcome.status {
        case 127:
            Issue.record("python3 is not on PATH: install Python 3, then \(installHint(modules))",
                         sourceLocation: sourceLocation)
            return nil
        case missingModuleStatus:
            Issue.record("python3 lacks a required module (\(modules.joined(separator: ", "))); install with: \(installHint(modules))",
                         sourceLocation: sourceLocation)
            return nil
        default:
            return outcome
        }
    }

    private static func installHint(_ modules: [String]) -> String {
        let packages = modules.map { $0 == "yaml" ? "PyYAML" : $0 }
        return "python3 -m pip install " + packages.joined(separator: " ")
    }
}
