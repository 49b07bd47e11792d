/// `empty-part`: a section has its heading but no content.
struct EmptyPartKind: RuleKind {
    static let name = "empty-part"
    static let summary = "Reports a section whose heading is followed by no content."
    static let messages = [(key: "empty", template: "{part} has a heading but no content")]
    static let placeholders = ["part"]

    init(options: inout OptionsReader, environment: KindEnvironment) {}

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        for (index, matches) in document.occurrences.enumerated() where document.schema.parts[index].isSection {
            for match in matches where !match.hasContent {
                findings.append(Finding(wholeLine: match.firstLine, of: document.source, message: "empty",
                                        values: ["part": document.schema.parts[index].label]))
            }
        }
    }
}
