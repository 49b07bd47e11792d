/// The `pairs` option of the person kinds: which name field goes with which group field
/// (`{name: doctor, group: specialty}`), both on one line.
enum PersonPairs {
    /// Reads and validates `pairs`.
    static func read(_ options: inout OptionsReader, _ schema: Schema) -> [(name: String, group: String)] {
        var pairs: [(name: String, group: String)] = []
        for item in options.raw("pairs")?.sequence ?? [] {
            var reader = OptionsReader(item, what: "a pair")
            let name = reader.string("name") ?? ""
            let group = reader.string("group") ?? ""
            FieldSelector.validateFields([name, group], key: "name", &reader, schema)
            options.errors += reader.finish()
            pairs.append((name, group))
        }
        if pairs.isEmpty { options.fail("pairs", "'pairs' must list at least one {name, group}") }
        return pairs
    }

    /// The key a person is grouped under: the registry's canonical name, else the name folded.
    static func key(_ name: String, registry: DoctorRegistry) -> String {
        registry.doctor(named: name)?.name ?? DoctorRegistry.key(name)
    }
}
