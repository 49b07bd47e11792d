/// `field-match`: within each entry of a section, one field repeats another exactly
/// (the title after `[Read More]` is the entry's title). The fix copies the expected text.
struct FieldMatchKind: RuleKind {
    static let name = "field-match"
    static let summary = "Reports an entry field that differs from the field it must repeat."
    static let messages = [(key: "differs", template: "{field} '{value}' differs from the {expected_field} '{expected}'")]
    static let placeholders = ["field", "value", "expected_field", "expected"]
    static let fixable = true

    let section: String
    let field: String
    let equals: String
    /// `section.field` and `section.equals`, as entries name their fields.
    private let qualifiedField: String
    private let qualifiedEquals: String
    /// The two fields' slots in the schema's pages (see ``FieldSlots``).
    private let fieldSlot: Int
    private let equalsSlot: Int
    /// The section's index in the schema, found once.
    private let sectionIndex: Int?

    init(options: inout OptionsReader, environment: KindEnvironment) {
        section = options.string("section") ?? ""
        FieldSelector.validatePart(section, key: "section", &options, environment.schema)
        sectionIndex = environment.schema.partIndex(section)
        field = options.string("field") ?? ""
        equals = options.string("equals") ?? ""
        qualifiedField = "\(section).\(field)"
        qualifiedEquals = "\(section).\(equals)"
        FieldSelector.validateFields([qualifiedField, qualifiedEquals], key: "field", &options, environment.schema)
        let slots = environment.slots
        fieldSlot = slots.slot(qualifiedField)
        equalsSlot = slots.slot(qualifiedEquals)
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let index = sectionIndex else { return }
        document.forEachEntry(ofPart: index) { entry in
            guard let actual = document.occurrences.field(of: entry, slot: fieldSlot),
                  let expected = document.occurrences.field(of: entry, slot: equalsSlot),
                  !sameBytes(actual, expected, document), document.value(of: actual) != document.value(of: expected)
            else { return }
            var finding = actual.start < actual.end
                ? Finding(field: actual, message: "differs")
                : Finding(wholeLine: actual.lineIndex, of: document.source, message: "differs")
            finding.values = [
                "field": document.schema.label(ofField: qualifiedField), "value": document.value(of: actual),
                "expected_field": document.schema.label(ofField: qualifiedEquals), "expected": document.value(of: expected),
            ]
            finding.fix = Fix(start: actual.start, end: actual.end,
                              replacement: Array(document.source.bytes[expected.start..<expected.end]))
            findings.append(finding)
        }
    }

    /// Whether the two fields hold the same bytes (then their texts are equal; else the texts
    /// decide, as canonically equal texts may differ in bytes).
    private func sameBytes(_ first: Field, _ second: Field, _ document: Document) -> Bool {
        guard first.end - first.start == second.end - second.start else { return false }
        return document.source.bytes.withUnsafeBufferPointer { buffer in
            ByteScan.equal(UnsafeBufferPointer(rebasing: buffer[first.start..<first.end]), UnsafeBufferPointer(rebasing: buffer[second.start..<second.end]))
        }
    }
}
