/// Reads rule definitions from YAML (a rule set file, or `rules:` entries in a config) into
/// ``Rule``s, validating each kind's options.
struct RuleSetLoader {
    let environment: KindEnvironment

    /// A rule set file: `version`, optional `example_page`, and `rules` (a list).
    func loadFile(_ root: ConfigNode) -> (rules: [RuleDefinition], examples: ExampleSet?, errors: [ConfigError]) {
        var reader = OptionsReader(root, what: "a rule set")
        var errors: [ConfigError] = []
        if let version = reader.int("version"), version != 1 {
            reader.fail("version", "rule set version \(version) is not supported; this qalint reads version 1")
        }
        _ = reader.string("description")
        var examples: ExampleSet?
        if let page = reader.string("example_page") {
            var set = ExampleSet(page: page)
            for (key, value) in reader.raw("example_corpus")?.mapping ?? [] {
                if let name = key.scalar, let text = value.scalar { set.corpus[name] = text } else {
                    errors.append(ConfigError(at: value, "'example_corpus' maps file names to page texts"))
                }
            }
            if let registry = reader.raw("example_doctors") {
                set.doctors = ReferenceLoader.doctors(registry, errors: &errors)
            }
            examples = set
        }
        var definitions: [RuleDefinition] = []
        if let list = reader.raw("rules") {
            if let items = list.sequence {
                for item in items {
                    var itemReader = OptionsReader(item, what: "a rule")
                    let id = itemReader.string("id") ?? ""
                    if id.isEmpty { itemReader.fail("kind", "a rule needs an 'id'") }
                    errors += itemReader.errors
                    definitions.append(RuleDefinition(id: id, node: item))
                }
            } else {
                errors.append(ConfigError(at: list, "'rules' must be a list"))
            }
        }
        errors += reader.finish()
        return (definitions, examples, errors)
    }

    /// Builds one rule from its definition node (id given separately for config mappings).
    func build(_ definition: RuleDefinition, overrides: ConfigNode? = nil) -> (Rule?, [ConfigError]) {
        var reader = OptionsReader(definition.node, what: "a rule")
        _ = reader.string("id")
        let kindName = reader.string("kind") ?? ""
        let severityText = reader.string("severity") ?? "error"
        var errors: [ConfigError] = []
        let severity = Severity(rawValue: severityText)
        if severity == nil { reader.fail("severity", Self.severityMessage(severityText)) }
        let summary = reader.string("summary") ?? ""
        let description = reader.string("description") ?? summary
        let messageNode = reader.raw("message")
        let messagesNode = reader.raw("messages")
        let optionsNode = reader.raw("options")
        let examples = Self.examples(reader.raw("examples"), errors: &errors)
        guard let kindType = KindRegistry.kind(named: kindName) else {
            reader.fail("kind", kindName.isEmpty ? "rule '\(definition.id)' needs a 'kind' (\(KindRegistry.names.joined(separator: ", ")))"
                        : "unknown kind '\(kindName)'\(Suggestion.hint(for: kindName, in: KindRegistry.names)); kinds: \(KindRegistry.names.joined(separator: ", "))")
            return (nil, errors + reader.finish())
        }
        var options = OptionsReader(ConfigNode.merged(optionsNode, overrides), what: "'options'")
        let kind = kindType.init(options: &options, environment: environment)
        errors += options.finish()
        let messages = Self.messages(kindType, main: messageNode, all: messagesNode, errors: &errors)
        errors += reader.finish()
        guard errors.isEmpty, let severity else { return (nil, errors) }
        let rule = Rule(id: definition.id, kindName: kindName, severity: severity, summary: summary, description: description,
                        messages: messages, kind: kind, examples: examples,
                        origin: "\(definition.node.file):\(definition.node.line)")
        return (rule, [])
    }

    static func severityMessage(_ text: String) -> String {
        let names = Severity.allCases.map(\.rawValue)
        return "severity must be one of \(names.joined(separator: ", ")), found '\(text)'\(Suggestion.hint(for: text, in: names))"
    }

    private static func messages(
        _ kind: any RuleKind.Type, main: ConfigNode?, all: ConfigNode?, errors: inout [ConfigError]
    ) -> [String: MessageTemplate] {
        var texts: [String: (String, ConfigNode?)] = [:]
        for (key, template) in kind.messages { texts[key] = (template, nil) }
        if let main {
            if let text = main.scalar { texts[kind.messages[0].key] = (text, main) } else {
                errors.append(ConfigError(at: main, "'message' must be a string"))
            }
        }
        for (key, value) in all?.mapping ?? [] {
            let name = key.scalar ?? ""
            guard texts[name] != nil else {
                let known = kind.messages.map(\.key)
                errors.append(ConfigError(at: key, "kind '\(kind.name)' has no message '\(name)'\(Suggestion.hint(for: name, in: known)); it has: \(known.joined(separator: ", "))"))
                continue
            }
            if let text = value.scalar { texts[name] = (text, value) } else {
                errors.append(ConfigError(at: value, "a message must be a string"))
            }
        }
        var result: [String: MessageTemplate] = [:]
        for (key, (text, node)) in texts {
            switch MessageTemplate.parse(text, allowed: kind.placeholders) {
            case .success(let template): result[key] = template
            case .failure(let error):
                if let node { errors.append(ConfigError(at: node, error.message)) }
            }
        }
        return result
    }

    private static func examples(_ node: ConfigNode?, errors: inout [ConfigError]) -> [RuleExample] {
        guard let node else { return [] }
        var reader = OptionsReader(node, what: "'examples'")
        var result: [RuleExample] = []
        for (key, triggers) in [("trigger", true), ("pass", false)] {
            for item in reader.raw(key)?.sequence ?? [] {
                let origin = "\(item.file):\(item.line)"
                if let corpus = item["corpus"] {
                    var itemReader = OptionsReader(item, what: "an example")
                    _ = itemReader.raw("corpus")
                    errors += itemReader.finish()
                    let files = (corpus.mapping ?? []).map { file(named: $0.key.scalar ?? "", $0.value, errors: &errors) }
                    result.append(RuleExample(triggers: triggers, files: files, corpus: true, origin: origin))
                } else {
                    result.append(RuleExample(triggers: triggers, files: [file(named: "page.txt", item, errors: &errors)],
                                              corpus: false, origin: origin))
                }
            }
        }
        errors += reader.finish()
        return result
    }

    private static func file(named name: String, _ node: ConfigNode, errors: inout [ConfigError]) -> ExampleFile {
        var reader = OptionsReader(node, what: "an example page")
        let page = reader.string("page")
        var replacements: [(old: String, new: String)] = []
        for (old, new) in reader.raw("replace")?.mapping ?? [] {
            replacements.append((old.scalar ?? "", new.scalar ?? ""))
        }
        if page == nil && reader.node?["replace"] == nil { reader.fail("page", "an example needs 'page' or 'replace'") }
        errors += reader.finish()
        return ExampleFile(name: name, page: page, replacements: replacements)
    }
}

/// A rule's YAML before it is built: its id and node.
struct RuleDefinition {
    let id: String
    var node: ConfigNode
}

extension ConfigNode {
    /// `base` with the keys of `overrides` put in its place (mappings only).
    static func merged(_ base: ConfigNode?, _ overrides: ConfigNode?) -> ConfigNode? {
        guard let overrides, let pairs = overrides.mapping else { return base }
        guard let base, var basePairs = base.mapping else { return overrides }
        for pair in pairs {
            if let index = basePairs.firstIndex(where: { $0.key.scalar == pair.key.scalar }) {
                basePairs[index] = pair
            } else {
                basePairs.append(pair)
            }
        }
        return ConfigNode(value: .mapping(basePairs), file: base.file, line: base.line, column: base.column)
    }
}
