/// Builds a ``Schema`` from its YAML, reporting every mistake with its position.
enum SchemaLoader {
    /// Reads a schema document.
    static func load(_ root: ConfigNode, digest: UInt64 = 0) throws(ConfigErrors) -> Schema {
        var reader = OptionsReader(root, what: "a schema")
        var errors: [ConfigError] = []
        if let version = reader.int("version"), version != 1 {
            reader.fail("version", "schema version \(version) is not supported; this qalint reads version 1")
        }
        let name = reader.string("name") ?? "schema"
        _ = reader.string("description")
        var labels: [String: String] = [:]
        if let node = reader.raw("labels") {
            for (key, value) in node.mapping ?? [] {
                if let text = value.scalar, let field = key.scalar { labels[field] = text } else {
                    errors.append(ConfigError(at: value, "a label must be a string"))
                }
            }
        }
        var parts: [SchemaPart] = []
        if let list = reader.raw("parts") {
            for item in list.sequence ?? [] {
                if let part = part(item, errors: &errors) {
                    if parts.contains(where: { $0.id == part.id }) {
                        errors.append(ConfigError(at: item, "part id '\(part.id)' is used twice"))
                    }
                    parts.append(part)
                }
            }
            if list.sequence == nil { errors.append(ConfigError(at: list, "'parts' must be a list")) }
        } else {
            reader.fail("parts", "a schema needs 'parts'")
        }
        let corpus = corpusSpec(reader.raw("corpus"), errors: &errors)
        errors += reader.finish()
        guard errors.isEmpty else { throw ConfigErrors(errors) }
        let schema = Schema(name: name, parts: parts, labels: labels, corpus: corpus, digest: digest)
        if let corpus, let node = root["corpus"] { errors += validate(corpus, schema, at: node) }
        guard errors.isEmpty else { throw ConfigErrors(errors) }
        return schema
    }

    private static func validate(_ corpus: CorpusSpec, _ schema: Schema, at node: ConfigNode) -> [ConfigError] {
        var errors: [ConfigError] = []
        let fields = schema.fieldNames
        for field in corpus.audit.values where !fields.contains(field) {
            errors.append(ConfigError(at: node, "audit field '\(field)' is not a field of the schema"))
        }
        if !fields.contains(corpus.title) { errors.append(ConfigError(at: node, "corpus title field '\(corpus.title)' is not a field of the schema")) }
        if let links = corpus.links {
            for field in [links.title] + links.excerpts.map(\.field) where !fields.contains("\(links.section).\(field)") {
                errors.append(ConfigError(at: node, "'\(links.section).\(field)' is not a field of the schema"))
            }
            for part in links.excerpts.map(\.part) + links.lines.map(\.part) where schema.partIndex(part) == nil {
                errors.append(ConfigError(at: node, "'\(part)' is not a part of the schema"))
            }
            for line in links.lines.map(\.line) where !schema.lineNames.contains("\(links.section).\(line)") {
                errors.append(ConfigError(at: node, "'\(links.section).\(line)' is not an entry line of the schema"))
            }
        }
        return errors
    }

    private static func part(_ node: ConfigNode, errors: inout [ConfigError]) -> SchemaPart? {
        var reader = OptionsReader(node, what: "a part")
        let id = reader.string("id") ?? ""
        if !LineTemplate.isFieldName(id) { reader.fail("id", "a part needs an 'id' in lower_snake_case") }
        let label = reader.string("label") ?? id.replacingOccurrences(of: "_", with: " ")
        let required = reader.bool("required") ?? false
        let repeatable = reader.bool("repeatable") ?? false
        let lineNode = reader.raw("line")
        let templateText = reader.string("template")
        let isBlock = reader.bool("block") ?? false
        let heading = reader.string("heading")
        let entriesNode = reader.raw("entries")
        var shape: SchemaPart.Shape?
        if let lineNode {
            let recogniser = recogniser(lineNode, errors: &errors)
            let template = templateText.flatMap { text in
                parseTemplate(text, at: node["template"]!, errors: &errors)
            } ?? LineTemplate(source: "{\(id)}", tokens: [.field(id)])
            shape = .line(recogniser, template)
        } else if isBlock {
            shape = .block
        } else if let heading {
            let entries = entriesNode.flatMap { entrySpec($0, errors: &errors) }
            shape = .section(heading: heading, entries: entries)
        } else {
            reader.fail("id", "part '\(id)' needs one of 'line', 'block: true' or 'heading'")
        }
        errors += reader.finish()
        guard let shape else { return nil }
        return SchemaPart(id: id, label: label, shape: shape, required: required, repeatable: repeatable)
    }

    private static func recogniser(_ node: ConfigNode, errors: inout [ConfigError]) -> Recogniser {
        var reader = OptionsReader(node, what: "'line'")
        var result = Recogniser()
        result.firstLine = reader.bool("first") ?? false
        result.prefix = reader.string("prefix").map { Array($0.utf8) }
        result.contains = reader.string("contains").map { Array($0.utf8) }
        if !result.firstLine && result.prefix == nil && result.contains == nil {
            reader.fail("first", "'line' needs 'first: true', 'prefix' or 'contains'")
        }
        errors += reader.finish()
        return result
    }

    private static func entrySpec(_ node: ConfigNode, errors: inout [ConfigError]) -> EntrySpec? {
        var reader = OptionsReader(node, what: "'entries'")
        let label = reader.string("label") ?? "entry"
        let end = reader.raw("end").map { recogniser($0, errors: &errors) }
        var lines: [EntrySpec.Line] = []
        for item in reader.raw("lines")?.sequence ?? [] {
            var lineReader = OptionsReader(item, what: "an entry line")
            let name = lineReader.string("name") ?? ""
            if !LineTemplate.isFieldName(name) { lineReader.fail("name", "an entry line needs a 'name' in lower_snake_case") }
            if let text = lineReader.string("template"), let template = parseTemplate(text, at: item["template"]!, errors: &errors) {
                lines.append(EntrySpec.Line(name: name, template: template))
            } else {
                lineReader.fail("name", "an entry line needs a 'template'")
            }
            errors += lineReader.finish()
        }
        if lines.isEmpty { reader.fail("lines", "'entries' needs at least one line in 'lines'") }
        errors += reader.finish()
        return lines.isEmpty ? nil : EntrySpec(label: label, lines: lines, end: end)
    }

    private static func parseTemplate(_ text: String, at node: ConfigNode, errors: inout [ConfigError]) -> LineTemplate? {
        switch LineTemplate.parse(text) {
        case .success(let template): return template
        case .failure(let error):
            errors.append(ConfigError(at: node, error.message))
            return nil
        }
    }
}
