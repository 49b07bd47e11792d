import Foundation
import Testing

/// The integration files at the repository root and in `.github/`: the pre-commit manifest,
/// the GitHub Action, qalint's CI workflow and the example workflow.
///
/// They are YAML that no Swift code reads, so a typo would surface only on a user's machine or
/// in a user's CI. QALintCoreTests does not link Yams, so PyYAML reads them
/// (`python3 -m pip install pyyaml`; without it these tests fail, saying so).
@Suite struct IntegrationFilesTests {
    /// The repository root.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The flags `qalint lint` accepts (DESIGN.md §6).
    static let cliFlags: Set = ["--format", "--output", "--corpus", "--config", "--today", "--max-warnings", "--quiet", "--jobs"]
    /// The formats `--format` and `--output FORMAT=FILE` accept.
    static let formats: Set = ["text", "json", "sarif", "junit", "github", "checkstyle"]

    /// A scalar of any YAML type, as text (`fetch-depth: 0` and `default: "0"` read alike).
    struct Scalar: Decodable, Equatable {
        /// The value as YAML would print it.
        var text: String
        /// Reads a boolean, a number or a string.
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let bool = try? container.decode(Bool.self) { text = String(bool) }
            else if let int = try? container.decode(Int.self) { text = String(int) }
            else { text = try container.decode(String.self) }
        }
    }

    /// A value whose content does not matter, only its presence.
    struct Present: Decodable {
        /// Accepts anything.
        init(from decoder: any Decoder) throws {}
    }

    /// One hook of `.pre-commit-hooks.yaml`.
    struct Hook: Decodable {
        /// Required keys.
        var id: String, name: String, entry: String, language: String
        /// The file pattern (a Python regex, searched).
        var files: String?
        /// Whether pre-commit must pass every file to one process.
        var require_serial: Bool?
    }

    /// A step of a composite action or of a workflow job.
    struct Step: Decodable {
        /// The step's keys that the tests read.
        var id: String?, name: String?, uses: String?, run: String?, shell: String?
        /// Environment variables.
        var env: [String: Scalar]?
        /// Inputs of the action the step uses.
        var with: [String: Scalar]?
        /// Where `run` runs.
        var workingDirectory: String?
        enum CodingKeys: String, CodingKey {
            case id, name, uses, run, shell, env, with, workingDirectory = "working-directory"
        }
        /// Every text of the step that GitHub evaluates expressions in.
        var texts: [String] {
            [run, workingDirectory].compactMap { $0 } + (env ?? [:]).values.map(\.text) + (with ?? [:]).values.map(\.text)
        }
    }

    /// `action.yml`.
    struct Action: Decodable {
        /// An input: described, with an optional default.
        struct Input: Decodable { var description: String; var required: Bool?; var `default`: Scalar? }
        /// An output: described, with its value expression.
        struct Output: Decodable { var description: String; var value: String }
        /// `runs`: composite steps.
        struct Runs: Decodable { var using: String; var steps: [Step] }
        /// Required metadata.
        var name: String, description: String
        /// Declared inputs by name.
        var inputs: [String: Input]
        /// Declared outputs by name.
        var outputs: [String: Output]
        /// How the action runs.
        var runs: Runs
    }

    /// A workflow (`on` was read as `on`, not as YAML 1.1's `true`).
    struct Workflow: Decodable {
        /// A job: runner and steps.
        struct Job: Decodable {
            /// The runner label.
            var runsOn: String
            /// The steps.
            var steps: [Step]
            enum CodingKeys: String, CodingKey { case runsOn = "runs-on", steps }
        }
        /// The workflow's name.
        var name: String
        /// Triggering events.
        var on: [String: Present?]
        /// Token permissions.
        var permissions: [String: String]?
        /// Jobs by id.
        var jobs: [String: Job]
    }

    /// The YAML files at `paths` (relative to the root), as JSON keyed by path.
    static func load(_ paths: [String]) throws -> [String: Data]? {
        let program = """
            import json, yaml
            def norm(value):
                if isinstance(value, dict):
                    return {("on" if key is True else str(key)): norm(item) for key, item in value.items()}
                if isinstance(value, list):
                    return [norm(item) for item in value]
                return value
            documents = {}
            for path in sys.argv[1:]:
                with open(path, encoding="utf-8") as f:
                    documents[path] = norm(yaml.safe_load(f))
            print(json.dumps(documents))

            """
        guard let outcome = try PythonScript.run(
            program, arguments: paths.map { root.appendingPathComponent($0).path }, requiring: ["yaml"])
        else { return nil }
        try #require(outcome.status == 0, "reading YAML failed: \(outcome.errorOutput)")
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
        return try Dictionary(uniqueKeysWithValues: paths.map { path in
            let document = try #require(documents[root.appendingPathComponent(path).path])
            return (path, try JSONSerialization.data(withJSONObject: document))
        })
    }

    /// Decodes the YAML file at `path`.
    static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T? {
        guard let data = try load([path])?[path] else { return nil }
        return try JSONDecoder().decode(type, from: data)
    }

    /// Capture groups of each match of `pattern` in `text`.
    static func matches(_ pattern: String, in text: String) throws -> [[String]] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
            }
        }
    }

    /// The `qalint` commands in a shell script: each command line (continuations joined,
    /// comments dropped) from the subcommand to the end of the command.
    static func qalintCommands(_ script: String) throws -> [String] {
        let lines = script.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        return try lines.flatMap { line in
            try matches(#"(?:^|[\s;&|(])qalint\s+((?:lint|audit|rules|explain|check-config|init)\b.*)$"#, in: String(line))
                .map { $0[1].components(separatedBy: "||")[0].components(separatedBy: "&&")[0].components(separatedBy: ";")[0] }
        }
    }

    /// Checks the flags and formats of the `qalint` commands in `script`; returns how many there were.
    @discardableResult
    static func checkFlags(_ script: String, in file: String) throws -> Int {
        let commands = try qalintCommands(script)
        for command in commands {
            for flag in try matches(#"(?<![A-Za-z0-9-])(--[a-z][a-z0-9-]*)"#, in: command).map({ $0[1] }) {
                #expect(cliFlags.contains(flag), "\(file): qalint has no flag \(flag): \(command)")
            }
            for format in try matches(#"--format[ =]"?([a-z]+)|--output[ =]"?([a-z]+)="#, in: command) {
                let name = format[1].isEmpty ? format[2] : format[1]
                #expect(formats.contains(name), "\(file): qalint has no format \(name): \(command)")
            }
        }
        return commands.count
    }

    @Test("the pre-commit manifest declares a serial qalint hook for .txt files")
    func preCommitManifest() throws {
        guard let hooks = try Self.decode([Hook].self, ".pre-commit-hooks.yaml") else { return }
        let hook = try #require(hooks.first { $0.id == "qalint" })
        #expect(hooks.count == 1)
        #expect(!hook.name.isEmpty)
        #expect(hook.entry == "qalint lint")
        #expect(hook.language == "swift")
        #expect(hook.require_serial == true, "corpus rules need every file in one process")
        let files = try NSRegularExpression(pattern: try #require(hook.files))
        func selects(_ path: String) -> Bool { files.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil }
        #expect(selects("pages/a.txt") && selects("a b.txt"))
        #expect(!selects("a.txt.bak") && !selects("a.md") && !selects("txt"))
        #expect(try Self.checkFlags(hook.entry, in: ".pre-commit-hooks.yaml") == 1)
    }

    @Test("the action declares its inputs, references only declared inputs and step ids, and calls qalint correctly")
    func action() throws {
        guard let action = try Self.decode(Action.self, "action.yml") else { return }
        #expect(!action.name.isEmpty && !action.description.isEmpty)
        #expect(Set(action.inputs.keys).isSuperset(of: ["paths", "corpus", "config", "sarif-file", "fail-on-warnings"]))
        #expect(action.inputs["sarif-file"]?.default?.text == "qalint.sarif")
        #expect(action.inputs.values.allSatisfy { !$0.description.isEmpty })
        #expect(action.runs.using == "composite")
        let steps = action.runs.steps
        let texts = steps.flatMap(\.texts) + action.outputs.values.map(\.value)
        for reference in try texts.flatMap({ try Self.matches(#"inputs\.([A-Za-z0-9_-]+)"#, in: $0) }) {
            #expect(action.inputs[reference[1]] != nil, "action.yml uses undeclared input \(reference[1])")
        }
        let ids = Set(steps.compactMap(\.id))
        for reference in try texts.flatMap({ try Self.matches(#"steps\.([A-Za-z0-9_-]+)\.outputs"#, in: $0) }) {
            #expect(ids.contains(reference[1]), "action.yml uses the outputs of unknown step \(reference[1])")
        }
        for step in steps where step.run != nil {
            #expect(step.shell != nil, "a composite action's run step needs a shell: \(step.name ?? "?")")
            #expect(step.run?.contains("${{") == false, "pass expressions through env, not into the script: \(step.name ?? "?")")
        }
        let scripts = steps.compactMap(\.run).joined(separator: "\n")
        #expect(scripts.contains("swift build -c release"))
        #expect(scripts.contains("--diff-filter=ACMR") && scripts.contains("...HEAD"))
        #expect(try Self.checkFlags(scripts, in: "action.yml") == 1)
        let lint = try #require(try Self.qalintCommands(scripts).first)
        #expect(lint.contains("--format github") && lint.contains("--output \"sarif="))
    }

    @Test("qalint's CI workflow installs PCRE2, builds, tests and runs .ci/run")
    func ciWorkflow() throws {
        guard let workflow = try Self.decode(Workflow.self, ".github/workflows/ci.yml") else { return }
        #expect(workflow.on["pull_request"] != nil && workflow.on["push"] != nil)
        let steps = try #require(workflow.jobs.values.first?.steps)
        #expect(steps.contains { $0.uses?.hasPrefix("actions/checkout@") == true })
        let runs = steps.compactMap(\.run)
        for command in ["apt-get install", "libpcre2-dev", "swift build", "swift test", "bash .ci/run"] {
            #expect(runs.contains { $0.contains(command) }, "ci.yml never runs \(command)")
        }
        for run in runs { try Self.checkFlags(run, in: "ci.yml") }
    }

    @Test("the example workflow runs the action on pull requests and uploads its SARIF")
    func exampleWorkflow() throws {
        guard let documents = try Self.load([".github/examples/lint-pages.yml", "action.yml"]) else { return }
        let workflow = try JSONDecoder().decode(Workflow.self, from: try #require(documents[".github/examples/lint-pages.yml"]))
        let action = try JSONDecoder().decode(Action.self, from: try #require(documents["action.yml"]))
        #expect(workflow.on["pull_request"] != nil)
        #expect(workflow.permissions?["security-events"] == "write")
        let steps = try #require(workflow.jobs.values.first?.steps)
        let checkout = try #require(steps.first { $0.uses?.hasPrefix("actions/checkout@") == true })
        #expect(checkout.with?["fetch-depth"]?.text == "0")
        let lint = try #require(steps.first { $0.uses?.contains("qalint") == true })
        for key in (lint.with ?? [:]).keys {
            #expect(action.inputs[key] != nil, "the example passes \(key), which the action does not declare")
        }
        let upload = try #require(steps.first { $0.uses == "github/codeql-action/upload-sarif@v3" })
        #expect(upload.with?["sarif_file"]?.text == (lint.with?["sarif-file"] ?? action.inputs["sarif-file"]?.default)?.text)
        for run in steps.compactMap(\.run) { try Self.checkFlags(run, in: "lint-pages.yml") }
    }

    @Test("flags are found after qalint only, wherever the command sits in a line")
    func flagScanner() throws {
        let script = """
            git diff --name-only origin/main...HEAD
            # qalint lint --not-a-flag
            status=0; qalint lint --format github ${CORPUS:+--corpus "$CORPUS"} \\
              --max-warnings=0 -- a.txt || status=$?
            echo "qalint-pages --nope"
            """
        #expect(try Self.qalintCommands(script).count == 1)
        let flags = try Self.matches(#"(?<![A-Za-z0-9-])(--[a-z][a-z0-9-]*)"#, in: try Self.qalintCommands(script)[0]).map { $0[1] }
        #expect(flags == ["--format", "--corpus", "--max-warnings"])
    }
}
