/// What the corpus pass needs to know of one page, read during its per-page pass.
///
/// Facts are small and `Codable`, so they can be cached and written by shards.
public struct PageFacts: Sendable, Codable, Hashable {
    /// The page's path as given.
    public var path: String
    /// The page's name (its title).
    public var title: Located?
    /// Digests of the parts that links quote, by part id.
    public var texts: [String: TextDigest]
    /// The line parts that links repeat, as `field → value` (`doctor`, `specialty`), by part id.
    public var lines: [String: [String: String]]
    /// Person fields with their group (doctor and specialty), from the page and its entries.
    public var people: [PersonFact]
    /// Links to other pages.
    public var links: [LinkFact]
}

/// A person named on a page and the group they appear in (a doctor and a specialty).
public struct PersonFact: Sendable, Codable, Hashable {
    /// The name as written.
    public var name: Located
    /// The group as written.
    public var group: Located
}

/// One link from a page to another (a Similar Q&A entry).
public struct LinkFact: Sendable, Codable, Hashable {
    /// The linked page's name as the entry gives it.
    public var title: Located
    /// The entry's excerpts, by entry field: the digest and whether the excerpt was cut.
    public var excerpts: [String: ExcerptFact]
    /// The entry's repeated lines, by entry line name, as `field → value`.
    public var lines: [String: [String: String]]
    /// Where the entry's repeated lines stand, by entry line name.
    public var lineRanges: [String: SourceRange]
}

/// An excerpt of a linked page: digests of its body and of its whole text.
public struct ExcerptFact: Sendable, Codable, Hashable {
    /// Whether it ends with the ellipsis.
    public var cut: Bool
    /// Digest of the text without the ellipsis.
    public var body: TextDigest
    /// Digest of the text as written.
    public var whole: TextDigest
    /// Where it stands.
    public var range: SourceRange
}
