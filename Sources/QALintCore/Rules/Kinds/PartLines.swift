/// The lines of named parts, shared by kinds that scan text.
enum PartLines {
    /// Every line index of every occurrence of the parts `ids`, sorted, without repeats.
    static func lines(of ids: [String], in document: Document) -> [Int] {
        var result: [Int] = []
        for id in ids {
            guard let index = document.schema.partIndex(id) else { continue }
            for match in document.occurrences[index] {
                result.append(contentsOf: match.body)
            }
        }
        result.sort()
        // Sorted, so repeats stand side by side.
        var kept = 0
        for line in result where kept == 0 || result[kept - 1] != line {
            result[kept] = line
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    /// Checks that every id in `ids` names a part.
    static func validate(_ ids: [String], key: String, _ options: inout OptionsReader, _ schema: Schema) {
        for id in ids { FieldSelector.validatePart(id, key: key, &options, schema) }
    }
}
