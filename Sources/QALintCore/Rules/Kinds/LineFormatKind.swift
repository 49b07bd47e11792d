/// `line-format`: lines have their template's shape, and their fields meet constraints.
///
/// Targets are line parts (`asker`) or entry lines (`similar_qa.doctor`).
struct LineFormatKind: RuleKind {
    static let name = "line-format"
    static let summary = "Reports lines that do not fit their template, and field values that break a constraint."
    static let messages = [
        (key: "shape", template: "{line} does not match '{form}': '{literal}' not found"),
        (key: "field", template: "{line}: {field} {problem}"),
    ]
    static let placeholders = ["line", "form", "literal", "field", "problem", "value"]

    let targets: [String]
    let constraints: [(field: String, constraint: FieldConstraint)]
    /// Each target split at its first dot (`similar_qa.doctor` → `similar_qa`, `doctor`), once.
    private let pieces: [[String]]
    /// Per target, the constraint fields' slots in the schema's pages (see ``FieldSlots``), found
    /// by the names its matches give them (`similar_qa.doctor` for an entry line).
    private let fieldSlots: [[Int]]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        targets = options.strings("lines") ?? []
        if targets.isEmpty { options.fail("lines", "'lines' must name at least one line (\(environment.schema.lineNames.joined(separator: ", ")))") }
        let known = environment.schema.lineNames
        for target in targets where !known.contains(target) {
            options.fail("lines", "unknown line '\(target)'\(Suggestion.hint(for: target, in: known)); the schema has: \(known.joined(separator: ", "))")
        }
        var errors: [ConfigError] = []
        var list: [(String, FieldConstraint)] = []
        for (key, value) in options.raw("fields")?.mapping ?? [] {
            list.append((key.scalar ?? "", FieldConstraint(value, errors: &errors)))
        }
        options.errors += errors
        constraints = list
        let split = targets.map { $0.split(separator: ".", maxSplits: 1).map(String.init) }
        pieces = split
        let slots = FieldSlots(environment.schema)
        fieldSlots = split.map { pieces in list.map { slots.slot(pieces.count == 2 ? "\(pieces[0]).\($0.0)" : $0.0) } }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let schema = document.schema
        // Fields found by slot: no name comparisons, no per-entry lists.
        for (pieces, slots) in zip(pieces, fieldSlots) where !pieces.isEmpty {
            guard let partIndex = schema.partIndex(pieces[0]) else { continue }
            let part = schema.parts[partIndex]
            if pieces.count == 1, case .line(_, let template) = part.shape {
                for match in document.occurrences[partIndex] {
                    guard let line = match.anchorLine, let result = match.templateMatch else { continue }
                    report(result, line: line, template: template, label: part.label, fields: match.fields, slots: slots, document, &findings)
                }
            } else if pieces.count == 2, let spec = part.entries, let slot = spec.lines.firstIndex(where: { $0.name == pieces[1] }) {
                let label = spec.lines.count == 1 ? spec.label : "\(spec.label) \(pieces[1]) line"
                for match in document.occurrences[partIndex] {
                    for entry in match.entries {
                        guard let line = entry.assigned[slot], let result = entry.matches[slot] else { continue }
                        report(result, line: line, template: spec.lines[slot].template, label: label, fields: entry.fields,
                               slots: slots, document, &findings)
                    }
                }
            }
        }
    }

    private func report(
        _ result: TemplateMatch, line: Int, template: LineTemplate, label: String, fields: [Field], slots: [Int],
        _ document: Document, _ findings: inout [Finding]
    ) {
        if let literal = result.missingLiteral {
            findings.append(Finding(wholeLine: line, of: document.source, message: "shape", values: [
                "line": capitalised(label), "form": PartDescription.form(of: template), "literal": literal,
            ]))
            return
        }
        // By index: a loop over the (name, constraint) pairs copied each pair, retains and all.
        for index in slots.indices {
            let slot = slots[index]
            guard let field = fields.first(where: { $0.slot == slot && $0.lineIndex == line }) else { continue }
            guard let problem = constraints[index].constraint.problem(with: field, in: document) else { continue }
            let name = constraints[index].field
            var finding = Finding(field: field, message: "field", values: [
                "line": capitalised(label), "field": document.schema.label(ofField: name), "problem": problem, "value": document.value(of: field),
            ])
            if field.start == field.end {
                finding = Finding(wholeLine: line, of: document.source, message: "field", values: finding.values)
            }
            findings.append(finding)
        }
    }

    private func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
