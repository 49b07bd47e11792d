/// Room made ahead in a ``FactsTable``'s columns, so a table filled with many pages is not
/// left up to twice its size by arrays that double as they grow (nor copied at each doubling).
extension FactsTable {
    /// The lengths of the columns that grow with pages, to project their growth.
    struct Extent: Sendable, Equatable {
        /// Pages, then each column's length, in a fixed order.
        fileprivate var lengths: [Int]
    }

    /// The columns' lengths now.
    var extent: Extent {
        Extent(lengths: [titles.count, texts.count, windows.count, lines.count, pairs.count, personEnds.count, people.count,
                         linkEnds.count, linkTitles.count, excerpts.count, linkLines.count, linkLineSpans.count,
                         strings.count, strings.bytes.count])
    }

    /// Makes room for `pages` pages in all, each column projected from its growth per page
    /// since `start`, with a margin of `margin` more pages' worth (a batch still to come), so
    /// the columns grow to about their final length once instead of doubling. A column longer
    /// than projected still grows; nothing changes but capacities.
    mutating func reserve(pages: Int, since start: Extent, margin: Int) {
        let now = extent.lengths
        let added = now[0] - start.lengths[0]
        guard added > 0, pages > now[0] else { return }
        // Two per cent over the projection, plus the margin, rounded up.
        let remaining = Double(pages - now[0]) * 1.02 + Double(margin)
        let wanted = (0..<now.count).map { column in
            now[column] + Int((Double(now[column] - start.lengths[column]) / Double(added) * remaining).rounded(.up))
        }
        Self.fit(&titles, wanted[0])
        Self.fit(&texts, wanted[1])
        Self.fit(&windows, wanted[2])
        Self.fit(&lines, wanted[3])
        Self.fit(&pairs, wanted[4])
        Self.fit(&personEnds, wanted[5])
        Self.fit(&people, wanted[6])
        Self.fit(&linkEnds, wanted[7])
        Self.fit(&linkTitles, wanted[8])
        Self.fit(&excerpts, wanted[9])
        Self.fit(&linkLines, wanted[10])
        Self.fit(&linkLineSpans, wanted[11])
        strings.reserve(texts: wanted[12], bytes: wanted[13])
    }

    /// Gives `column` room for `length` elements when it has less.
    static func fit<Element>(_ column: inout Column<Element>, _ length: Int) {
        if column.capacity < length { column.reserveCapacity(length) }
    }
}
