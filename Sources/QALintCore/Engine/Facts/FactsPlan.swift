/// Where a ``FactsCollector`` finds each fact in a parsed page, worked out once per schema:
/// field slots instead of names, part indices instead of ids, so collecting a page's facts
/// hashes no name and builds no qualified name.
struct FactsPlan: Sendable {
    /// A field of a link entry's line: its slot and its name without the section prefix.
    struct EntryField: Sendable {
        let slot: Int
        let name: String
    }

    /// Slot of the field that names a page.
    let title: Int
    /// Per text slot of the layout, the part's index.
    let textParts: [Int?]
    /// Per line slot of the layout, the part's index.
    let lineParts: [Int?]
    /// (name, group) slots of the people collected.
    let people: [(name: Int, group: Int)]
    /// The linking section's part index, if pages link.
    let linkSection: Int?
    /// Slot of a link's title field.
    let linkTitle: Int
    /// Per excerpt slot of the layout, the entry field's slot.
    let excerpts: [Int]
    /// Per link line slot of the layout, the entry line's index.
    let linkLines: [Int?]
    /// Every field of a link entry, with its short name.
    let entryFields: [EntryField]

    init(spec: CorpusSpec, layout: FactsLayout, people pairs: [(name: String, group: String)], schema: Schema) {
        let slot = FieldSlots(schema).slot
        title = slot(spec.title)
        textParts = layout.textParts.map(schema.partIndex)
        lineParts = layout.lineParts.map(schema.partIndex)
        people = pairs.map { (slot($0.name), slot($0.group)) }
        guard let links = spec.links, let section = schema.partIndex(links.section), let entries = schema.parts[section].entries else {
            (linkSection, linkTitle, excerpts, linkLines, entryFields) = (nil, FieldSlots.unknown, [], [], [])
            return
        }
        let prefix = "\(links.section)."
        linkSection = section
        linkTitle = slot(prefix + links.title)
        excerpts = layout.excerptFields.map { slot(prefix + $0) }
        linkLines = layout.linkLines.map { line in entries.lines.firstIndex { $0.name == line } }
        entryFields = entries.lines.flatMap { line in line.template.fieldNames.map { EntryField(slot: slot(prefix + $0), name: $0) } }
    }
}
