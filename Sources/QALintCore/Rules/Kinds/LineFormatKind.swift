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
        let slots = FieldSlots(environment.schema)
        fieldSlots = split.map { pieces in list.map { slots.slot(pieces.count == 2 ? "\(pieces[0]).\($0.0)" : $0.0) } }
        let schema = environment.schema
        places = split.map { pieces in
            guard !pieces.isEmpty, let partIndex = schema.partIndex(pieces[0]) else { return nil }
            let part = schema.parts[partIndex]
            if pieces.count == 1, case .line = part.shape {
                return Place(part: partIndex, entrySlot: nil, label: Self.capitalised(part.label))
            }
            if pieces.count == 2, let spec = part.entries, let slot = spec.lines.firstIndex(where: { $0.name == pieces[1] }) {
                let label = spec.lines.count == 1 ? spec.label : "\(spec.label) \(pieces[1]) line"
                return Place(part: partIndex, entrySlot: slot, label: Self.capitalised(label))
            }
            return nil
        }
    }

    /// Where a target's lines are, found once in the schema rather than on every page.
    private struct Place {
        let part: Int
        /// The target's line in its section's entries; nil for a line part.
        let entrySlot: Int?
        /// The label messages give the line, capitalised.
        let label: String
    }

    /// Per target, where its lines are (nil when the schema has no such line).
    private let places: [Place?]

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let schema = document.schema
        // Fields found by slot: no name comparisons, no per-entry lists.
        for index in places.indices {
            guard let place = places[index] else { continue }
            let part = schema.parts[place.part]
            if let slot = place.entrySlot, let spec = part.entries {
                for match in document.occurrences[place.part] {
                    for entry in match.entries {
                        guard let line = entry.assigned[slot], let result = entry.matches[slot] else { continue }
                        report(result, line: line, template: spec.lines[slot].template, label: place.label, fields: entry.fields,
                               slots: fieldSlots[index], document, &findings)
                    }
                }
            } else if case .line(_, let template) = part.shape {
                for match in document.occurrences[place.part] {
                    guard let line = match.anchorLine, let result = match.templateMatch else { continue }
                    report(result, line: line, template: template, label: place.label, fields: match.fields,
                           slots: fieldSlots[index], document, &findings)
                }
            }
        }
    }

    private func report(
        _ result: TemplateMatch, line: Int, template: LineTemplate, label: String, fields: some Collection<Field>, slots: [Int],
        _ document: Document, _ findings: inout [Finding]
    ) {
        if let literal = result.missingLiteral {
            findings.append(Finding(wholeLine: line, of: document.source, message: "shape", values: [
                "line": label, "form": PartDescription.form(of: template), "literal": literal,
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
                "line": label, "field": document.schema.label(ofField: name), "problem": problem, "value": document.value(of: field),
            ])
            if field.start == field.end {
                finding = Finding(wholeLine: line, of: document.source, message: "field", values: finding.values)
            }
            findings.append(finding)
        }
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
