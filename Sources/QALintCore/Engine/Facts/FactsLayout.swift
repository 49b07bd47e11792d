/// Which facts every page has a slot for, as the schema's `corpus: links:` declares them: the
/// parts that links quote, the line parts they repeat, and per link its excerpt fields and
/// repeated lines. Facts are stored by slot number, never by name.
public struct FactsLayout: Sendable, Hashable {
    /// Parts whose text links quote (`question`, `reply`), one digest slot each.
    public let textParts: [String]
    /// Line parts that links repeat (`doctor`), one field set slot each.
    public let lineParts: [String]
    /// A link's excerpt fields (`question`, `reply`), one excerpt slot each.
    public let excerptFields: [String]
    /// A link's repeated lines (`doctor`), one field set slot each.
    public let linkLines: [String]

    /// The layout for `spec` (empty when pages do not link).
    public init(_ spec: CorpusSpec?) {
        let links = spec?.links
        textParts = Self.unique(links?.excerpts.map(\.part) ?? [])
        lineParts = Self.unique(links?.lines.map(\.part) ?? [])
        excerptFields = Self.unique(links?.excerpts.map(\.field) ?? [])
        linkLines = Self.unique(links?.lines.map(\.line) ?? [])
    }

    init(textParts: [String], lineParts: [String], excerptFields: [String], linkLines: [String]) {
        self.textParts = textParts
        self.lineParts = lineParts
        self.excerptFields = excerptFields
        self.linkLines = linkLines
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}

/// Where a value stands on its page: 1-based line, start and end column in Unicode scalars.
public struct FactSpan: Sendable, Hashable, BitwiseCopyable {
    /// 1-based line.
    public var line: Int32
    /// 1-based start column.
    public var column: Int32
    /// End column (exclusive, after the start).
    public var endColumn: Int32

    /// Creates a span; the end is at least one column past the start.
    public init(line: Int, column: Int, endColumn: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.endColumn = Int32(clamping: max(endColumn, column + 1))
    }

    /// The span as a range.
    public var range: SourceRange {
        SourceRange(line: Int(line), column: Int(column), endLine: Int(line), endColumn: Int(endColumn))
    }
}

/// A text of a page (an id in the facts' string table) and where it stands.
public struct FactMark: Sendable, Hashable, BitwiseCopyable {
    /// The text's id, or -1 for none.
    public var text: Int32
    /// Where it stands.
    public var span: FactSpan

    static let none = FactMark(text: -1, span: FactSpan(line: 0, column: 0, endColumn: 1))
}

/// Some fields of a line, as `name → value` pairs sorted by name, stored in the facts' pair
/// list from `start`; `count` is -1 when the line is absent.
public struct FieldSet: Sendable, Hashable, BitwiseCopyable {
    /// Index of the first name in the pair list.
    public var start: Int32
    /// Pairs, or -1 for an absent line.
    public var count: Int32

    static let absent = FieldSet(start: 0, count: -1)
}

/// The digest of a part's text (``TextDigest`` without its window, which is stored beside it);
/// `count` is -1 when the page lacks the part.
public struct TextRow: Sendable, Hashable, BitwiseCopyable {
    /// Hash of the whole folded text.
    public var hash: UInt64
    /// Scalars in the folded text, or -1.
    public var count: Int32
    /// Prefix hashes in the window.
    public var windowCount: Int32

    static let absent = TextRow(hash: 0, count: -1, windowCount: 0)
}

/// A link's excerpt: digests of its body (without the ellipsis) and its whole text. (Fields are
/// laid out without padding, so rows are written to the cache as they lie in memory.)
public struct ExcerptRow: Sendable, Hashable, BitwiseCopyable {
    /// Digest of the text without the ellipsis.
    public var bodyHash: UInt64
    /// Digest of the text as written.
    public var wholeHash: UInt64
    /// Scalars of the body.
    public var bodyCount: Int32
    /// Scalars of the whole text.
    public var wholeCount: Int32
    /// Where it stands.
    public var span: FactSpan
    /// Bit 0: the link has this excerpt; bit 1: it ends with the ellipsis.
    var flags: Int32

    /// Whether the link has this excerpt.
    public var present: Bool { flags & 1 != 0 }
    /// Whether it ends with the ellipsis.
    public var cut: Bool { flags & 2 != 0 }

    /// An excerpt that is present.
    init(bodyHash: UInt64, wholeHash: UInt64, bodyCount: Int32, wholeCount: Int32, span: FactSpan, cut: Bool) {
        self.bodyHash = bodyHash
        self.wholeHash = wholeHash
        self.bodyCount = bodyCount
        self.wholeCount = wholeCount
        self.span = span
        flags = cut ? 3 : 1
    }

    private init() {
        bodyHash = 0
        wholeHash = 0
        bodyCount = 0
        wholeCount = 0
        span = FactSpan(line: 0, column: 0, endColumn: 1)
        flags = 0
    }

    static let absent = ExcerptRow()
}
