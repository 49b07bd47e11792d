import Synchronization

/// Where a ``FactsCollector`` finds each fact in a parsed page, worked out once per schema:
/// field slots instead of names, part indices instead of ids, so collecting a page's facts
/// hashes no name and builds no qualified name.
struct FactsPlan: Sendable {
    /// Numbers each plan made in this process, so that a table knows whose ranks it caches.
    private static let plansMade = Atomic<Int>(0)
    /// This plan's number: a table's cache of field names' ids holds the plan's number beside
    /// each rank (``FactsTable/intern(nameRank:plan:text:)``), so no name is copied to check it.
    let identity: Int

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
    /// Per slot, the name a line part's field set files it under (its qualified name).
    let lineNames: [FieldName]
    /// Per slot, the name a link line's field set files it under (an entry field's short name).
    let entryNames: [FieldName]
    /// The name of a field without a slot (empty).
    let noName: FieldName
    /// The names' ranks alone, per slot (read for every field, so no name is copied).
    private let lineRanks: [Int]
    private let entryRanks: [Int]

    /// A field set's name for a slot, with its place in the UTF-8 order of every such name, so
    /// that whether a line's names are distinct and in order is told without comparing texts.
    struct FieldName: Sendable {
        let text: String
        let rank: Int
    }

    /// The name of a line part's field in `slot`.
    func lineName(_ slot: Int) -> FieldName {
        slot >= 0 && slot < lineNames.count ? lineNames[slot] : noName
    }

    /// The rank of ``lineName(_:)``.
    func lineRank(_ slot: Int) -> Int {
        slot >= 0 && slot < lineRanks.count ? lineRanks[slot] : noName.rank
    }

    /// The rank of ``entryName(_:)``.
    func entryRank(_ slot: Int) -> Int {
        slot >= 0 && slot < entryRanks.count ? entryRanks[slot] : noName.rank
    }

    /// The name of a link line's field in `slot`.
    func entryName(_ slot: Int) -> FieldName {
        slot >= 0 && slot < entryNames.count ? entryNames[slot] : noName
    }

    init(spec: CorpusSpec, layout: FactsLayout, people pairs: [(name: String, group: String)], schema: Schema) {
        identity = Self.plansMade.add(1, ordering: .relaxed).newValue
        let slots = schema.slots
        let slot = slots.slot
        title = slot(spec.title)
        textParts = layout.textParts.map(schema.partIndex)
        lineParts = layout.lineParts.map(schema.partIndex)
        people = pairs.map { (slot($0.name), slot($0.group)) }
        if let links = spec.links, let section = schema.partIndex(links.section), let entries = schema.parts[section].entries {
            let prefix = "\(links.section)."
            linkSection = section
            linkTitle = slot(prefix + links.title)
            excerpts = layout.excerptFields.map { slot(prefix + $0) }
            linkLines = layout.linkLines.map { line in entries.lines.firstIndex { $0.name == line } }
            entryFields = entries.lines.flatMap { line in line.template.fieldNames.map { EntryField(slot: slot(prefix + $0), name: $0) } }
        } else {
            (linkSection, linkTitle, excerpts, linkLines, entryFields) = (nil, FieldSlots.unknown, [], [], [])
        }
        // A link line's field is filed under its short name; any other field under its slot's name.
        let fields = entryFields
        let short = slots.names.indices.map { index in fields.first { $0.slot == index }?.name ?? slots.names[index] }
        let order = Set(slots.names + short + [""]).sorted { $0.utf8Precedes($1) }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        lineNames = slots.names.map { FieldName(text: $0, rank: rank[$0]!) }
        entryNames = short.map { FieldName(text: $0, rank: rank[$0]!) }
        noName = FieldName(text: "", rank: rank[""]!)
        lineRanks = lineNames.map(\.rank)
        entryRanks = entryNames.map(\.rank)
    }
}
