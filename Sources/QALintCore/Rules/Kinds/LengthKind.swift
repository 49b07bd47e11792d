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
    /// The part's index in the schema, found once.
    private let partIndex: Int?
    let limits: [(unit: String, min: Int?, max: Int?)]
    /// The units some limit counts, so a page counts only those (lines are always counted).
    private let countsWords: Bool
    private let countsCharacters: Bool

    init(options: inout OptionsReader, environment: KindEnvironment) {
        part = options.string("part") ?? ""
        FieldSelector.validatePart(part, key: "part", &options, environment.schema)
        partIndex = environment.schema.partIndex(part)
        var list: [(String, Int?, Int?)] = []
        for unit in ["words", "lines", "characters"] {
            let low = options.int("min_\(unit)")
            let high = options.int("max_\(unit)")
            if low != nil || high != nil { list.append((unit, low, high)) }
        }
        if list.isEmpty { options.fail("part", "give at least one of min_/max_ words, lines or characters") }
        limits = list
        countsWords = list.contains { $0.0 == "words" }
        countsCharacters = list.contains { $0.0 == "characters" }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let index = partIndex else { return }
        let occurrences = document.occurrences
        let first = occurrences.positions(of: index).lowerBound
        guard !occurrences.positions(of: index).isEmpty, occurrences.matches[first].hasContent else { return }
        let body = occurrences.matches[first].body
        // Counted on the bytes, and only the units some limit needs: words are runs of bytes
        // other than space and tab (no multi-byte scalar contains either), characters are
        // columns (Unicode scalars, an invalid sequence counting as one). No closure holds the
        // document (capturing it copied every list it has).
        let source = document.source
        var lineCount = 0
        var words = 0
        var characters = 0
        var firstLine: Int?
        source.bytes.withUnsafeBufferPointer { buffer in
            for line in body where !source.isBlank(lineIndex: line) {
                if firstLine == nil { firstLine = line }
                lineCount += 1
                if countsWords {
                    var inWord = false
                    for offset in source.lines[line].start..<source.lines[line].end {
                        let blank = buffer[offset] == 0x20 || buffer[offset] == 0x09
                        if !blank && !inWord { words += 1 }
                        inWord = !blank
                    }
                }
                if countsCharacters { characters += source.column(lineIndex: line, offset: source.lines[line].end) - 1 }
            }
        }
        for limit in limits {
            let count = limit.unit == "lines" ? lineCount : limit.unit == "words" ? words : characters
            let low = limit.min.flatMap { count < $0 ? $0 : nil }
            let high = limit.max.flatMap { count > $0 ? $0 : nil }
            guard low != nil || high != nil else { continue }
            let label = document.schema.parts[index].label.prefix(1).uppercased() + document.schema.parts[index].label.dropFirst()
            let at = occurrences.matches[first].anchorLine ?? firstLine ?? body.lowerBound
            if let low {
                findings.append(Finding(wholeLine: at, of: source, message: "short", values: [
                    "part": label, "count": String(count), "unit": limit.unit, "limit": String(low)]))
            }
            if let high {
                findings.append(Finding(wholeLine: at, of: source, message: "long", values: [
                    "part": label, "count": String(count), "unit": limit.unit, "limit": String(high)]))
            }
        }
    }
}
