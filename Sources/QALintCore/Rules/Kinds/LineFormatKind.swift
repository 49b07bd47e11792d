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
    /// Per target and constraint (target-major), the constraint field's slot in the schema's
    /// pages (see ``FieldSlots``), found by the names its matches give them (`similar_qa.doctor`
    /// for an entry line).
    private let fieldSlots: [Int]

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
        checks = list.map { Unmanaged.passUnretained($0.1) }
        let split = targets.map { $0.split(separator: ".", maxSplits: 1).map(String.init) }
        let slots = environment.slots
        fieldSlots = split.flatMap { pieces in list.map { slots.slot(pieces.count == 2 ? "\(pieces[0]).\($0.0)" : $0.0) } }
        let schema = environment.schema
        var places: [Place] = [], labels: [String] = [], templates: [LineTemplate?] = []
        for pieces in split {
            var place = Place(part: -1, entrySlot: -1)
            var label = "", template: LineTemplate?
            if !pieces.isEmpty, let partIndex = schema.partIndex(pieces[0]) {
                let part = schema.parts[partIndex]
                if pieces.count == 1, case .line(_, let lineTemplate) = part.shape {
                    (place, label, template) = (Place(part: partIndex, entrySlot: -1), part.label, lineTemplate)
                } else if pieces.count == 2, let spec = part.entries, let slot = spec.lines.firstIndex(where: { $0.name == pieces[1] }) {
                    let name = spec.lines.count == 1 ? spec.label : "\(spec.label) \(pieces[1]) line"
                    (place, label, template) = (Place(part: partIndex, entrySlot: slot), name, spec.lines[slot].template)
                }
            }
            places.append(place)
            labels.append(Self.capitalised(label))
            templates.append(template)
        }
        self.places = places
        self.labels = labels
        self.templates = templates
    }

    /// Where a target's lines are, found once in the schema rather than on every page: plain
    /// numbers, so reading one touches no reference count.
    private struct Place {
        /// The part (-1 when the schema has no such line).
        let part: Int
        /// The target's line in its section's entries; -1 for a line part.
        let entrySlot: Int
    }

    /// Per target, where its lines are.
    private let places: [Place]
    /// Per target, the label messages give the line, capitalised (read for a finding only).
    private let labels: [String]
    /// Per target, its line's template (read for a finding only).
    private let templates: [LineTemplate?]
    /// The constraints of `constraints`, which keeps them alive, called without retaining them:
    /// a constraint is checked on every line a rule targets.
    private let checks: [Unmanaged<FieldConstraint>]

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        // Occurrences, entries and fields are read in place, by index: copying a match or an
        // entry for every line retained each of its lists.
        let occurrences = document.occurrences
        for target in places.indices {
            let place = places[target]
            guard place.part >= 0 else { continue }
            let matches = occurrences.positions(of: place.part)
            if place.entrySlot >= 0 {
                let slot = place.entrySlot
                for match in matches {
                    for index in occurrences.matches[match].entryRange {
                        let entry = occurrences.entries[index]
                        guard let line = occurrences.line(of: entry, slot: slot) else { continue }
                        switch occurrences.verdict(of: entry, slot: slot) {
                        case .none: continue
                        case .matched: report(nil, line: line, target: target, document, &findings) { occurrences.field(of: entry, slot: $0, line: line) }
                        case .missing(let literal): report(literal, line: line, target: target, document, &findings) { _ in nil }
                        }
                    }
                }
            } else {
                for match in matches {
                    let occurrence = occurrences.matches[match]
                    guard let line = occurrence.anchorLine else { continue }
                    switch occurrence.verdict {
                    case .none: continue
                    case .matched: report(nil, line: line, target: target, document, &findings) { occurrences.field(of: occurrence, slot: $0, line: line) }
                    case .missing(let literal): report(literal, line: line, target: target, document, &findings) { _ in nil }
                    }
                }
            }
        }
    }

    /// Reports the line `line` of `target`: the literal its template missed (a token index of
    /// its template), or each field that breaks a constraint, `field` giving the line's field
    /// in a slot.
    private func report(
        _ missingLiteral: Int?, line: Int, target: Int, _ document: Document, _ findings: inout [Finding], field: (Int) -> Field?
    ) {
        if let literal = missingLiteral {
            findings.append(Finding(wholeLine: line, of: document.source, message: "shape", values: [
                "line": labels[target], "form": templates[target].map { PartDescription.form(of: $0) } ?? "",
                "literal": templates[target]?.literalText(literal) ?? "",
            ]))
            return
        }
        let first = target * constraints.count
        for index in constraints.indices {
            let slot = fieldSlots[first + index]
            guard let field = field(slot),
                  let problem = checks[index]._withUnsafeGuaranteedRef({ $0.problem(with: field, in: document) }) else { continue }
            let name = constraints[index].field
            var finding = Finding(field: field, message: "field", values: [
                "line": labels[target], "field": document.schema.label(ofField: name), "problem": problem, "value": document.value(of: field),
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
