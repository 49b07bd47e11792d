/// `part-cardinality`: a part that may appear once appears again.
struct PartCardinalityKind: RuleKind {
    static let name = "part-cardinality"
    static let summary = "Reports a once-only part or heading that appears again."
    static let messages = [(key: "again", template: "{part} appears again; it was already at line {first_line}")]
    static let placeholders = ["part", "first_line"]

    init(options: inout OptionsReader, environment: KindEnvironment) {}

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        for (index, matches) in document.occurrences.enumerated() where matches.count > 1 && !document.schema.parts[index].repeatable {
            let first = matches[0].firstLine
            for extra in matches.dropFirst() {
                var finding = Finding(wholeLine: extra.firstLine, of: document.source, message: "again",
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
