/// The lines of named parts, shared by kinds that scan text.
enum PartLines {
    /// Every line index of every occurrence of the parts `ids`, sorted, without repeats.
    static func lines(of ids: [String], in document: Document) -> [Int] {
        var result: [Int] = []
        for id in ids {
            guard let index = document.schema.partIndex(id) else { continue }
            for match in document.occurrences[index] {
                result += Array(match.body)
            }
        }
        return Array(Set(result)).sorted()
    }

    /// Checks that every id in `ids` names a part.
    static func validate(_ ids: [String], key: String, _ options: inout OptionsReader, _ schema: Schema) {
        for id in ids { FieldSelector.validatePart(id, key: key, &options, schema) }
    }
}
