/// The schema, rule set and specialty list compiled into qalint (from `Rules/`), already
/// parsed: scripts/generate-builtins writes their node trees, so a run parses no YAML for them.
public enum BuiltinFiles {
    /// The built-in rule set `name`, as `ConfigNode.parse` reads it, or nil when there is none.
    public static func ruleSet(named name: String) -> ConfigNode? {
        name == "default" ? defaultRuleSet : nil
    }

    /// The default rule set's tree, made for each load (a configuration keeps what it needs of
    /// it). Kept in a global for the process's life, its nodes were reported as leaked by
    /// LeakSanitizer at the end of every fuzzing run.
    static var defaultRuleSet: ConfigNode { ConfigNode(tree: defaultRuleSetTree, file: "<builtin>/default.yml") }

    /// The built-in e-hospital schema, loaded once.
    public static let schema: Schema = {
        do {
            return try SchemaLoader.load(ConfigNode(tree: schemaTree, file: "<builtin>/e-hospital.schema.yml"), digest: FNV.hash(schemaText))
        } catch {
            preconditionFailure("the built-in schema is invalid: \(error)")
        }
    }()

    /// The built-in specialty list.
    static func specialties() throws(ConfigErrors) -> [String] {
        var errors: [ConfigError] = []
        let list = ReferenceLoader.list(ConfigNode(tree: specialtiesTree, file: "<builtin>/specialties.yml"),
                                        key: "specialties", errors: &errors)
        if !errors.isEmpty { throw ConfigErrors(errors) }
        return list
    }
}
