/// A named value read from a line: `ask_date`, or `similar_qa.title` inside an entry.
///
/// A field is a span of its page and the number of its name in the schema, nothing that needs
/// counting references: its text (``Document/value(of:)``) and name (``Document/name(of:)``)
/// are made only when asked for, so the many fields no rule reads as text cost no string.
public struct Field: Sendable, Hashable {
    /// 0-based line index.
    public let lineIndex: Int
    /// Byte offset of the value's start.
    public let start: Int
    /// Byte offset one past the value's end.
    public let end: Int
    /// The field's number in its schema (see ``FieldSlots``), -1 when it has none.
    let slot: Int

    /// Whether the value is empty.
    public var isEmpty: Bool { start >= end }
}

/// How a line matched its template: plain values, so a page's matches hold no reference.
public enum TemplateVerdict: Sendable, Equatable {
    /// No template applies (a block or a section), or no line was given for it.
    case none
    /// The whole template matched.
    case matched
    /// The line does not fit: the template's literal token `literal` was not found (its text:
    /// ``LineTemplate/literalText(_:)``).
    case missing(literal: Int)

    /// The verdict of a line matched: `.missing` with the token the matcher names, else `.matched`.
    init(missingLiteral: Int?) {
        self = missingLiteral.map { .missing(literal: $0) } ?? .matched
    }
}

/// One entry of a section with entries (a Similar Q&A entry, a Related FAQ line).
///
/// Plain values: its lines, template slots and fields are runs of lists the page's
/// ``Occurrences`` hold for all its entries (read them with its `lineIndices(of:)`,
/// `assigned(of:)`, `verdicts(of:)` and `fields(of:)`), so making, copying and dropping an
/// entry counts no reference.
public struct EntryMatch: Sendable {
    /// Where the entry's non-blank lines are in ``Occurrences/entryLines``.
    let lines: Range<Int>
    /// Where, for each line the schema expects, the line given for it and how its template
    /// matched are in ``Occurrences/entryAssigned`` and ``Occurrences/entryVerdicts``.
    let slots: Range<Int>
    /// Where the fields read (qualified by the section id) are in ``Occurrences/entryFields``.
    let fieldRange: Range<Int>
    /// Whether the entry ended with a line the schema's `end` recognises (true when it has none).
    public let terminated: Bool
}

/// Where one occurrence of a schema part was found.
///
/// Plain values: its fields and entries are runs of the page's lists (read them with
/// ``Occurrences``' `fields(of:)` and `entries(of:)`).
public struct PartMatch: Sendable {
    /// Index of the part in the schema.
    public let partIndex: Int
    /// The heading line, or the line of a line part; nil for blocks.
    public let anchorLine: Int?
    /// The lines of the body (a block's lines, a section's lines after the heading).
    public let body: Range<Int>
    /// For line parts, how the template matched (its captures are the fields); `.none` for others.
    public let verdict: TemplateVerdict
    /// Where the fields read from a line part are in ``Occurrences/lineFields``.
    let fieldRange: Range<Int>
    /// Where the entries of a section with entries are in ``Occurrences/entries``.
    let entryRange: Range<Int>
    /// Whether the body has any non-blank line (always true for a found line part).
    public let hasContent: Bool

    /// The first line of the occurrence: its anchor, or the first body line.
    public var firstLine: Int { anchorLine ?? body.lowerBound }
}

/// Per schema part, its occurrences in page order (the first is the one that counts), all in
/// one array for the page; and the lists their fields and entries are runs of.
public struct Occurrences: RandomAccessCollection, Sendable {
    let matches: [PartMatch]
    /// Where each part's occurrences start in `matches` (one more entry than there are parts).
    let starts: [Int]
    /// The fields of every line part.
    let lineFields: [Field]
    /// The entries of every section.
    let entries: [EntryMatch]
    /// The lines of every entry.
    let entryLines: [Int]
    /// Per entry and template slot, the line given for it (nil when missing).
    let entryAssigned: [Int?]
    /// Per entry and template slot, how the line matched its template.
    let entryVerdicts: [TemplateVerdict]
    /// The fields of every entry.
    let entryFields: [Field]

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(part: Int) -> ListView<PartMatch> {
        ListView(storage: matches, range: positions(of: part))
    }

    /// Where part `part`'s occurrences are in ``matches``: read them there, in place.
    func positions(of part: Int) -> Range<Int> {
        starts[part]..<starts[part + 1]
    }

    /// The fields read from the line part `match`.
    public func fields(of match: PartMatch) -> ListView<Field> {
        ListView(storage: lineFields, range: match.fieldRange)
    }

    /// The entries of the section `match`.
    public func entries(of match: PartMatch) -> ListView<EntryMatch> {
        ListView(storage: entries, range: match.entryRange)
    }

    /// The entry's non-blank lines.
    public func lineIndices(of entry: EntryMatch) -> ListView<Int> {
        ListView(storage: entryLines, range: entry.lines)
    }

    /// For each line the schema expects, the line given for it (nil when missing).
    public func assigned(of entry: EntryMatch) -> ListView<Int?> {
        ListView(storage: entryAssigned, range: entry.slots)
    }

    /// For each line the schema expects, how its template matched.
    public func verdicts(of entry: EntryMatch) -> ListView<TemplateVerdict> {
        ListView(storage: entryVerdicts, range: entry.slots)
    }

    /// The entry's fields, qualified by the section id.
    public func fields(of entry: EntryMatch) -> ListView<Field> {
        ListView(storage: entryFields, range: entry.fieldRange)
    }

    /// The line given for the entry's template slot `slot`, read in place.
    func line(of entry: EntryMatch, slot: Int) -> Int? {
        entryAssigned.withUnsafeBufferPointer { $0[entry.slots.lowerBound + slot] }
    }

    /// How the entry's line for template slot `slot` matched, read in place.
    func verdict(of entry: EntryMatch, slot: Int) -> TemplateVerdict {
        entryVerdicts.withUnsafeBufferPointer { $0[entry.slots.lowerBound + slot] }
    }

    /// The entry's first field in `slot` (see ``FieldSlots``), on line `line` when given, read in place.
    func field(of entry: EntryMatch, slot: Int, line: Int? = nil) -> Field? {
        Self.first(in: entryFields, entry.fieldRange, slot: slot, line: line)
    }

    /// The line part `match`'s first field in `slot` on line `line`, read in place.
    func field(of match: PartMatch, slot: Int, line: Int) -> Field? {
        Self.first(in: lineFields, match.fieldRange, slot: slot, line: line)
    }

    private static func first(in fields: [Field], _ range: Range<Int>, slot: Int, line: Int?) -> Field? {
        fields.withUnsafeBufferPointer { buffer in
            for index in range where buffer[index].slot == slot && (line == nil || buffer[index].lineIndex == line) { return buffer[index] }
            return nil
        }
    }
}

/// A page parsed with a schema: where each part is, and the fields read.
public struct Document: Sendable {
    /// Path as given (or the stdin name).
    public let path: String
    /// The bytes and lines.
    public let source: SourceText
    /// The schema used.
    public let schema: Schema
    /// For each schema part, its occurrences in page order; the first is the one that counts.
    public let occurrences: Occurrences
    /// Every field with a slot, by slot and then in page order: one array for the page, not one per slot.
    private let slotFields: [Field]
    /// Where each slot's fields start in `slotFields` (one more entry than there are slots).
    private let slotStarts: [Int]

    init(path: String, source: SourceText, schema: Schema, occurrences: Occurrences) {
        self.path = path
        self.source = source
        self.schema = schema
        self.occurrences = occurrences
        let slots = schema.slots
        // Filed by slot number (hashing every field's name on every page cost more than the
        // fields), with a counting sort into one array: a page's field lists were the parser's
        // most frequent allocations. The line parts' and the entries' fields are each one list
        // of the page, read in place.
        let lineFields = occurrences.lineFields
        let entryFields = occurrences.entryFields
        func forEachField(_ body: (Field) -> Void) {
            lineFields.withUnsafeBufferPointer { buffer in
                for field in buffer where field.slot >= 0 { body(field) }
            }
            entryFields.withUnsafeBufferPointer { buffer in
                for field in buffer where field.slot >= 0 { body(field) }
            }
        }
        var starts = [Int](filled: 0, count: slots.count + 1)
        forEachField { starts[$0.slot + 1] += 1 }
        for slot in 0..<slots.count { starts[slot + 1] += starts[slot] }
        var next = starts
        let total = starts[slots.count]
        // Filled, then overwritten in place: an array of uninitialised capacity is allocated
        // through the standard library's slower, unspecialised path (see `Array(filled:count:)`).
        var fields = [Field](filled: Field(lineIndex: 0, start: 0, end: 0, slot: -1), count: total)
        fields.withUnsafeMutableBufferPointer { buffer in
            forEachField { field in
                buffer[next[field.slot]] = field
                next[field.slot] += 1
            }
        }
        slotFields = fields
        slotStarts = starts
    }

    /// Calls `body` with each entry of each occurrence of part `part`, in page order.
    func forEachEntry(ofPart part: Int, _ body: (EntryMatch) -> Void) {
        let matches = occurrences.matches
        let entries = occurrences.entries
        for match in occurrences.positions(of: part) {
            for entry in matches[match].entryRange { body(entries[entry]) }
        }
    }

    /// The occurrence that counts for the part `id`.
    public func primary(_ id: String) -> PartMatch? {
        schema.partIndex(id).flatMap { occurrences[$0].first }
    }

    /// Every value of the field `name`, in page order.
    public func fields(named name: String) -> FieldList {
        fields(slot: schema.slots.slot(name))
    }

    /// Every value of the field in `slot` (see ``FieldSlots``), in page order.
    func fields(slot: Int) -> FieldList {
        guard slot >= 0 && slot + 1 < slotStarts.count else { return FieldList(storage: slotFields, range: 0..<0) }
        return FieldList(storage: slotFields, range: slotStarts[slot]..<slotStarts[slot + 1])
    }

    /// The text of `field` (invalid bytes shown as U+FFFD).
    public func value(of field: Field) -> String {
        source.text(field.start, field.end)
    }

    /// The qualified name of `field` (`ask_date`, `similar_qa.title`).
    public func name(of field: Field) -> String {
        field.slot >= 0 && field.slot < schema.slots.names.count ? schema.slots.names[field.slot] : ""
    }

    /// Calls `body` with the UTF-8 of `field`'s value: the page's own bytes when the page is
    /// valid UTF-8 (no text is made), else the value's text with invalid bytes as U+FFFD.
    public func withUTF8<T>(of field: Field, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if source.encodingIssueCount == 0 {
            return source.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[field.start..<max(field.start, field.end)])) }
        }
        var text = value(of: field)
        return text.withUTF8(body)
    }

    /// The first value of the field `name`.
    public func field(_ name: String) -> Field? {
        fields(named: name).first
    }
}

/// A run of a shared array, indexed from 0: the fields of one slot, or one entry's lines and
/// fields, without an array of their own.
public struct ListView<Element: Sendable>: RandomAccessCollection, Sendable {
    let storage: [Element]
    let range: Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { range.count }

    public subscript(position: Int) -> Element {
        precondition(position >= 0 && position < range.count, "index out of range")
        return storage[range.lowerBound + position]
    }

    /// The first element that satisfies `predicate`, read in place (the inherited search
    /// walks an iterator that holds the storage).
    public func first(where predicate: (Element) throws -> Bool) rethrows -> Element? {
        try storage.withUnsafeBufferPointer { buffer in
            for index in range where try predicate(buffer[index]) { return buffer[index] }
            return nil
        }
    }

    // Stated rather than inherited, with a plain iterator: the generic defaults are slow in
    // unoptimised (debug) builds, where the tests run.
    public func index(after position: Int) -> Int { position + 1 }
    public func index(before position: Int) -> Int { position - 1 }

    public func makeIterator() -> Iterator { Iterator(storage: storage, position: range.lowerBound, end: range.upperBound) }

    /// Walks the run.
    public struct Iterator: IteratorProtocol {
        let storage: [Element]
        var position: Int
        let end: Int

        public mutating func next() -> Element? {
            guard position < end else { return nil }
            defer { position += 1 }
            return storage[position]
        }
    }
}

/// The fields of one slot, in page order.
public typealias FieldList = ListView<Field>
