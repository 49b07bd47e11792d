/// `empty-part`: a section has its heading but no content.
struct EmptyPartKind: RuleKind {
    static let name = "empty-part"
    static let summary = "Reports a section whose heading is followed by no content."
    static let messages = [(key: "empty", template: "{part} has a heading but no content")]
    static let placeholders = ["part"]

    /// The schema's sections, in schema order: found when the rule is made, so a page copies
    /// neither its occurrences nor the schema's parts to find them.
    private let sections: [Int]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        sections = environment.schema.parts.indices.filter { environment.schema.parts[$0].isSection }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let occurrences = document.occurrences
        for index in sections where index < occurrences.count {
            for position in occurrences.positions(of: index) where !occurrences.matches[position].hasContent {
                findings.append(Finding(wholeLine: occurrences.matches[position].firstLine, of: document.source, message: "empty",
                                        values: ["part": document.schema.parts[index].label]))
            }
        }
    }
}
