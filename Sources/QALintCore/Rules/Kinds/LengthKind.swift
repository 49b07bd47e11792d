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
    private let countsLines: Bool
    private let countsWords: Bool
    private let countsCharacters: Bool

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
        countsLines = list.contains { $0.0 == "lines" }
        countsWords = list.contains { $0.0 == "words" }
        countsCharacters = list.contains { $0.0 == "characters" }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let index = document.schema.partIndex(part), let match = document.occurrences[index].first, match.hasContent else { return }
        let lines = match.body.lazy.filter { !document.source.isBlank(lineIndex: $0) }
        // Counted on the bytes, and only the units some limit needs: words are runs of bytes
        // other than space and tab (no multi-byte scalar contains either), characters are
        // columns (Unicode scalars, an invalid sequence counting as one).
        var lineCount = 0
        var words = 0
        var characters = 0
        if countsLines { lineCount = lines.count }
        if countsWords {
            words = document.source.bytes.withUnsafeBufferPointer { buffer in
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
        if countsCharacters {
            characters = lines.reduce(0) { $0 + document.source.column(lineIndex: $1, offset: document.source.lines[$1].end) - 1 }
        }
        for limit in limits {
            let count = limit.unit == "lines" ? lineCount : limit.unit == "words" ? words : characters
            // Made only for a finding.
            var label: String { document.schema.parts[index].label.prefix(1).uppercased() + document.schema.parts[index].label.dropFirst() }
            var at: Int { match.anchorLine ?? lines.first ?? match.body.lowerBound }
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
