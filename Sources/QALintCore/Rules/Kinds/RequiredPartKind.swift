/// `required-part`: every part the schema marks `required` is present (a block must have text).
///
/// A missing part is reported where it was expected: on the line after the nearest earlier
/// part that is present, or on the line where an empty block stands.
struct RequiredPartKind: RuleKind {
    static let name = "required-part"
    static let summary = "Reports required parts of the schema that a page lacks, where they were expected."
    static let messages = [
        (key: "missing", template: "Missing {part}: expected {form} here"),
        (key: "empty", template: "The page is empty: expected {form} first"),
    ]
    static let placeholders = ["part", "form"]

    /// Only these parts (default: every required part).
    let parts: [String]?

    init(options: inout OptionsReader, environment: KindEnvironment) {
        parts = options.strings("parts")
        for id in parts ?? [] where environment.schema.partIndex(id) == nil {
            options.fail("parts", "unknown part '\(id)'\(Suggestion.hint(for: id, in: environment.schema.parts.map(\.id)))")
        }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let schema = document.schema
        if document.source.isBlank, parts == nil, let first = schema.parts.first(where: \.required) {
            let start = document.source.lines[0].start
            findings.append(Finding(line: 0, start: start, end: start, message: "empty",
                                    values: ["part": first.label, "form": PartDescription.form(of: first)]))
            return
        }
        for (index, part) in schema.parts.enumerated() where parts?.contains(part.id) ?? part.required {
            let present = document.occurrences[index].first
            if let present, present.hasContent || present.anchorLine != nil { continue }
            let line = present?.body.lowerBound ?? expectedLine(index, document)
            let clamped = min(line, document.source.lineCount - 1)
            let start = document.source.lines[clamped].start
            findings.append(Finding(line: clamped, start: start, end: start, message: "missing",
                                    values: ["part": part.label, "form": PartDescription.form(of: part)]))
        }
    }

    private func expectedLine(_ index: Int, _ document: Document) -> Int {
        for previous in stride(from: index - 1, through: 0, by: -1) {
            if let match = document.occurrences[previous].first, match.hasContent || match.anchorLine != nil {
                return match.anchorLine.map { anchor in document.schema.parts[previous].isSection ? match.body.upperBound : anchor + 1 }
                    ?? match.body.upperBound
            }
        }
        return 0
    }
}
