/// The cache encoding of facts. Dictionaries are written in key order, so the same facts
/// always give the same bytes.
extension PageFacts {
    func encode(into writer: inout BinaryWriter) {
        writer.varint(title == nil ? 0 : 1)
        if let title { title.encode(into: &writer) }
        writer.varint(texts.count)
        for key in texts.keys.sorted() {
            writer.string(key)
            texts[key]!.encode(into: &writer)
        }
        Self.encode(lines, into: &writer)
        writer.varint(people.count)
        for person in people {
            person.name.encode(into: &writer)
            person.group.encode(into: &writer)
        }
        writer.varint(links.count)
        for link in links {
            link.title.encode(into: &writer)
            writer.varint(link.excerpts.count)
            for key in link.excerpts.keys.sorted() {
                let excerpt = link.excerpts[key]!
                writer.string(key)
                writer.varint(excerpt.cut ? 1 : 0)
                excerpt.body.encode(into: &writer)
                excerpt.whole.encode(into: &writer)
                excerpt.range.encode(into: &writer)
            }
            Self.encode(link.lines, into: &writer)
            writer.varint(link.lineRanges.count)
            for key in link.lineRanges.keys.sorted() {
                writer.string(key)
                link.lineRanges[key]!.encode(into: &writer)
            }
        }
    }

    init(path: String, from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        self.path = path
        title = try reader.varint() == 1 ? try Located(from: &reader) : nil
        var texts: [String: TextDigest] = [:]
        for _ in 0..<(try reader.count()) { texts[try reader.string()] = try TextDigest(from: &reader) }
        self.texts = texts
        lines = try Self.decodeLines(&reader)
        var people: [PersonFact] = []
        for _ in 0..<(try reader.count()) { people.append(PersonFact(name: try Located(from: &reader), group: try Located(from: &reader))) }
        self.people = people
        var links: [LinkFact] = []
        for _ in 0..<(try reader.count()) {
            let title = try Located(from: &reader)
            var excerpts: [String: ExcerptFact] = [:]
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                let cut = try reader.varint() == 1
                excerpts[key] = ExcerptFact(cut: cut, body: try TextDigest(from: &reader), whole: try TextDigest(from: &reader),
                                            range: try SourceRange(from: &reader))
            }
            let lines = try Self.decodeLines(&reader)
            var ranges: [String: SourceRange] = [:]
            for _ in 0..<(try reader.count()) { ranges[try reader.string()] = try SourceRange(from: &reader) }
            links.append(LinkFact(title: title, excerpts: excerpts, lines: lines, lineRanges: ranges))
        }
        self.links = links
    }

    private static func encode(_ lines: [String: [String: String]], into writer: inout BinaryWriter) {
        writer.varint(lines.count)
        for key in lines.keys.sorted() {
            writer.string(key)
            let fields = lines[key]!
            writer.varint(fields.count)
            for name in fields.keys.sorted() {
                writer.string(name)
                writer.string(fields[name]!)
            }
        }
    }

    private static func decodeLines(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> [String: [String: String]] {
        var lines: [String: [String: String]] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            var fields: [String: String] = [:]
            for _ in 0..<(try reader.count()) { fields[try reader.string()] = try reader.string() }
            lines[key] = fields
        }
        return lines
    }
}

extension Located {
    func encode(into writer: inout BinaryWriter) {
        writer.string(value)
        writer.varint(Int(line))
        writer.varint(Int(column))
        writer.varint(Int(endColumn))
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        let value = try reader.string()
        self.init(value: value, line: try reader.varint(), column: try reader.varint(), endColumn: try reader.varint())
    }
}

extension TextDigest {
    func encode(into writer: inout BinaryWriter) {
        writer.word(hash)
        writer.varint(count)
        writer.varint(window.count)
        for value in window { writer.word(value) }
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        self.init("")
        hash = try reader.word()
        count = try reader.varint()
        let size = try reader.varint()
        guard size <= TextDigest.windowSize else { throw BinaryReader.Damaged() }
        window = []
        for _ in 0..<size { window.append(try reader.word()) }
    }
}

extension SourceRange {
    func encode(into writer: inout BinaryWriter) {
        writer.varint(line)
        writer.varint(column)
        writer.varint(endLine)
        writer.varint(endColumn)
    }

    init(from reader: inout BinaryReader) throws(BinaryReader.Damaged) {
        self.init(line: try reader.varint(), column: try reader.varint(), endLine: try reader.varint(), endColumn: try reader.varint())
    }
}
