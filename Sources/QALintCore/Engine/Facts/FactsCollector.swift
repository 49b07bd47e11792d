/// Reads a page's facts (a row of a ``FactsTable``) from its parsed document, as the schema's
/// `corpus:` declares.
public struct FactsCollector: Sendable {
    /// The schema's corpus declaration.
    public let spec: CorpusSpec
    /// Where excerpts are cut (their maximum length).
    public let excerptLength: Int
    /// The ellipsis that marks a cut excerpt.
    public let ellipsis: String
    /// (name field, group field) pairs of people to collect, e.g. (`doctor`, `specialty`).
    public let people: [(name: String, group: String)]
    /// The slots of the facts collected.
    public let layout: FactsLayout
    private let ellipsisBytes: [UInt8]
    private let plan: FactsPlan

    /// Creates a collector for pages of `schema`.
    public init(spec: CorpusSpec, excerptLength: Int, ellipsis: String, people: [(name: String, group: String)], schema: Schema) {
        self.spec = spec
        self.excerptLength = excerptLength
        self.ellipsis = ellipsis
        self.people = people
        layout = FactsLayout(spec)
        ellipsisBytes = Array(ellipsis.utf8)
        plan = FactsPlan(spec: spec, layout: layout, people: people, schema: schema)
    }

    /// The facts of `document`, as a table of one page.
    public func facts(of document: Document) -> FactsTable {
        var table = FactsTable(layout: layout)
        collect(document, into: &table)
        return table
    }

    /// Appends the facts of `document` to `table` as its next page.
    ///
    /// Texts go into the table's strings straight from the page's bytes: no `String` is made
    /// for a title, name or field value.
    public func collect(_ document: Document, into table: inout FactsTable) {
        table.beginPage(title: document.fields(slot: plan.title).first.map { Self.mark($0, in: document, into: &table) } ?? .none)
        if spec.links != nil {
            for (slot, part) in plan.textParts.enumerated() {
                guard let part, let match = document.occurrences[part].first else { continue }
                var builder = TextDigest.Builder(length: excerptLength)
                document.source.bytes.withUnsafeBufferPointer { buffer in
                    for line in match.body {
                        builder.separator()
                        builder.append(buffer, from: document.source.lines[line].start, to: document.source.lines[line].end)
                    }
                }
                table.setText(slot, builder)
            }
            for (slot, part) in plan.lineParts.enumerated() {
                guard let part, let match = document.occurrences[part].first else { continue }
                table.setLine(slot, fieldSet(document.occurrences.fields(of: match), onLine: nil, entry: false, in: document, into: &table))
            }
        }
        collectPeople(document, into: &table)
        collectLinks(document, into: &table)
        table.endPage()
    }

    static func span(_ field: Field, in document: Document) -> FactSpan {
        let source = document.source
        let line = source.lines[field.lineIndex]
        // A valid page's value inside its line (the usual case): its start column is counted
        // from the line's start, its end column on from there, not again from the line's start.
        if source.encodingIssueCount == 0, field.start >= line.start, field.start <= field.end, field.end <= line.end {
            return source.bytes.withUnsafeBufferPointer { buffer in
                let column = 1 + ByteScan.scalarCount(buffer, from: line.start, to: field.start)
                return FactSpan(line: field.lineIndex + 1, column: column, endColumn: column + ByteScan.scalarCount(buffer, from: field.start, to: field.end))
            }
        }
        return FactSpan(line: field.lineIndex + 1, column: source.column(lineIndex: field.lineIndex, offset: field.start),
                        endColumn: source.column(lineIndex: field.lineIndex, offset: field.end))
    }

    /// The end column of line `line` (as ``SourceText/column(lineIndex:offset:)`` gives it at the line's end).
    private static func endColumn(ofLine line: Int, in source: SourceText) -> Int {
        guard source.encodingIssueCount == 0 else { return source.column(lineIndex: line, offset: source.lines[line].end) }
        return source.bytes.withUnsafeBufferPointer { 1 + ByteScan.scalarCount($0, from: source.lines[line].start, to: source.lines[line].end) }
    }

    /// `field`'s value, interned, and where it stands.
    private static func mark(_ field: Field, in document: Document, into table: inout FactsTable) -> FactMark {
        let span = span(field, in: document)
        return FactMark(text: document.withUTF8(of: field) { table.intern($0) }, span: span)
    }

    /// Stores `fields` (those on line `line`, or all) as a field set, each named as a line
    /// part's field or, with `entry`, as a link line's.
    private func fieldSet(_ fields: ListView<Field>, onLine line: Int?, entry: Bool, in document: Document, into table: inout FactsTable) -> FieldSet {
        // Usually the names are distinct and in order (a template's fields): ids go straight in.
        var previous = -1
        var ordered = true
        for field in fields where line == nil || field.lineIndex == line {
            let rank = entry ? plan.entryRank(field.slot) : plan.lineRank(field.slot)
            guard rank > previous else {
                ordered = false
                break
            }
            previous = rank
        }
        guard ordered else {
            var pairs: [(name: String, value: String)] = []
            for field in fields where line == nil || field.lineIndex == line {
                pairs.append(((entry ? plan.entryName(field.slot) : plan.lineName(field.slot)).text, document.value(of: field)))
            }
            return table.fieldSet(of: pairs)
        }
        let start = table.beginFieldSet()
        for field in fields where line == nil || field.lineIndex == line {
            // By rank and plan: copying the name (a text every thread shares) for every field cost more than interning it.
            let rank = entry ? plan.entryRank(field.slot) : plan.lineRank(field.slot)
            let name = table.intern(nameRank: rank, plan: plan.identity) { (entry ? plan.entryName(field.slot) : plan.lineName(field.slot)).text }
            let value = document.withUTF8(of: field) { table.intern($0) }
            table.addPair(name: name, value: value)
        }
        return table.endFieldSet(start)
    }

    private func collectPeople(_ document: Document, into table: inout FactsTable) {
        for pair in plan.people {
            let groups = SameLineFields(document.fields(slot: pair.group))
            for name in document.fields(slot: pair.name) where name.start < name.end {
                guard let group = groups.on(lineOf: name), group.start < group.end else { continue }
                let nameMark = Self.mark(name, in: document, into: &table)
                table.addPerson(name: nameMark, group: Self.mark(group, in: document, into: &table))
            }
        }
    }

    /// An excerpt's digests: of the text before the ellipsis (all of it when not cut) and of the
    /// whole text, and its bytes that continue a scalar.
    private struct ExcerptDigests {
        var cut = false
        var bodyHash: UInt64 = 0
        var bodyCount = 0
        var wholeHash: UInt64 = 0
        var wholeCount = 0
        var continuations = 0
    }

    /// Whether `value` ends in the ellipsis, the digest of the text before it, and of the whole
    /// text, in one pass: the digest is streamed, so the whole text's digest continues the body's.
    /// Also the value's bytes that continue a scalar, counted on the way.
    private func excerptDigests(_ value: Field, in document: Document) -> ExcerptDigests {
        document.withUTF8(of: value) { excerptDigests($0) }
    }

    private func excerptDigests(_ bytes: UnsafeBufferPointer<UInt8>) -> ExcerptDigests {
        var result = ExcerptDigests()
        result.cut = bytes.count >= ellipsisBytes.count && bytes.suffix(ellipsisBytes.count).elementsEqual(ellipsisBytes)
        var builder = TextDigest.Builder(length: nil)
        let bodyEnd = result.cut ? bytes.count - ellipsisBytes.count : bytes.count
        builder.append(bytes, from: 0, to: bodyEnd)
        (result.bodyHash, result.bodyCount) = (builder.hash, builder.scalarCount)
        if result.cut { builder.append(bytes, from: bodyEnd, to: bytes.count) }
        (result.wholeHash, result.wholeCount, result.continuations) = (builder.hash, builder.scalarCount, builder.continuations)
        return result
    }

    /// Where an excerpt stands, its scalars counted from its digest's pass when the page is
    /// valid UTF-8 (the value's bytes are then the page's).
    private static func excerptSpan(_ field: Field, continuations: Int, in document: Document) -> FactSpan {
        let source = document.source
        let line = source.lines[field.lineIndex]
        guard source.encodingIssueCount == 0, field.start >= line.start, field.start <= field.end, field.end <= line.end else {
            return span(field, in: document)
        }
        let column = 1 + source.bytes.withUnsafeBufferPointer { ByteScan.scalarCount($0, from: line.start, to: field.start) }
        return FactSpan(line: field.lineIndex + 1, column: column, endColumn: column + (field.end - field.start - continuations))
    }

    private func collectLinks(_ document: Document, into table: inout FactsTable) {
        guard let section = plan.linkSection else { return }
        let occurrences = document.occurrences
        document.forEachEntry(ofPart: section) { entry in
            guard let title = occurrences.field(of: entry, slot: plan.linkTitle), title.start < title.end else { return }
            table.beginLink(title: Self.mark(title, in: document, into: &table))
            for slot in plan.excerpts {
                guard let value = occurrences.field(of: entry, slot: slot) else {
                    table.addExcerpt(.absent)
                    continue
                }
                let digests = excerptDigests(value, in: document)
                table.addExcerpt(ExcerptRow(bodyHash: digests.bodyHash, wholeHash: digests.wholeHash, bodyCount: Int32(clamping: digests.bodyCount),
                                            wholeCount: Int32(clamping: digests.wholeCount),
                                            span: Self.excerptSpan(value, continuations: digests.continuations, in: document), cut: digests.cut))
            }
            for slot in plan.linkLines {
                guard let slot, let line = occurrences.line(of: entry, slot: slot) else {
                    table.addLinkLine(.absent, span: FactSpan(line: 0, column: 0, endColumn: 1))
                    continue
                }
                let set = fieldSet(occurrences.fields(of: entry), onLine: line, entry: true, in: document, into: &table)
                table.addLinkLine(set, span: FactSpan(line: line + 1, column: 1, endColumn: Self.endColumn(ofLine: line, in: document.source)))
            }
        }
    }
}
