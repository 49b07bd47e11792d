/// Writing pages into a ``FactsTable``: a page is begun with every slot absent, filled, and
/// ended; whole pages are copied from another table with their texts re-interned.
extension FactsTable {
    /// Starts a page with its title; its slots start absent.
    mutating func beginPage(title: (text: String, span: FactSpan)?) {
        beginPage(title: title.map { FactMark(text: strings.intern($0.text), span: $0.span) } ?? .none)
    }

    /// Starts a page with its title, already interned (``FactMark/none`` without one); its slots start absent.
    mutating func beginPage(title: FactMark) {
        titles.append(title)
        texts.append(contentsOf: repeatElement(.absent, count: layout.textParts.count))
        windows.append(contentsOf: repeatElement(0, count: layout.textParts.count * TextDigest.windowSize))
        lines.append(contentsOf: repeatElement(.absent, count: layout.lineParts.count))
    }

    /// Ends the page begun last.
    mutating func endPage() {
        personEnds.append(Int32(people.count / 2))
        linkEnds.append(Int32(linkTitles.count))
    }

    /// Sets the current page's text slot.
    mutating func setText(_ slot: Int, _ digest: TextDigest) {
        let cell = (count - 1) * layout.textParts.count + slot
        let window = digest.window.prefix(TextDigest.windowSize)
        texts[cell] = TextRow(hash: digest.hash, count: Int32(clamping: digest.count), windowCount: Int32(window.count))
        for (offset, hash) in window.enumerated() { windows[cell * TextDigest.windowSize + offset] = hash }
    }

    /// Sets the current page's text slot to the digest `builder` has made.
    mutating func setText(_ slot: Int, _ builder: TextDigest.Builder) {
        let cell = (count - 1) * layout.textParts.count + slot
        texts[cell] = TextRow(hash: builder.hash, count: Int32(clamping: builder.scalarCount), windowCount: Int32(builder.windowCount))
        for offset in 0..<builder.windowCount { windows[cell * TextDigest.windowSize + offset] = builder.windowHash(offset) }
    }

    /// Sets the current page's line slot to these fields (the first of a repeated name counts).
    mutating func setLine(_ slot: Int, _ fields: [(name: String, value: String)]) {
        lines[(count - 1) * layout.lineParts.count + slot] = fieldSet(fields)
    }

    /// Adds a person to the current page.
    mutating func addPerson(name: (text: String, span: FactSpan), group: (text: String, span: FactSpan)) {
        people.append(FactMark(text: strings.intern(name.text), span: name.span))
        people.append(FactMark(text: strings.intern(group.text), span: group.span))
    }

    /// The id of the text with these bytes, adding it when new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 {
        strings.intern(text)
    }

    /// The id of `text`, adding it when new.
    mutating func intern(_ text: String) -> Int32 {
        strings.intern(text)
    }

    /// The id of a field set's name, the one of rank `rank` in the plan numbered `plan`: interned
    /// from `text()` the first time the table sees it from that plan.
    mutating func intern(nameRank rank: Int, plan: Int, text: () -> String) -> Int32 {
        if rank < fieldNameIDs.count, let known = fieldNameIDs[rank], known.plan == plan { return known.id }
        let id = strings.intern(text())
        if rank >= fieldNameIDs.count { fieldNameIDs += repeatElement(nil, count: rank + 1 - fieldNameIDs.count) }
        fieldNameIDs[rank] = (plan, id)
        return id
    }

    /// Sets the current page's line slot to a field set made with ``beginFieldSet()``.
    mutating func setLine(_ slot: Int, _ set: FieldSet) {
        lines[(count - 1) * layout.lineParts.count + slot] = set
    }

    /// Adds a person, name and group already interned, to the current page.
    mutating func addPerson(name: FactMark, group: FactMark) {
        people.append(name)
        people.append(group)
    }

    /// Starts a link of the current page with its title, already interned; its excerpts and
    /// lines follow, each slot in order (``addExcerpt(_:)``, ``addLinkLine(_:span:)``).
    mutating func beginLink(title: FactMark) {
        linkTitles.append(title)
    }

    /// Adds the current link's next excerpt slot.
    mutating func addExcerpt(_ excerpt: ExcerptRow) {
        excerpts.append(excerpt)
    }

    /// Adds the current link's next line slot (``FieldSet/absent`` without the line).
    mutating func addLinkLine(_ set: FieldSet, span: FactSpan) {
        linkLines.append(set)
        linkLineSpans.append(span)
    }

    /// Where the next field set starts: pairs added with ``addPair(name:value:)`` up to
    /// ``endFieldSet(_:)`` make it. Their names must be distinct and in UTF-8 order.
    mutating func beginFieldSet() -> Int32 {
        Int32(pairs.count)
    }

    /// Adds a (name, value) pair to the field set being made.
    mutating func addPair(name: Int32, value: Int32) {
        pairs.append(name)
        pairs.append(value)
    }

    /// The field set made since `start`.
    func endFieldSet(_ start: Int32) -> FieldSet {
        FieldSet(start: start, count: (Int32(pairs.count) - start) / 2)
    }

    /// Stores fields as a set, as setting a line slot from (name, value) pairs does.
    mutating func fieldSet(of fields: [(name: String, value: String)]) -> FieldSet {
        fieldSet(fields)
    }

    /// Adds a link to the current page; `excerpts` and `lines` are by slot.
    mutating func addLink(
        title: (text: String, span: FactSpan), excerpts linkExcerpts: [ExcerptRow],
        lines entryLines: [(fields: [(name: String, value: String)], span: FactSpan)?]
    ) {
        linkTitles.append(FactMark(text: strings.intern(title.text), span: title.span))
        excerpts.append(contentsOf: linkExcerpts)
        for line in entryLines {
            linkLines.append(line.map { fieldSet($0.fields) } ?? .absent)
            linkLineSpans.append(line?.span ?? FactSpan(line: 0, column: 0, endColumn: 1))
        }
    }

    /// Stores fields as a set: sorted by name, the first of a repeated name kept.
    private mutating func fieldSet(_ fields: [(name: String, value: String)]) -> FieldSet {
        // Usually the names are already distinct and in order (a template's fields): no set, no sort.
        let ordered = zip(fields, fields.dropFirst()).allSatisfy { $0.name.utf8Precedes($1.name) }
        var seen: Set<String> = []
        let unique = ordered ? fields
            : fields.filter { seen.insert($0.name).inserted }.sorted { $0.name.utf8Precedes($1.name) }
        let start = Int32(pairs.count)
        for field in unique {
            pairs.append(strings.intern(field.name))
            pairs.append(strings.intern(field.value))
        }
        return FieldSet(start: start, count: Int32(unique.count))
    }

    // MARK: Copying

    /// Maps another table's text ids to this table's (see ``StringTable/Remap``).
    typealias Remap = StringTable.Remap

    /// Removes every page, keeping the texts (and the columns' memory), so that a table can be
    /// filled again with its texts' ids unchanged.
    mutating func removeAllPages() {
        titles.removeAll()
        texts.removeAll()
        windows.removeAll()
        lines.removeAll()
        pairs.removeAll()
        personEnds.removeAll()
        people.removeAll()
        linkEnds.removeAll()
        linkTitles.removeAll()
        excerpts.removeAll()
        linkLines.removeAll()
        linkLineSpans.removeAll()
    }

    /// How many texts the run's table holds before a page's new texts are looked up together
    /// (``append(row:of:remap:lookingUpTogetherFrom:)``): past the cores' own caches, where its
    /// lookups wait for memory. Below, each lookup finds its memory in the cache, and noting the
    /// texts first cost more than it saved (+3.7% of the 12,000-page lint's instructions).
    static let textsLookedUpTogether = 1 << 16

    /// Removes every text, keeping their memory; the table must hold no page (see ``removeAllPages()``).
    mutating func removeAllTexts() {
        precondition(count == 0, "texts removed under pages")
        strings.removeAll()
        fieldNameIDs.removeAll()
    }

    /// Appends page `row` of `other` (which has the same layout). Once this table holds
    /// `threshold` texts, the page's texts new to `remap` are noted and looked up together
    /// (``StringTable/Remap/mapNoted(of:into:)``); the ids are the same either way.
    mutating func append(row: Int, of other: FactsTable, remap: inout Remap, lookingUpTogetherFrom threshold: Int = textsLookedUpTogether) {
        precondition(other.layout == layout, "facts of different layouts")
        if strings.count >= threshold {
            noteTexts(row: row, of: other, remap: &remap)
            remap.mapNoted(of: other.strings, into: &strings)
        }
        func id(_ text: Int32) -> Int32 { remap.id(text, of: other.strings) { strings.intern($0) } }
        func mark(_ mark: FactMark) -> FactMark { FactMark(text: id(mark.text), span: mark.span) }
        func set(_ set: FieldSet) -> FieldSet {
            guard set.count >= 0 else { return set }
            let start = Int32(pairs.count)
            for offset in 0..<(2 * Int(set.count)) { pairs.append(id(other.pairs[Int(set.start) + offset])) }
            return FieldSet(start: start, count: set.count)
        }
        titles.append(mark(other.titles[row]))
        let textSlots = layout.textParts.count
        texts.append((row * textSlots)..<((row + 1) * textSlots), of: other.texts)
        let window = textSlots * TextDigest.windowSize
        windows.append((row * window)..<((row + 1) * window), of: other.windows)
        let lineSlots = layout.lineParts.count
        for cell in (row * lineSlots)..<((row + 1) * lineSlots) { lines.append(set(other.lines[cell])) }
        for person in other.people(of: row) {
            people.append(mark(other.people[2 * person]))
            people.append(mark(other.people[2 * person + 1]))
        }
        let excerptSlots = layout.excerptFields.count
        let linkSlots = layout.linkLines.count
        for link in other.links(of: row) {
            linkTitles.append(mark(other.linkTitles[link]))
            excerpts.append((link * excerptSlots)..<((link + 1) * excerptSlots), of: other.excerpts)
            for cell in (link * linkSlots)..<((link + 1) * linkSlots) {
                linkLines.append(set(other.linkLines[cell]))
                linkLineSpans.append(other.linkLineSpans[cell])
            }
        }
        endPage()
    }

    /// Notes the texts of page `row` of `other` in `remap`, in the order ``append(row:of:remap:lookingUpTogetherFrom:)``
    /// maps them: mapped together first, they are numbered as they would be one by one.
    private func noteTexts(row: Int, of other: FactsTable, remap: inout Remap) {
        let texts = other.strings
        func note(_ set: FieldSet) {
            guard set.count >= 0 else { return }
            for offset in 0..<(2 * Int(set.count)) { remap.note(other.pairs[Int(set.start) + offset], of: texts) }
        }
        remap.note(other.titles[row].text, of: texts)
        let lineSlots = layout.lineParts.count
        for cell in (row * lineSlots)..<((row + 1) * lineSlots) { note(other.lines[cell]) }
        for person in other.people(of: row) {
            remap.note(other.people[2 * person].text, of: texts)
            remap.note(other.people[2 * person + 1].text, of: texts)
        }
        let linkSlots = layout.linkLines.count
        for link in other.links(of: row) {
            remap.note(other.linkTitles[link].text, of: texts)
            for cell in (link * linkSlots)..<((link + 1) * linkSlots) { note(other.linkLines[cell]) }
        }
    }

    /// Appends every page of `other`.
    mutating func append(contentsOf other: FactsTable) {
        var remap = Remap(for: other.strings)
        for row in 0..<other.count { append(row: row, of: other, remap: &remap) }
    }
}
