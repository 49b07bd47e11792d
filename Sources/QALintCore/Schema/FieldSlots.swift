/// Every field a schema can yield, numbered once per schema, so a parsed page files its fields
/// by number instead of hashing each field's name on every page.
///
/// A line part's fields keep their template names (`ask_date`); an entry's are qualified by
/// the section id (`similar_qa.title`). Two parts that yield the same name share its slot.
struct FieldSlots: Sendable {
    /// Slot of each field name.
    let byName: [String: Int]
    /// Name of each slot.
    let names: [String]
    /// Per schema part with a line template, the slots of its fields by ordinal (left to right).
    let lineFields: [[Int]]
    /// Per schema part with entries, per entry line, the slots of its fields by ordinal.
    let entryFields: [[[Int]]]

    /// The number of slots.
    var count: Int { byName.count }

    /// What ``slot(_:)`` gives for a name the schema does not have: no field carries it (a
    /// field without a slot carries -1).
    static let unknown = -2

    /// The slot of the field `name`, or ``unknown``.
    func slot(_ name: String) -> Int {
        byName[name] ?? Self.unknown
    }

    init(_ parts: [SchemaPart]) {
        var byName: [String: Int] = [:]
        func slot(_ name: String) -> Int {
            if let slot = byName[name] { return slot }
            byName[name] = byName.count
            return byName.count - 1
        }
        var lineFields: [[Int]] = []
        var entryFields: [[[Int]]] = []
        for part in parts {
            if case .line(_, let template) = part.shape {
                lineFields.append(template.fieldNames.map(slot))
            } else {
                lineFields.append([])
            }
            entryFields.append((part.entries?.lines ?? []).map { line in
                line.template.fieldNames.map { slot("\(part.id).\($0)") }
            })
        }
        self.byName = byName
        names = byName.sorted { $0.value < $1.value }.map(\.key)
        self.lineFields = lineFields
        self.entryFields = entryFields
    }

    /// The fields of `spans` (as a template match gives them, right to left) in page order,
    /// in the slots `slots`, the template's fields' by ordinal.
    static func fields(
        _ spans: [Range<Int>], slots: UnsafeBufferPointer<Int>, line: Int, into fields: inout [Field]
    ) {
        // A match captures its fields from the right: the k-th span is field `slots.count - 1 - k`.
        for k in stride(from: spans.count - 1, through: 0, by: -1) {
            let span = spans[k]
            let ordinal = slots.count - 1 - k
            let slot = ordinal >= 0 ? slots[ordinal] : -1
            fields.append(Field(lineIndex: line, start: span.lowerBound, end: span.upperBound, slot: slot))
        }
    }
}
