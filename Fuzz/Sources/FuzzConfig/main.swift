// FuzzConfig: the configuration loader over arbitrary YAML.
//
// Each input is written as `.qalint.yml` in a private temporary directory and loaded with
// `ConfigurationLoader().load(file:)`. Bad input throws `ConfigErrors`, which is the expected
// outcome; a crash, a hang, a leak or an ASan report is a finding. When the input loads, its
// rules (custom pattern, length, vocabulary... rules and changed options included) lint a small
// page, alone and as a two-page corpus, so option validation and compiled patterns are run.
//
// Relative paths in the input (`extends`, `schema`, `reference`) resolve in the temporary
// directory, where only `.qalint.yml` itself exists: `extends: [.qalint.yml]` or
// `schema: .qalint.yml` make the input read itself as a rule set or a schema.
//
// Run with scripts/fuzz.sh config SECONDS (see docs/fuzzing.md). With QALINT_FUZZ_VERBOSE=1
// each input's outcome (errors, or the rules loaded and findings) is printed: useful to check
// that seeds load.
import CFuzzerDriver
import QALintCore
#if canImport(Glibc)
import Glibc
#endif

enum FuzzConfig {
    /// The directory the input is written to (under $TMPDIR, made once per process).
    static let directory: String = {
        let base = ProcessInfoShim.environment("TMPDIR") ?? "/tmp"
        var template = Array("\(base)/qalint-fuzz-config.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("mkdtemp in \(base) failed: errno \(errno)") }
        return String(cString: made)
    }()
    static let file = directory + "/.qalint.yml"
    static let verbose = ProcessInfoShim.environment("QALINT_FUZZ_VERBOSE") == "1"
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    /// The example pages of the built-in rule set (`example_page` and `example_corpus` of
    /// Rules/default.yml): the page the loaded rules lint, and the page it links to.
    static let examples: ExampleSet = {
        do { return try ConfigurationLoader().load(file: nil).examples } catch { fatalError("built-in configuration: \(error)") }
    }()
    static let page: [UInt8] = Array(examples.page.utf8)
    static let linked: [UInt8] = Array((examples.corpus["stairs.txt"] ?? "").utf8)

    static func run(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        write(bytes, to: file)
        let configuration: Configuration
        do {
            configuration = try ConfigurationLoader().load(file: file)
        } catch {
            if verbose { print("config errors:\n\(error.errors.map(\.description).joined(separator: "\n"))") }
            return 0
        }
        let linter = Linter(configuration: configuration)
        let context = CheckContext(today: today, reference: configuration.reference)
        let diagnostics = linter.lint(SourceText(bytes: page), path: "content/knee.txt", context: context)
        let report = linter.lint([.bytes(page, name: "content/knee.txt"), .bytes(linked, name: "content/stairs.txt")],
                                 context: context, jobs: 1)
        if verbose {
            print("loaded: \(configuration.rules.count) rules; page: \(diagnostics.count) findings; corpus: \(report.diagnostics.count)")
            for diagnostic in report.diagnostics { print("  \(diagnostic.rule) \(diagnostic.range.line): \(diagnostic.message)") }
        }
        return 0
    }

    /// Writes `bytes` over `path` (truncating it).
    static func write(_ bytes: [UInt8], to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot write \(path): errno \(errno)") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                fatalError("cannot write \(path): errno \(errno)")
            }
            offset += count
        }
    }

    /// Removes the temporary directory.
    static func cleanUp() {
        unlink(file)
        rmdir(directory)
    }
}

/// The environment without Foundation.
enum ProcessInfoShim {
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// libFuzzer's conventional entry point, the same callback. SwiftPM links an executable with
/// `--defsym main=FuzzConfig_main`, applied after archives are scanned: `main` is still
/// undefined when libclang_rt.fuzzer is searched, so its FuzzerMain.o (which references this
/// symbol) is linked too, and its `main` is then replaced by the defsym, which makes the code
/// below the entry point.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 { FuzzConfig.run(data, size) }

var arguments = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
_ = FuzzConfig.directory
atexit { FuzzConfig.cleanUp() }
exit(LLVMFuzzerRunDriver(&arguments, &argv) { data, size in FuzzConfig.run(data, size) })
