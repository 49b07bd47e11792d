/// One part of a document type, as a schema declares it.
public struct SchemaPart: Sendable {
    /// How the part is found in a page.
    public enum Shape: Sendable {
        /// One line, found by a recogniser, with fields from a template.
        case line(Recogniser, LineTemplate)
        /// Free lines between the neighbouring parts.
        case block
        /// A heading line, then a body of free text or of entries.
        case section(heading: String, entries: EntrySpec?)
    }

    /// Id, used in rule options (`asker`, `similar_qa`).
    public let id: String
    /// Name in messages (`asker line`, `Similar Q&A`).
    public let label: String
    /// How it is found.
    public let shape: Shape
    /// Whether a page must have it.
    public let required: Bool
    /// Whether it may appear more than once.
    public let repeatable: Bool

    /// Whether the part is a heading with a body.
    public var isSection: Bool {
        if case .section = shape { true } else { false }
    }

    /// The entry layout of a section, if it has one.
    public var entries: EntrySpec? {
        if case .section(_, let entries) = shape { entries } else { nil }
    }
}

/// The layout of a section's entries: a fixed list of lines, each with a template.
public struct EntrySpec: Sendable {
    /// One line of an entry.
    public struct Line: Sendable {
        /// Name used in rule options (`similar_qa.doctor`).
        public let name: String
        /// The line's shape.
        public let template: LineTemplate
    }

    /// Name in messages (`Similar Q&A entry`).
    public let label: String
    /// The lines of one entry, in order.
    public let lines: [Line]
    /// Recognises an entry's last line; without it, entries are cut every `lines.count` lines.
    public let end: Recogniser?
}
