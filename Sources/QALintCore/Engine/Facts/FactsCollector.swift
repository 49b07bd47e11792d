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
    public func collect(_ document: Document, into table: inout FactsTable) {
        table.beginPage(title: document.fields(slot: plan.title).first.map { (document.value(of: $0), Self.span($0, in: document)) })
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
                table.setText(slot, builder.digest)
            }
            for (slot, part) in plan.lineParts.enumerated() {
                guard let part, let match = document.occurrences[part].first else { continue }
                table.setLine(slot, match.fields.map { (document.name(of: $0), document.value(of: $0)) })
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
        for pair in plan.people {
            let groups = SameLineFields(document.fields(slot: pair.group))
            for name in document.fields(slot: pair.name) where name.start < name.end {
                guard let group = groups.on(lineOf: name), group.start < group.end else { continue }
                table.addPerson(name: (document.value(of: name), Self.span(name, in: document)), group: (document.value(of: group), Self.span(group, in: document)))
            }
        }
    }

    /// Whether `value` ends in the ellipsis, the digest of the text before it, and of the whole
    /// text, in one pass: the digest is streamed, so the whole text's digest continues the body's.
    private func excerptDigests(_ value: Field, in document: Document) -> (cut: Bool, body: TextDigest, whole: TextDigest) {
        document.withUTF8(of: value) { excerptDigests($0) }
    }

    private func excerptDigests(_ bytes: UnsafeBufferPointer<UInt8>) -> (cut: Bool, body: TextDigest, whole: TextDigest) {
        let cut = bytes.count >= ellipsisBytes.count && bytes.suffix(ellipsisBytes.count).elementsEqual(ellipsisBytes)
        var builder = TextDigest.Builder(length: nil)
        let bodyEnd = cut ? bytes.count - ellipsisBytes.count : bytes.count
        builder.append(bytes, from: 0, to: bodyEnd)
        let body = builder.digest
        guard cut else { return (false, body, body) }
        builder.append(bytes, from: bodyEnd, to: bytes.count)
        return (true, body, builder.digest)
    }

    private func collectLinks(_ document: Document, into table: inout FactsTable) {
        guard let section = plan.linkSection else { return }
        for match in document.occurrences[section] {
            for entry in match.entries {
                guard let title = entry.fields.first(where: { $0.slot == plan.linkTitle }), title.start < title.end else { continue }
                let excerpts = plan.excerpts.map { slot -> ExcerptRow in
                    guard let value = entry.fields.first(where: { $0.slot == slot }) else { return .absent }
                    let (cut, body, whole) = excerptDigests(value, in: document)
                    return ExcerptRow(bodyHash: body.hash, wholeHash: whole.hash, bodyCount: Int32(clamping: body.count),
                                      wholeCount: Int32(clamping: whole.count), span: Self.span(value, in: document), cut: cut)
                }
                let entryLines = plan.linkLines.map { slot -> (fields: [(name: String, value: String)], span: FactSpan)? in
                    guard let slot, let line = entry.assigned[slot] else { return nil }
                    var fields: [(name: String, value: String)] = []
                    for field in entry.fields where field.lineIndex == line {
                        fields.append((plan.entryFields.first { $0.slot == field.slot }?.name ?? document.name(of: field), document.value(of: field)))
                    }
                    let bounds = document.source.lines[line]
                    return (fields, FactSpan(line: line + 1, column: 1, endColumn: document.source.column(lineIndex: line, offset: bounds.end)))
                }
                table.addLink(title: (document.value(of: title), Self.span(title, in: document)), excerpts: excerpts, lines: entryLines)
            }
        }
    }
}
