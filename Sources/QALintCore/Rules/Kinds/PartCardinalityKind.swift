/// `part-cardinality`: a part that may appear once appears again.
struct PartCardinalityKind: RuleKind {
    static let name = "part-cardinality"
    static let summary = "Reports a once-only part or heading that appears again."
    static let messages = [(key: "again", template: "{part} appears again; it was already at line {first_line}")]
    static let placeholders = ["part", "first_line"]

    /// The parts that may appear once, in schema order: found when the rule is made, so a page
    /// copies neither its occurrences nor the schema's parts to find them.
    private let onceOnly: [Int]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        onceOnly = environment.schema.parts.indices.filter { !environment.schema.parts[$0].repeatable }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let occurrences = document.occurrences
        for index in onceOnly where index < occurrences.count && occurrences.positions(of: index).count > 1 {
            let positions = occurrences.positions(of: index)
            let first = occurrences.matches[positions.lowerBound].firstLine
            for position in positions.dropFirst() {
                var finding = Finding(wholeLine: occurrences.matches[position].firstLine, of: document.source, message: "again",
                                      values: ["part": document.schema.parts[index].label, "first_line": String(first + 1)])
                let line = document.source.lines[first]
                finding.related = [RelatedLocation(
                    file: document.path,
                    range: SourceRange(line: first + 1, column: 1, endLine: first + 1,
                                       endColumn: document.source.column(lineIndex: first, offset: line.end)),
                    message: "first \(document.schema.parts[index].label) here")]
                findings.append(finding)
            }
        }
    }
}
