/// Writing some rows of a table, in a given order, as the cache's sections: the bytes a table
/// made of those rows (``FactsTable/append(row:of:remap:)``, one after another) would encode
/// to, without making that table. Only the texts the rows use are copied; every other column is
/// written straight from this table, row by row, so a site's cache is written with no second
/// copy of its facts in memory.
extension FactsTable {
    /// Appends the sections of the table of `rows` of this table, in that order.
    func encode(rows: [Int], into writer: inout CacheFile.Writer) {
        let (used, ids) = usedStrings(rows)
        func mark(_ mark: FactMark) -> FactMark {
            FactMark(text: mark.text >= 0 ? ids[Int(mark.text)] : mark.text, span: mark.span)
        }
        let lineSlots = layout.lineParts.count, linkSlots = layout.linkLines.count
        let textSlots = layout.textParts.count, excerptSlots = layout.excerptFields.count
        /// The pairs a field set holds (none when absent).
        func pairCount(_ set: FieldSet) -> Int32 { set.count >= 0 ? 2 * set.count : 0 }
        func linePairs(_ row: Int) -> Int32 {
            ((row * lineSlots)..<((row + 1) * lineSlots)).reduce(0) { $0 + pairCount(lines[$1]) }
        }
        func linkPairs(_ row: Int) -> Int32 {
            links(of: row).reduce(0) { total, link in
                ((link * linkSlots)..<((link + 1) * linkSlots)).reduce(total) { $0 + pairCount(linkLines[$1]) }
            }
        }
        /// Field sets as the copy stores them: their pairs where the copy puts them. A page's
        /// line sets' pairs come first, then its links' line sets' pairs.
        func sets(_ column: Column<FieldSet>, cells: (Int) -> [Range<Int>], before: (Int) -> Int32, after: (Int) -> Int32) {
            writer.section { writer in
                var next: Int32 = 0
                for row in rows {
                    next += before(row)
                    for range in cells(row) {
                        for cell in range {
                            let set = column[cell]
                            writer.append(value: set.count >= 0 ? FieldSet(start: next, count: set.count) : set)
                            next += pairCount(set)
                        }
                    }
                    next += after(row)
                }
            }
        }
        /// A section of where each written row's items end, counting `items(row)` of each.
        func ends(_ items: (Int) -> Int) {
            writer.section { writer in
                var end: Int32 = 0
                for row in rows {
                    end += Int32(items(row))
                    writer.append(value: end)
                }
            }
        }
        encodeLayout(into: &writer)
        encode(used, into: &writer)
        writer.section { writer in
            for row in rows { writer.append(value: mark(titles[row])) }
        }
        writer.section { writer in
            for row in rows { texts.withBytes((row * textSlots)..<((row + 1) * textSlots)) { writer.append($0) } }
        }
        let window = textSlots * TextDigest.windowSize
        writer.section { writer in
            for row in rows { windows.withBytes((row * window)..<((row + 1) * window)) { writer.append($0) } }
        }
        sets(lines, cells: { [($0 * lineSlots)..<(($0 + 1) * lineSlots)] }, before: { _ in 0 }, after: linkPairs)
        writer.section { writer in
            func pairs(of set: FieldSet) {
                guard set.count > 0 else { return }
                for offset in 0..<(2 * Int(set.count)) { writer.append(value: ids[Int(self.pairs[Int(set.start) + offset])]) }
            }
            for row in rows {
                for cell in (row * lineSlots)..<((row + 1) * lineSlots) { pairs(of: lines[cell]) }
                for link in links(of: row) {
                    for cell in (link * linkSlots)..<((link + 1) * linkSlots) { pairs(of: linkLines[cell]) }
                }
            }
        }
        ends { people(of: $0).count }
        writer.section { writer in
            for row in rows {
                for person in people(of: row) {
                    writer.append(value: mark(people[2 * person]))
                    writer.append(value: mark(people[2 * person + 1]))
                }
            }
        }
        ends { links(of: $0).count }
        writer.section { writer in
            for row in rows {
                for link in links(of: row) { writer.append(value: mark(linkTitles[link])) }
            }
        }
        writer.section { writer in
            for row in rows {
                let links = links(of: row)
                guard !links.isEmpty else { continue }
                excerpts.withBytes((links.lowerBound * excerptSlots)..<(links.upperBound * excerptSlots)) { writer.append($0) }
            }
        }
        sets(linkLines, cells: { row in links(of: row).map { ($0 * linkSlots)..<(($0 + 1) * linkSlots) } }, before: linePairs, after: { _ in 0 })
        writer.section { writer in
            for row in rows {
                let links = links(of: row)
                guard !links.isEmpty else { continue }
                linkLineSpans.withBytes((links.lowerBound * linkSlots)..<(links.upperBound * linkSlots)) { writer.append($0) }
            }
        }
    }

    /// The texts `rows` use, numbered in the order the copy meets them (title, line sets,
    /// people, then each link's title and line sets), and each old id's new one (-1: unused).
    private func usedStrings(_ rows: [Int]) -> (StringTable, [Int32]) {
        var used = StringTable()
        var ids = [Int32](repeating: -1, count: strings.count)
        func take(_ text: Int32) {
            guard text >= 0, ids[Int(text)] < 0 else { return }
            ids[Int(text)] = strings.withBytes(text) { used.intern($0) }
        }
        func take(_ set: FieldSet) {
            guard set.count > 0 else { return }
            for offset in 0..<(2 * Int(set.count)) { take(pairs[Int(set.start) + offset]) }
        }
        let lineSlots = layout.lineParts.count, linkSlots = layout.linkLines.count
        for row in rows {
            take(titles[row].text)
            for cell in (row * lineSlots)..<((row + 1) * lineSlots) { take(lines[cell]) }
            for person in people(of: row) {
                take(people[2 * person].text)
                take(people[2 * person + 1].text)
            }
            for link in links(of: row) {
                take(linkTitles[link].text)
                for cell in (link * linkSlots)..<((link + 1) * linkSlots) { take(linkLines[cell]) }
            }
        }
        return (used, ids)
    }
}
