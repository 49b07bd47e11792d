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

/// One entry of a section with entries (a Similar Q&A entry, a Related FAQ line).
public struct EntryMatch: Sendable {
    /// The entry's non-blank lines.
    public let lineIndices: [Int]
    /// For each line the schema expects, the line given for it (nil when missing).
    public let assigned: [Int?]
    /// For each line the schema expects, how its template matched (nil when missing); its
    /// captures are already the entry's `fields`, so they are not kept here.
    public let matches: [TemplateMatch?]
    /// The fields read, qualified by the section id.
    public let fields: [Field]
    /// Whether the entry ended with a line the schema's `end` recognises (true when it has none).
    public let terminated: Bool
}

/// Where one occurrence of a schema part was found.
public struct PartMatch: Sendable {
    /// Index of the part in the schema.
    public let partIndex: Int
    /// The heading line, or the line of a line part; nil for blocks.
    public let anchorLine: Int?
    /// The lines of the body (a block's lines, a section's lines after the heading).
    public let body: Range<Int>
    /// For line parts, how the template matched (captures are in `fields`, not kept here).
    public let templateMatch: TemplateMatch?
    /// Fields read from a line part.
    public let fields: [Field]
    /// Entries of a section with entries.
    public let entries: [EntryMatch]
    /// Whether the body has any non-blank line (always true for a found line part).
    public let hasContent: Bool

    /// The first line of the occurrence: its anchor, or the first body line.
    public var firstLine: Int { anchorLine ?? body.lowerBound }
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
    public let occurrences: [[PartMatch]]
    /// Field slots by name, shared by every page of a parser.
    private let slotsByName: [String: Int]
    /// Field names by slot, shared by every page of a parser.
    private let slotNames: [String]
    /// Per slot, its fields in page order.
    private let fieldLists: [[Field]]

    init(path: String, source: SourceText, schema: Schema, occurrences: [[PartMatch]], slots: FieldSlots) {
        self.path = path
        self.source = source
        self.schema = schema
        self.occurrences = occurrences
        slotsByName = slots.byName
        slotNames = slots.names
        // Filed by slot number: hashing every field's name on every page cost more than the fields.
        var lists = [[Field]](repeating: [], count: slots.count)
        for matches in occurrences {
            for match in matches {
                for field in match.fields where field.slot >= 0 { lists[field.slot].append(field) }
                for entry in match.entries {
                    for field in entry.fields where field.slot >= 0 { lists[field.slot].append(field) }
                }
            }
        }
        fieldLists = lists
    }

    /// The occurrence that counts for the part `id`.
    public func primary(_ id: String) -> PartMatch? {
        schema.partIndex(id).flatMap { occurrences[$0].first }
    }

    /// Every value of the field `name`, in page order.
    public func fields(named name: String) -> [Field] {
        slotsByName[name].map { fieldLists[$0] } ?? []
    }

    /// Every value of the field in `slot` (see ``FieldSlots``), in page order.
    func fields(slot: Int) -> [Field] {
        slot >= 0 && slot < fieldLists.count ? fieldLists[slot] : []
    }

    /// The text of `field` (invalid bytes shown as U+FFFD).
    public func value(of field: Field) -> String {
        source.text(field.start, field.end)
    }

    /// The qualified name of `field` (`ask_date`, `similar_qa.title`).
    public func name(of field: Field) -> String {
        field.slot >= 0 && field.slot < slotNames.count ? slotNames[field.slot] : ""
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
        slotsByName[name].flatMap { fieldLists[$0].first }
    }
}
