/// Reads the `reference:` key: the specialty list, the doctor registry and extra named lists.
struct ReferenceLoader {
    let base: String

    func load(_ node: ConfigNode?, errors: inout [ConfigError]) -> ReferenceData {
        var reader = OptionsReader(node, what: "'reference'")
        var data = ReferenceData()
        if let path = reader.string("specialties") {
            data.lists["specialties"] = list(at: path, key: "specialties", node: reader.node?["specialties"], errors: &errors)
        } else {
            data.lists["specialties"] = (try? BuiltinFiles.specialties()) ?? []
        }
        if let path = reader.string("doctors"), let root = document(path, node: reader.node?["doctors"], errors: &errors) {
            data.doctors = Self.doctors(root, errors: &errors)
        }
        for (key, value) in reader.raw("lists")?.mapping ?? [] {
            guard let name = key.scalar, let path = value.scalar else {
                errors.append(ConfigError(at: value, "each entry of 'lists' maps a name to a file"))
                continue
            }
            data.lists[name] = list(at: path, key: "values", node: value, errors: &errors)
        }
        errors += reader.finish()
        return data
    }

    private func document(_ path: String, node: ConfigNode?, errors: inout [ConfigError]) -> ConfigNode? {
        let resolved = ConfigurationLoader.resolve(path, base: base)
        do {
            return try ConfigNode.parse(yaml: try ConfigurationLoader.read(resolved, at: node), file: resolved)
        } catch {
            errors += error.errors
            return nil
        }
    }

    private func list(at path: String, key: String, node: ConfigNode?, errors: inout [ConfigError]) -> [String] {
        guard let root = document(path, node: node, errors: &errors) else { return [] }
        return Self.list(root, key: key, errors: &errors)
    }

    /// `version: 1` and a list of strings under `key`.
    static func list(_ root: ConfigNode, key: String, errors: inout [ConfigError]) -> [String] {
        var reader = OptionsReader(root, what: "a reference list")
        _ = reader.int("version", range: 1...1)
        _ = reader.string("description")
        let values = reader.strings(key) ?? []
        if reader.node?[key] == nil { reader.fail("version", "a reference list needs '\(key)'") }
        errors += reader.finish()
        return values
    }

    /// `version: 1` and `doctors: [{name, aliases, specialties}]`.
    static func doctors(_ root: ConfigNode, errors: inout [ConfigError]) -> DoctorRegistry {
        var reader = OptionsReader(root, what: "a doctor registry")
        _ = reader.int("version", range: 1...1)
        _ = reader.string("description")
        var doctors: [DoctorRegistry.Doctor] = []
        for item in reader.raw("doctors")?.sequence ?? [] {
            var entry = OptionsReader(item, what: "a doctor")
            let name = entry.string("name") ?? ""
            if name.isEmpty { entry.fail("name", "a doctor needs a 'name'") }
            let aliases = entry.strings("aliases") ?? []
            let specialties = entry.strings("specialties") ?? []
            if specialties.isEmpty { entry.fail("name", "doctor '\(name)' needs 'specialties'") }
            errors += entry.finish()
            doctors.append(DoctorRegistry.Doctor(name: name, aliases: aliases, specialties: specialties))
        }
        errors += reader.finish()
        return DoctorRegistry(doctors: doctors)
    }
}
