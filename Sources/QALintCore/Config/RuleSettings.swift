/// The `rules:` and `overrides:` keys of a config: severities, option changes, new rules.
struct RuleSettings {
    var severities: [String: Severity] = [:]
    var options: [String: ConfigNode] = [:]
    var messages: [String: ConfigNode] = [:]
    var newRules: [RuleDefinition] = []

    /// Reads `rules:`: `id: severity`, `id: {severity, options, message(s)}`, or a new rule with `kind`.
    static func read(_ node: ConfigNode?, known: [String], errors: inout [ConfigError]) -> RuleSettings {
        var settings = RuleSettings()
        guard let node else { return settings }
        guard let pairs = node.mapping else {
            errors.append(ConfigError(at: node, "'rules' must be a mapping of rule ids to settings"))
            return settings
        }
        for (key, value) in pairs {
            let id = key.scalar ?? ""
            if value.mapping?.contains(where: { $0.key.scalar == "kind" }) == true {
                if known.contains(id) { errors.append(ConfigError(at: key, "rule '\(id)' already exists; give it a new id or drop 'kind'")) }
                let node = ConfigNode(value: .mapping([(ConfigNode(value: .scalar("id"), file: key.file, line: key.line, column: key.column), key)]
                                                      + (value.mapping ?? [])), file: value.file, line: value.line, column: value.column)
                settings.newRules.append(RuleDefinition(id: id, node: node))
                continue
            }
            guard known.contains(id) else {
                errors.append(ConfigError(at: key, "unknown rule '\(id)'\(Suggestion.hint(for: id, in: known)); to define a new rule, give it a 'kind'"))
                continue
            }
            if let text = value.scalar {
                if let severity = Severity(rawValue: text) { settings.severities[id] = severity } else {
                    errors.append(ConfigError(at: value, RuleSetLoader.severityMessage(text)))
                }
                continue
            }
            var reader = OptionsReader(value, what: "settings of rule '\(id)'")
            if let text = reader.string("severity") {
                if let severity = Severity(rawValue: text) { settings.severities[id] = severity } else {
                    reader.fail("severity", RuleSetLoader.severityMessage(text))
                }
            }
            if let options = reader.raw("options") { settings.options[id] = options }
            _ = reader.raw("message")
            _ = reader.raw("messages")
            errors += reader.finish()
            let messagePairs = (value.mapping ?? []).filter { $0.key.scalar == "message" || $0.key.scalar == "messages" }
            if !messagePairs.isEmpty {
                settings.messages[id] = ConfigNode(value: .mapping(messagePairs), file: value.file, line: value.line, column: value.column)
            }
        }
        return settings
    }

    /// Reads `overrides:`: a list of `{files: [globs], rules: {id: severity}}`.
    static func overrides(_ node: ConfigNode?, known: [String], errors: inout [ConfigError]) -> [Configuration.Override] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            errors.append(ConfigError(at: node, "'overrides' must be a list of {files, rules}"))
            return []
        }
        var result: [Configuration.Override] = []
        for item in items {
            var reader = OptionsReader(item, what: "an override")
            let files = reader.strings("files") ?? []
            if files.isEmpty { reader.fail("files", "an override needs 'files' (globs)") }
            var severities: [String: Severity] = [:]
            for (key, value) in reader.raw("rules")?.mapping ?? [] {
                let id = key.scalar ?? ""
                guard known.contains(id) else {
                    errors.append(ConfigError(at: key, "unknown rule '\(id)'\(Suggestion.hint(for: id, in: known))"))
                    continue
                }
                let text = value.scalar ?? value["severity"]?.scalar ?? ""
                if let severity = Severity(rawValue: text) { severities[id] = severity } else {
                    errors.append(ConfigError(at: value, RuleSetLoader.severityMessage(text)))
                }
            }
            errors += reader.finish()
            result.append(Configuration.Override(files: files.map(Glob.init), severities: severities))
        }
        return result
    }
}
