/// A document type: its parts in order, how each is found, and the fields they yield.
///
/// Loaded from YAML (`Rules/e-hospital.schema.yml` is the default); another site's format is
/// another schema file, not new code.
///
/// A class, immutable: every parsed page holds its schema, and a value of several lists and
/// texts was retained and released for every page, on lists that every thread shares.
public final class Schema: Sendable {
    /// Schema name.
    public let name: String
    /// Parts in the order a page must have them.
    public let parts: [SchemaPart]
    /// Labels of fields for messages (`ask_date` → `Ask Date`).
    public let labels: [String: String]
    /// How pages link to each other, for corpus rules.
    public let corpus: CorpusSpec?
    /// A digest of the schema's YAML, for cache keys.
    public let digest: UInt64
    /// The fields it yields, numbered.
    let slots: FieldSlots

    /// A schema of `parts`; `digest` is its YAML's.
    public init(name: String, parts: [SchemaPart], labels: [String: String], corpus: CorpusSpec?, digest: UInt64 = 0) {
        self.name = name
        self.parts = parts
        self.labels = labels
        self.corpus = corpus
        self.digest = digest
        slots = FieldSlots(parts)
    }

    /// The index of the part with `id`.
    public func partIndex(_ id: String) -> Int? {
        parts.firstIndex { $0.id == id }
    }

    /// The label of a field, or the field name with spaces.
    public func label(ofField name: String) -> String {
        if let label = labels[name] { return label }
        let local = name.split(separator: ".").last.map(String.init) ?? name
        return labels[local] ?? local.replacingOccurrences(of: "_", with: " ")
    }

    /// Every field name the schema can yield: `ask_date`, and `similar_qa.title` for entries.
    public var fieldNames: [String] {
        parts.flatMap { part -> [String] in
            switch part.shape {
            case .line(_, let template): return template.fieldNames
            case .block: return []
            case .section(_, let entries):
                return (entries?.lines ?? []).flatMap { line in line.template.fieldNames.map { "\(part.id).\($0)" } }
            }
        }
    }

    /// Every line a line-format rule can target: line parts, and `section.line` for entries.
    public var lineNames: [String] {
        parts.flatMap { part -> [String] in
            switch part.shape {
            case .line: return [part.id]
            case .block: return []
            case .section(_, let entries): return (entries?.lines ?? []).map { "\(part.id).\($0.name)" }
            }
        }
    }
}
