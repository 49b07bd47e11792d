/// `length`: a part has at least / at most so many words, lines or characters.
struct LengthKind: RuleKind {
    static let name = "length"
    static let summary = "Reports parts shorter or longer than the set number of words, lines or characters."
    static let messages = [
        (key: "short", template: "{part} has {count} {unit}; at least {limit} expected"),
        (key: "long", template: "{part} has {count} {unit}; at most {limit} allowed"),
    ]
    static let placeholders = ["part", "count", "unit", "limit"]

    let part: String
    let limits: [(unit: String, min: Int?, max: Int?)]
    /// The units some limit counts, so a page counts only those.
    private let units: Set<String>

    init(options: inout OptionsReader, environment: KindEnvironment) {
        part = options.string("part") ?? ""
        FieldSelector.validatePart(part, key: "part", &options, environment.schema)
        var list: [(String, Int?, Int?)] = []
        for unit in ["words", "lines", "characters"] {
            let low = options.int("min_\(unit)")
            let high = options.int("max_\(unit)")
            if low != nil || high != nil { list.append((unit, low, high)) }
        }
        if list.isEmpty { options.fail("part", "give at least one of min_/max_ words, lines or characters") }
        limits = list
        units = Set(list.map { $0.0 })
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let index = document.schema.partIndex(part), let match = document.occurrences[index].first, match.hasContent else { return }
        let lines = Array(match.body).filter { !document.source.isBlank(lineIndex: $0) }
        // Counted on the bytes, and only the units some limit needs: words are runs of bytes
        // other than space and tab (no multi-byte scalar contains either), characters are
        // columns (Unicode scalars, an invalid sequence counting as one).
        var counts = ["lines": lines.count, "words": 0, "characters": 0]
        if units.contains("words") {
            counts["words"] = document.source.bytes.withUnsafeBufferPointer { buffer in
                var words = 0
                for line in lines {
                    var inWord = false
                    for index in document.source.lines[line].start..<document.source.lines[line].end {
                        let blank = buffer[index] == 0x20 || buffer[index] == 0x09
                        if !blank && !inWord { words += 1 }
                        inWord = !blank
                    }
                }
                return words
            }
        }
        if units.contains("characters") {
            counts["characters"] = lines.reduce(0) { $0 + document.source.column(lineIndex: $1, offset: document.source.lines[$1].end) - 1 }
        }
        for limit in limits {
            let count = counts[limit.unit] ?? 0
            // Made only for a finding.
            var label: String { document.schema.parts[index].label.prefix(1).uppercased() + document.schema.parts[index].label.dropFirst() }
            let at = match.anchorLine ?? lines.first ?? match.body.lowerBound
            if let low = limit.min, count < low {
                findings.append(Finding(wholeLine: at, of: document.source, message: "short", values: [
                    "part": label, "count": String(count), "unit": limit.unit, "limit": String(low)]))
            }
            if let high = limit.max, count > high {
                findings.append(Finding(wholeLine: at, of: document.source, message: "long", values: [
                    "part": label, "count": String(count), "unit": limit.unit, "limit": String(high)]))
            }
        }
    }
}
