/// The cache encoding of a facts table: a section of its layout's names, then its texts and
/// each column as a section, as they lie in memory. Decoding maps the columns in place and
/// checks every count, range and id, so a table read back can be indexed without further checks.
extension FactsTable {
    /// Sections a table takes in a cache file.
    static let sectionCount = 17

    /// Appends the table's sections.
    func encode(into writer: inout CacheFile.Writer) {
        encodeLayout(into: &writer)
        encode(strings, into: &writer)
        writer.column(titles)
        writer.column(texts)
        writer.column(windows)
        writer.column(lines)
        writer.column(pairs)
        writer.column(personEnds)
        writer.column(people)
        writer.column(linkEnds)
        writer.column(linkTitles)
        writer.column(excerpts)
        writer.column(linkLines)
        writer.column(linkLineSpans)
    }

    /// Appends the section of the layout's names.
    func encodeLayout(into writer: inout CacheFile.Writer) {
        writer.section { writer in
            var names = BinaryWriter()
            for list in [layout.textParts, layout.lineParts, layout.excerptFields, layout.linkLines] {
                names.varint(list.count)
                for name in list { names.string(name) }
            }
            writer.append(names.bytes)
        }
    }

    /// Appends the sections of a string table.
    func encode(_ strings: StringTable, into writer: inout CacheFile.Writer) {
        writer.column(strings.bytes)
        writer.column(strings.ends)
        writer.column(strings.slots)
        writer.column(strings.hashes)
    }

    /// The table of `pages` pages in sections `first...` of `file`, in place; throws
    /// ``FactsTable/LayoutChanged`` when it was written for other slots.
    init(pages: Int, from file: CacheFile.Reader, first: Int, layout expected: FactsLayout) throws {
        var reader = BinaryReader(try file.bytes(first))
        var names: [[String]] = []
        for _ in 0..<4 {
            var list: [String] = []
            for _ in 0..<(try reader.count()) { list.append(try reader.string()) }
            names.append(list)
        }
        let layout = FactsLayout(textParts: names[0], lineParts: names[1], excerptFields: names[2], linkLines: names[3])
        guard layout == expected else { throw LayoutChanged() }
        self.init(layout: layout)
        guard let strings = StringTable(storedBytes: try file.column(first + 1), ends: try file.column(first + 2),
                                        slots: try file.column(first + 3), hashes: try file.column(first + 4)) else { throw BinaryReader.Damaged() }
        self.strings = strings
        titles = try file.column(first + 5)
        texts = try file.column(first + 6)
        windows = try file.column(first + 7)
        lines = try file.column(first + 8)
        pairs = try file.column(first + 9)
        personEnds = try file.column(first + 10)
        people = try file.column(first + 11)
        linkEnds = try file.column(first + 12)
        linkTitles = try file.column(first + 13)
        excerpts = try file.column(first + 14)
        linkLines = try file.column(first + 15)
        linkLineSpans = try file.column(first + 16)
        guard isConsistent(pages: pages) else { throw BinaryReader.Damaged() }
    }

    /// A cache written for another schema's slots.
    struct LayoutChanged: Error {}

    /// Whether every column has the length its counts imply and every index is in range.
    func isConsistent(pages: Int) -> Bool {
        let links = linkTitles.count
        guard titles.count == pages, texts.count == pages * layout.textParts.count,
              windows.count == texts.count * TextDigest.windowSize, lines.count == pages * layout.lineParts.count,
              personEnds.count == pages, linkEnds.count == pages, people.count % 2 == 0,
              excerpts.count == links * layout.excerptFields.count,
              linkLines.count == links * layout.linkLines.count, linkLineSpans.count == linkLines.count,
              pairs.count % 2 == 0, Self.ascending(personEnds, last: people.count / 2), Self.ascending(linkEnds, last: links)
        else { return false }
        let texts = Int32(strings.count), pairCount = pairs.count
        func known(_ id: Int32) -> Bool { id >= 0 && id < texts }
        func fieldSet(_ set: FieldSet) -> Bool { set.count == -1 || (set.count >= 0 && set.start >= 0 && Int(set.start) + 2 * Int(set.count) <= pairCount) }
        return titles.allValues({ $0.text == -1 || known($0.text) }) && people.allValues({ known($0.text) })
            && linkTitles.allValues({ known($0.text) }) && pairs.allValues(known)
            && self.texts.allValues({ $0.count >= -1 && $0.windowCount >= 0 && Int($0.windowCount) <= TextDigest.windowSize })
            && lines.allValues(fieldSet) && linkLines.allValues(fieldSet)
    }

    private static func ascending(_ ends: Column<Int32>, last: Int) -> Bool {
        var previous: Int32 = 0
        let ordered = ends.allValues { end in
            defer { previous = end }
            return end >= previous
        }
        return ordered && Int(previous) == last
    }
}
