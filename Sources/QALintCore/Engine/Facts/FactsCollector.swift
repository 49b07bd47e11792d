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

    /// Creates a collector.
    public init(spec: CorpusSpec, excerptLength: Int, ellipsis: String, people: [(name: String, group: String)]) {
        self.spec = spec
        self.excerptLength = excerptLength
        self.ellipsis = ellipsis
        self.people = people
        layout = FactsLayout(spec)
    }

    /// The facts of `document`, as a table of one page.
    public func facts(of document: Document) -> FactsTable {
        var table = FactsTable(layout: layout)
        collect(document, into: &table)
        return table
    }

    /// Appends the facts of `document` to `table` as its next page.
    public func collect(_ document: Document, into table: inout FactsTable) {
        let layout = table.layout
        table.beginPage(title: document.field(spec.title).map { ($0.value, Self.span($0, in: document)) })
        if spec.links != nil {
            for (slot, part) in layout.textParts.enumerated() {
                guard let match = document.primary(part) else { continue }
                var builder = TextDigest.Builder(length: excerptLength)
                document.source.bytes.withUnsafeBufferPointer { buffer in
                    for line in match.body {
                        builder.separator()
                        builder.append(buffer, from: document.source.lines[line].start, to: document.source.lines[line].end)
                    }
                }
                table.setText(slot, builder.digest)
            }
            for (slot, part) in layout.lineParts.enumerated() {
                guard let match = document.primary(part) else { continue }
                table.setLine(slot, match.fields.map { ($0.name, $0.value) })
            }
        }
        collectPeople(document, into: &table)
        collectLinks(document, into: &table)
        table.endPage()
    }

    static func span(_ field: Field, in document: Document) -> FactSpan {
        FactSpan(line: field.lineIndex + 1, column: document.source.column(lineIndex: field.lineIndex, offset: field.start),
                 endColumn: document.source.column(lineIndex: field.lineIndex, offset: field.end))
    }

    private func collectPeople(_ document: Document, into table: inout FactsTable) {
        for pair in people {
            let groups = document.fields(named: pair.group)
            for name in document.fields(named: pair.name) where !name.value.isEmpty {
                guard let group = groups.first(where: { $0.lineIndex == name.lineIndex }), !group.value.isEmpty else { continue }
                table.addPerson(name: (name.value, Self.span(name, in: document)), group: (group.value, Self.span(group, in: document)))
            }
        }
    }

    /// Whether `text` ends in the ellipsis, the digest of the text before it, and of the whole
    /// text, in one pass: the digest is streamed, so the whole text's digest continues the body's.
    private func excerptDigests(_ text: String) -> (cut: Bool, body: TextDigest, whole: TextDigest) {
        var copy = text
        let mark = Array(ellipsis.utf8)
        return copy.withUTF8 { bytes in
            let cut = bytes.count >= mark.count && bytes.suffix(mark.count).elementsEqual(mark)
            var builder = TextDigest.Builder(length: nil)
            let bodyEnd = cut ? bytes.count - mark.count : bytes.count
            builder.append(bytes, from: 0, to: bodyEnd)
            let body = builder.digest
            guard cut else { return (false, body, body) }
            builder.append(bytes, from: bodyEnd, to: bytes.count)
            return (true, body, builder.digest)
        }
    }

    private func collectLinks(_ document: Document, into table: inout FactsTable) {
        guard let links = spec.links, let index = document.schema.partIndex(links.section),
              let entrySpec = document.schema.parts[index].entries else { return }
        let layout = table.layout
        // Field names as entries carry them (`section.field`), built once per page, not per entry.
        let prefix = "\(links.section)."
        let titleName = prefix + links.title
        let excerptNames = layout.excerptFields.map { prefix + $0 }
        let lineSlots = layout.linkLines.map { line in entrySpec.lines.firstIndex { $0.name == line } }
        for match in document.occurrences[index] {
            for entry in match.entries {
                guard let title = entry.fields.first(where: { $0.name == titleName }), !title.value.isEmpty else { continue }
                let excerpts = excerptNames.map { qualified -> ExcerptRow in
                    guard let value = entry.fields.first(where: { $0.name == qualified }) else { return .absent }
                    let (cut, body, whole) = excerptDigests(value.value)
                    return ExcerptRow(bodyHash: body.hash, wholeHash: whole.hash, bodyCount: Int32(clamping: body.count),
                                      wholeCount: Int32(clamping: whole.count), span: Self.span(value, in: document), cut: cut)
                }
                let entryLines = lineSlots.map { slot -> (fields: [(name: String, value: String)], span: FactSpan)? in
                    guard let slot, let line = entry.assigned[slot] else { return nil }
                    let fields = entry.fields.filter { $0.lineIndex == line }.map { (String($0.name.dropFirst(prefix.count)), $0.value) }
                    let bounds = document.source.lines[line]
                    return (fields, FactSpan(line: line + 1, column: 1, endColumn: document.source.column(lineIndex: line, offset: bounds.end)))
                }
                table.addLink(title: (title.value, Self.span(title, in: document)), excerpts: excerpts, lines: entryLines)
            }
        }
    }
}
