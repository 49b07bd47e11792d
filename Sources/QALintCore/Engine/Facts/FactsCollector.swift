/// Reads a page's ``PageFacts`` from its parsed document, as the schema's `corpus:` declares.
public struct FactsCollector: Sendable {
    /// The schema's corpus declaration.
    public let spec: CorpusSpec
    /// Where excerpts are cut (their maximum length).
    public let excerptLength: Int
    /// The ellipsis that marks a cut excerpt.
    public let ellipsis: String
    /// (name field, group field) pairs of people to collect, e.g. (`doctor`, `specialty`).
    public let people: [(name: String, group: String)]

    /// Creates a collector.
    public init(spec: CorpusSpec, excerptLength: Int, ellipsis: String, people: [(name: String, group: String)]) {
        self.spec = spec
        self.excerptLength = excerptLength
        self.ellipsis = ellipsis
        self.people = people
    }

    /// The facts of `document`.
    public func facts(of document: Document) -> PageFacts {
        let title = document.field(spec.title).map { Located($0, in: document) }
        var texts: [String: TextDigest] = [:]
        var lines: [String: [String: String]] = [:]
        if let links = spec.links {
            for part in Set(links.excerpts.map(\.part)) {
                guard let match = document.primary(part) else { continue }
                var builder = TextDigest.Builder(length: excerptLength)
                document.source.bytes.withUnsafeBufferPointer { buffer in
                    for line in match.body {
                        builder.separator()
                        builder.append(buffer, from: document.source.lines[line].start, to: document.source.lines[line].end)
                    }
                }
                texts[part] = builder.digest
            }
            for part in Set(links.lines.map(\.part)) {
                guard let match = document.primary(part) else { continue }
                lines[part] = Dictionary(match.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
            }
        }
        return PageFacts(path: document.path, title: title, texts: texts, lines: lines,
                         people: collectPeople(document), links: collectLinks(document))
    }

    private func collectPeople(_ document: Document) -> [PersonFact] {
        var result: [PersonFact] = []
        for pair in people {
            let groups = document.fields(named: pair.group)
            for name in document.fields(named: pair.name) where !name.value.isEmpty {
                guard let group = groups.first(where: { $0.lineIndex == name.lineIndex }), !group.value.isEmpty else { continue }
                result.append(PersonFact(name: Located(name, in: document), group: Located(group, in: document)))
            }
        }
        return result
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

    private func collectLinks(_ document: Document) -> [LinkFact] {
        guard let links = spec.links, let index = document.schema.partIndex(links.section),
              let entrySpec = document.schema.parts[index].entries else { return [] }
        var result: [LinkFact] = []
        // Field names as entries carry them (`section.field`), built once per page, not per entry.
        let prefix = "\(links.section)."
        let titleName = prefix + links.title
        let excerptNames = links.excerpts.map { (field: $0.field, qualified: prefix + $0.field) }
        let lineSlots = links.lines.map { link in (name: link.line, slot: entrySpec.lines.firstIndex { $0.name == link.line }) }
        for match in document.occurrences[index] {
            for entry in match.entries {
                guard let title = entry.fields.first(where: { $0.name == titleName }), !title.value.isEmpty else { continue }
                var excerpts: [String: ExcerptFact] = [:]
                for (field, qualified) in excerptNames {
                    guard let value = entry.fields.first(where: { $0.name == qualified }) else { continue }
                    let (cut, body, whole) = excerptDigests(value.value)
                    excerpts[field] = ExcerptFact(cut: cut, body: body, whole: whole, range: Located(value, in: document).range)
                }
                var entryLines: [String: [String: String]] = [:]
                var ranges: [String: SourceRange] = [:]
                for (lineName, slot) in lineSlots {
                    guard let slot, let line = entry.assigned[slot] else { continue }
                    entryLines[lineName] = Dictionary(entry.fields.filter { $0.lineIndex == line }
                        .map { (String($0.name.dropFirst(prefix.count)), $0.value) }, uniquingKeysWith: { first, _ in first })
                    let bounds = document.source.lines[line]
                    ranges[lineName] = SourceRange(line: line + 1, column: 1, endLine: line + 1,
                                                   endColumn: document.source.column(lineIndex: line, offset: bounds.end))
                }
                result.append(LinkFact(title: Located(title, in: document), excerpts: excerpts, lines: entryLines, lineRanges: ranges))
            }
        }
        return result
    }
}
