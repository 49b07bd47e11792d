/// The cache encoding of a facts table: its layout's names, its texts, then each column as it
/// lies in memory. Decoding checks every count, range and id, so a table read back can be
/// indexed without further checks.
extension FactsTable {
    func encode(into writer: inout BinaryWriter) {
        for names in [layout.textParts, layout.lineParts, layout.excerptFields, layout.linkLines] {
            writer.varint(names.count)
            for name in names { writer.string(name) }
        }
        writer.column(strings.bytes)
        writer.column(strings.ends)
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

    /// Reads a table of `pages` pages; throws ``FactsTable/LayoutChanged`` when it was written
    /// for other slots.
    init(pages: Int, from reader: inout BinaryReader, layout expected: FactsLayout) throws {
        var names: [[String]] = []
        for _ in 0..<4 {
            var list: [String] = []
            for _ in 0..<(try reader.count()) { list.append(try reader.string()) }
            names.append(list)
        }
        let layout = FactsLayout(textParts: names[0], lineParts: names[1], excerptFields: names[2], linkLines: names[3])
        guard layout == expected else { throw LayoutChanged() }
        self.init(layout: layout)
        let bytes = try reader.column(UInt8.self)
        guard let strings = StringTable(bytes: bytes, ends: try reader.column(Int32.self)) else { throw BinaryReader.Damaged() }
        self.strings = strings
        titles = try reader.column(FactMark.self)
        texts = try reader.column(TextRow.self)
        windows = try reader.column(UInt64.self)
        lines = try reader.column(FieldSet.self)
        pairs = try reader.column(Int32.self)
        personEnds = try reader.column(Int32.self)
        people = try reader.column(FactMark.self)
        linkEnds = try reader.column(Int32.self)
        linkTitles = try reader.column(FactMark.self)
        excerpts = try reader.column(ExcerptRow.self)
        linkLines = try reader.column(FieldSet.self)
        linkLineSpans = try reader.column(FactSpan.self)
        guard isConsistent(pages: pages) else { throw BinaryReader.Damaged() }
    }

    /// A cache written for another schema's slots.
    struct LayoutChanged: Error {}

    /// Whether every column has the length its counts imply and every index is in range.
    private func isConsistent(pages: Int) -> Bool {
        let links = linkTitles.count
        guard titles.count == pages, texts.count == pages * layout.textParts.count,
              windows.count == texts.count * TextDigest.windowSize, lines.count == pages * layout.lineParts.count,
              personEnds.count == pages, linkEnds.count == pages, people.count % 2 == 0,
              excerpts.count == links * layout.excerptFields.count,
              linkLines.count == links * layout.linkLines.count, linkLineSpans.count == linkLines.count,
              pairs.count % 2 == 0, Self.ascending(personEnds, last: people.count / 2), Self.ascending(linkEnds, last: links)
        else { return false }
        let texts = Int32(strings.count)
        func known(_ id: Int32) -> Bool { id >= 0 && id < texts }
        guard titles.allSatisfy({ $0.text == -1 || known($0.text) }), people.allSatisfy({ known($0.text) }),
              linkTitles.allSatisfy({ known($0.text) }), pairs.allSatisfy(known),
              self.texts.allSatisfy({ $0.count >= -1 && $0.windowCount >= 0 && Int($0.windowCount) <= TextDigest.windowSize }),
              (lines + linkLines).allSatisfy({ $0.count == -1 || ($0.count >= 0 && $0.start >= 0 && Int($0.start) + 2 * Int($0.count) <= pairs.count) })
        else { return false }
        return true
    }

    private static func ascending(_ ends: [Int32], last: Int) -> Bool {
        var previous: Int32 = 0
        for end in ends {
            guard end >= previous else { return false }
            previous = end
        }
        return Int(previous) == last
    }
}
