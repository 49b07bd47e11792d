/// A named value read from a line: `ask_date`, or `similar_qa.title` inside an entry.
public struct Field: Sendable {
    /// Qualified name (`ask_date`, `related_faq.topic`).
    public let name: String
    /// The text (invalid bytes shown as U+FFFD).
    public let value: String
    /// 0-based line index.
    public let lineIndex: Int
    /// Byte offset of the value's start.
    public let start: Int
    /// Byte offset one past the value's end.
    public let end: Int
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
    private let fieldIndex: [String: [Field]]

    init(path: String, source: SourceText, schema: Schema, occurrences: [[PartMatch]]) {
        self.path = path
        self.source = source
        self.schema = schema
        self.occurrences = occurrences
        // Sized for the default schema's ~15 field names up front: growing the table on every page
        // cost more than filling it.
        var index = [String: [Field]](minimumCapacity: 24)
        for matches in occurrences {
            for match in matches {
                for field in match.fields { index[field.name, default: []].append(field) }
                for entry in match.entries {
                    for field in entry.fields { index[field.name, default: []].append(field) }
                }
            }
        }
        fieldIndex = index
    }

    /// The occurrence that counts for the part `id`.
    public func primary(_ id: String) -> PartMatch? {
        schema.partIndex(id).flatMap { occurrences[$0].first }
    }

    /// Every value of the field `name`, in page order.
    public func fields(named name: String) -> [Field] {
        fieldIndex[name] ?? []
    }

    /// The first value of the field `name`.
    public func field(_ name: String) -> Field? {
        fieldIndex[name]?.first
    }
}
