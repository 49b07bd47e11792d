/// Validates field and line names given in rule options against the schema.
enum FieldSelector {
    /// Checks that every name in `names` is a field of the schema.
    static func validateFields(_ names: [String], key: String, _ options: inout OptionsReader, _ schema: Schema) {
        let known = schema.fieldNames
        for name in names where !known.contains(name) {
            options.fail(key, "unknown field '\(name)'\(Suggestion.hint(for: name, in: known)); the schema has: \(known.joined(separator: ", "))")
        }
    }

    /// Checks that `name` is a part of the schema.
    static func validatePart(_ name: String, key: String, _ options: inout OptionsReader, _ schema: Schema) {
        if schema.partIndex(name) == nil {
            let known = schema.parts.map(\.id)
            options.fail(key, "unknown part '\(name)'\(Suggestion.hint(for: name, in: known)); the schema has: \(known.joined(separator: ", "))")
        }
    }
}
