/// The lines of named parts, shared by kinds that scan text.
enum PartLines {
    /// Every line index of every occurrence of the parts `ids`, sorted, without repeats.
    static func lines(of ids: [String], in document: Document) -> [Int] {
        let occurrences = document.occurrences
        let parts = ids.compactMap { document.schema.partIndex($0) }
        // Occurrences read in place, and the list sized once.
        var total = 0
        for part in parts {
            for match in occurrences.positions(of: part) { total += occurrences.matches[match].body.count }
        }
        var result: [Int] = []
        result.reserveCapacity(total)
        for part in parts {
            for match in occurrences.positions(of: part) { result.append(contentsOf: occurrences.matches[match].body) }
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
