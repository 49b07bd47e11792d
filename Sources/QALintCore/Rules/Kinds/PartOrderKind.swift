/// `part-order`: parts stand in schema order.
struct PartOrderKind: RuleKind {
    static let name = "part-order"
    static let summary = "Reports a part that stands after a part the schema puts later."
    static let messages = [(key: "order", template: "{part} must come before {other} (line {other_line})")]
    static let placeholders = ["part", "other", "other_line"]

    init(options: inout OptionsReader, environment: KindEnvironment) {}

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        // Each part's first occurrence's anchor, read in place (in one list sized up front).
        let occurrences = document.occurrences
        var anchors: [(line: Int, part: Int)] = []
        anchors.reserveCapacity(occurrences.count)
        for part in occurrences.indices where !occurrences.positions(of: part).isEmpty {
            if let line = occurrences.matches[occurrences.positions(of: part).lowerBound].anchorLine { anchors.append((line, part)) }
        }
        anchors.sort { $0.line < $1.line }
        var latest: (line: Int, part: Int)?
        for anchor in anchors {
            if let latest, anchor.part < latest.part {
                let schema = document.schema
                findings.append(Finding(wholeLine: anchor.line, of: document.source, message: "order", values: [
                    "part": schema.parts[anchor.part].label, "other": schema.parts[latest.part].label,
                    "other_line": String(latest.line + 1),
                ]))
            } else {
                latest = anchor
            }
        }
    }
}
