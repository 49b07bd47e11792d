/// The facts of many pages (or of one), as flat columns: what the corpus pass needs to know of
/// each page, read during its per-page pass.
///
/// Texts (titles, names, specialties, field values) are interned in one ``StringTable``, so a
/// page costs a few fixed-size rows, not dictionaries of strings, and equal texts compare by id.
/// Row `r` of the table is page `r`; its people and links are the ranges ``people(of:)`` and
/// ``links(of:)`` of their columns. Every page has one slot per ``FactsLayout`` entry.
public struct FactsTable: Sendable {
    /// The slots each page has.
    public let layout: FactsLayout
    /// Every text the facts name.
    var strings = StringTable()
    /// Per page: its title (``FactMark/none`` without one).
    var titles = Column<FactMark>()
    /// Per page and text slot: the part's digest.
    var texts = Column<TextRow>()
    /// Per page and text slot: ``TextDigest/windowSize`` prefix hashes (the first `windowCount` used).
    var windows = Column<UInt64>()
    /// Per page and line slot: the line part's fields.
    var lines = Column<FieldSet>()
    /// Name and value ids of every field set, one after another.
    var pairs = Column<Int32>()
    /// Per page: where its people end in ``people`` (in persons).
    var personEnds = Column<Int32>()
    /// Name, then group, of every person.
    var people = Column<FactMark>()
    /// Per page: where its links end.
    var linkEnds = Column<Int32>()
    /// Per link: the linked page's name as the entry gives it.
    var linkTitles = Column<FactMark>()
    /// Per link and excerpt slot.
    var excerpts = Column<ExcerptRow>()
    /// Per link and link line slot: the line's fields, without the section prefix.
    var linkLines = Column<FieldSet>()
    /// Per link and link line slot: where the line stands.
    var linkLineSpans = Column<FactSpan>()
    /// Field names' ids by their rank in a ``FactsPlan`` (each with the plan's number, checked on
    /// use), so that a field set's names are interned once per table, not once per line.
    var fieldNameIDs: [(plan: Int, id: Int32)?] = []

    /// An empty table.
    public init(layout: FactsLayout) {
        self.layout = layout
    }

    /// The number of pages.
    public var count: Int { titles.count }

    // MARK: Reading

    /// The text with id `id`.
    public func string(_ id: Int32) -> String { strings.string(id) }

    /// The id of `text`, if some fact names it.
    public func id(of text: String) -> Int32? { strings.find(text) }

    /// Page `row`'s title, if it has one.
    public func title(_ row: Int) -> FactMark? {
        titles[row].text >= 0 ? titles[row] : nil
    }

    /// Asks for what a link to page `row` is compared with (its texts' digests, their prefix
    /// windows and its line parts) to be fetched into the cache (a hint: nothing is read).
    func prefetchLinked(_ row: Int) {
        let textCells = row * layout.textParts.count
        texts.prefetch(textCells)
        for cell in textCells..<(textCells + layout.textParts.count) { windows.prefetch(cell * TextDigest.windowSize) }
        lines.prefetch(row * layout.lineParts.count)
    }

    /// Page `row`'s digest of text slot `slot`, if it has the part.
    public func text(_ row: Int, _ slot: Int) -> TextRow? {
        let text = texts[row * layout.textParts.count + slot]
        return text.count >= 0 ? text : nil
    }

    /// The hash of page `row`'s text `slot` folded and cut at `length` scalars, if that length
    /// is in the window that ends at `windowEnd` (see ``TextDigest/prefixHash(_:windowEnd:)``).
    public func prefixHash(_ row: Int, _ slot: Int, length: Int, windowEnd: Int) -> UInt64? {
        let cell = row * layout.textParts.count + slot
        let index = length - (windowEnd - TextDigest.windowSize + 1)
        guard index >= 0, index < Int(texts[cell].windowCount) else { return nil }
        return windows[cell * TextDigest.windowSize + index]
    }

    /// Page `row`'s line part in slot `slot`, if it has it.
    public func line(_ row: Int, _ slot: Int) -> FieldSet? {
        let set = lines[row * layout.lineParts.count + slot]
        return set.count >= 0 ? set : nil
    }

    /// Indices of page `row`'s people (see ``person(_:)``).
    public func people(of row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(personEnds[row - 1]))..<Int(personEnds[row])
    }

    /// Person `index`: the name and the group.
    public func person(_ index: Int) -> (name: FactMark, group: FactMark) {
        (people[2 * index], people[2 * index + 1])
    }

    /// Indices of page `row`'s links.
    public func links(of row: Int) -> Range<Int> {
        (row == 0 ? 0 : Int(linkEnds[row - 1]))..<Int(linkEnds[row])
    }

    /// Link `link`'s target title.
    public func linkTitle(_ link: Int) -> FactMark { linkTitles[link] }

    /// Link `link`'s excerpt in slot `slot`, if it has one.
    public func excerpt(_ link: Int, _ slot: Int) -> ExcerptRow? {
        let excerpt = excerpts[link * layout.excerptFields.count + slot]
        return excerpt.present ? excerpt : nil
    }

    /// Link `link`'s repeated line in slot `slot` and where it stands, if it has it.
    public func linkLine(_ link: Int, _ slot: Int) -> (fields: FieldSet, span: FactSpan)? {
        let cell = link * layout.linkLines.count + slot
        return linkLines[cell].count >= 0 ? (linkLines[cell], linkLineSpans[cell]) : nil
    }

    /// The (name, value) ids of a field set.
    public func fields(_ set: FieldSet) -> [(name: Int32, value: Int32)] {
        guard set.count > 0 else { return [] }
        return (0..<Int(set.count)).map { (pairs[Int(set.start) + 2 * $0], pairs[Int(set.start) + 2 * $0 + 1]) }
    }

    /// Whether two field sets of this table hold the same fields with the same values.
    public func same(_ first: FieldSet, _ second: FieldSet) -> Bool {
        guard first.count == second.count else { return false }
        guard first.count > 0 else { return true }
        for offset in 0..<(2 * Int(first.count)) where pairs[Int(first.start) + offset] != pairs[Int(second.start) + offset] {
            return false
        }
        return true
    }
}
