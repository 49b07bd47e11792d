/// A generated corpus: the pages and the defects injected into them.
public struct Corpus: Sendable {
    /// The pages, in file-name order.
    public let pages: [GeneratedPage]
    /// Every injected defect, sorted by file, line and rule.
    public let defects: [InjectedDefect]
}

/// One generated page file.
public struct GeneratedPage: Sendable {
    /// File name (`000123_0123456789abcdef.txt`).
    public let name: String
    /// The file's bytes (UTF-8, except for an `encoding` defect).
    public let bytes: [UInt8]
}
