import Foundation

/// Loads a ``Configuration``: the config file (found upward or given), the rule sets it
/// extends, the schema, reference data, rule settings and overrides. Every mistake in any of
/// these files is collected and thrown together, each with `file:line:col`.
public struct ConfigurationLoader {
    /// The name looked for from the working directory upward.
    public static let fileName = ".qalint.yml"

    /// Creates a loader.
    public init() {}

    /// The config file for `directory`: the nearest `.qalint.yml` at or above it.
    public static func discover(from directory: String) -> String? {
        // The working directory is absolute and standard already; anything else is made so
        // first. Then the path is walked up as text, which costs a fraction of building URLs
        // at every start.
        var folder = Substring(isStandardAbsolute(directory) ? directory : URL(fileURLWithPath: directory).standardizedFileURL.path)
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        while true {
            let candidate = folder == "/" ? "/" + fileName : String(folder) + "/" + fileName
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            guard folder != "/", let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            folder = slash == folder.startIndex ? "/" : folder[..<slash]
        }
    }

    /// Whether `path` is absolute with no empty, `.` or `..` component and no trailing slash
    /// (`/` itself is): a path that standardising would leave as it is.
    static func isStandardAbsolute(_ path: String) -> Bool {
        guard path.hasPrefix("/") else { return false }
        if path == "/" { return true }
        return path.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && !component.elementsEqual(".".utf8) && !component.elementsEqual("..".utf8)
        }
    }

    /// Loads `file` (or the built-in defaults when nil).
    public func load(file: String?) throws(ConfigErrors) -> Configuration {
        var errors: [ConfigError] = []
        let root = try file.map { path throws(ConfigErrors) in try ConfigNode.parse(yaml: try Self.read(path), file: path) }
            ?? ConfigNode(value: .mapping([]), file: "<defaults>", line: 1, column: 1)
        let base = file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "."
        var reader = OptionsReader(root, what: "the configuration")
        if let version = reader.int("version"), version != 1 {
            reader.fail("version", "config version \(version) is not supported; this qalint reads version 1")
        }
        let schema = loadSchema(reader.string("schema"), base: base, at: reader.node?["schema"], errors: &errors)
        let reference = ReferenceLoader(base: base).load(reader.raw("reference"), errors: &errors)
        let environment = KindEnvironment(schema: schema ?? BuiltinFiles.schema, reference: reference)
        let ruleLoader = RuleSetLoader(environment: environment)
        var definitions: [RuleDefinition] = []
        var examples: ExampleSet?
        for source in extendsList(reader.strings("extends") ?? ["default"]) {
            guard let node = ruleSetNode(source, base: base, at: reader.node?["extends"], errors: &errors) else { continue }
            let (list, set, fileErrors) = ruleLoader.loadFile(node)
            errors += fileErrors
            examples = examples ?? set
            for definition in list {
                if let index = definitions.firstIndex(where: { $0.id == definition.id }) { definitions[index] = definition } else {
                    definitions.append(definition)
                }
            }
        }
        let settings = RuleSettings.read(reader.raw("rules"), known: definitions.map(\.id), errors: &errors)
        definitions += settings.newRules
        var rules: [Rule] = []
        for var definition in definitions {
            definition.node = ConfigNode.merged(definition.node, settings.messages[definition.id]) ?? definition.node
            let (rule, ruleErrors) = ruleLoader.build(definition, overrides: settings.options[definition.id])
            errors += ruleErrors
            if var rule {
                if let severity = settings.severities[rule.id] { rule.severity = severity }
                rules.append(rule)
            }
        }
        let overrides = RuleSettings.overrides(reader.raw("overrides"), known: definitions.map(\.id), errors: &errors)
        let include = (reader.strings("include") ?? ["**/*.txt"]).map(Glob.init)
        let exclude = (reader.strings("exclude") ?? []).map(Glob.init)
        let corpus = reader.string("corpus").map { Self.resolve($0, base: base) }
        errors += reader.finish()
        guard errors.isEmpty, let schema else { throw ConfigErrors(errors) }
        return Configuration(file: file, schema: schema, rules: rules.sorted { $0.id < $1.id }, reference: reference,
                             include: include, exclude: exclude, overrides: overrides, corpus: corpus, examples: examples ?? ExampleSet())
    }

    private func extendsList(_ list: [String]) -> [String] {
        list.isEmpty ? [] : list
    }

    private func loadSchema(_ path: String?, base: String, at node: ConfigNode?, errors: inout [ConfigError]) -> Schema? {
        guard let path else { return BuiltinFiles.schema }
        do {
            let resolved = Self.resolve(path, base: base)
            let text = try Self.read(resolved, at: node)
            return try SchemaLoader.load(try ConfigNode.parse(yaml: text, file: resolved), digest: FNV.hash(text))
        } catch {
            errors += error.errors
            return nil
        }
    }

    private func ruleSetNode(_ source: String, base: String, at node: ConfigNode?, errors: inout [ConfigError]) -> ConfigNode? {
        do {
            if let builtin = BuiltinFiles.ruleSet(named: source) { return builtin }
            let resolved = Self.resolve(source, base: base)
            return try ConfigNode.parse(yaml: try Self.read(resolved, at: node), file: resolved)
        } catch {
            errors += error.errors
            return nil
        }
    }

    /// `path` relative to `base` unless absolute.
    static func resolve(_ path: String, base: String) -> String {
        path.hasPrefix("/") || base == "." ? path : (base as NSString).appendingPathComponent(path)
    }

    /// Reads a UTF-8 text file, or throws an error placed at `node` (or the file itself).
    static func read(_ path: String, at node: ConfigNode? = nil) throws(ConfigErrors) -> String {
        // FileReader, not FileManager.contents(atPath:), which on Linux leaks a 4 KiB buffer for
        // every empty file (found by fuzzing; see docs/fuzzing.md). Non-regular files are still
        // refused ("cannot be read"), as before.
        guard case .success(let bytes) = FileReader.read(path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            let error = node.map { ConfigError(at: $0, "file '\(path)' \(reason)") }
                ?? ConfigError(file: path, line: 0, column: 0, message: "file \(reason)")
            throw ConfigErrors([error])
        }
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            throw ConfigErrors([ConfigError(file: path, line: 1, column: 1, message: "file is not valid UTF-8")])
        }
        return text
    }
}
