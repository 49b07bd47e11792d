/// The schema, rule set and specialty list compiled into qalint (from `Rules/`).
public enum BuiltinFiles {
    /// Built-in rule sets by the name `extends` uses.
    public static let ruleSets: [String: String] = ["default": defaultRuleSet]

    /// The built-in e-hospital schema, parsed once.
    public static let schema: Schema = {
        do {
            var schema = try SchemaLoader.load(try ConfigNode.parse(yaml: schemaText, file: "<builtin>/e-hospital.schema.yml"))
            schema.digest = FNV.hash(schemaText)
            return schema
        } catch {
            preconditionFailure("the built-in schema is invalid: \(error)")
        }
    }()

    /// The built-in specialty list.
    static func specialties() throws(ConfigErrors) -> [String] {
        var errors: [ConfigError] = []
        let list = ReferenceLoader.list(try ConfigNode.parse(yaml: specialtiesText, file: "<builtin>/specialties.yml"),
                                        key: "specialties", errors: &errors)
        if !errors.isEmpty { throw ConfigErrors(errors) }
        return list
    }
}
