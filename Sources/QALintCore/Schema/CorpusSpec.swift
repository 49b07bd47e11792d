/// How pages of a corpus refer to each other, as the schema declares it: the field that names
/// a page, and the section whose entries link to other pages by that name.
public struct CorpusSpec: Sendable {
    /// The entries that link to other pages.
    public struct Links: Sendable {
        /// The section with the entries (`similar_qa`).
        public let section: String
        /// The entry field holding the linked page's name (`title`).
        public let title: String
        /// Entry fields that quote a part of the linked page, by field: `question` → `question`.
        public let excerpts: [(field: String, part: String)]
        /// Entry lines that repeat a line part of the linked page: `doctor` → `doctor`.
        public let lines: [(line: String, part: String)]
    }

    /// The field that names a page (`title`).
    public let title: String
    /// The linking section, if pages link to each other.
    public let links: Links?
    /// Fields an audit groups pages by, by role: `specialty`, `doctor`, `date`.
    public let audit: [String: String]
}

extension SchemaLoader {
    /// Reads the schema's `corpus:` key.
    static func corpusSpec(_ node: ConfigNode?, errors: inout [ConfigError]) -> CorpusSpec? {
        guard let node else { return nil }
        var reader = OptionsReader(node, what: "'corpus'")
        let title = reader.string("title") ?? ""
        if title.isEmpty { reader.fail("title", "'corpus' needs 'title', the field that names a page") }
        var links: CorpusSpec.Links?
        if let linkNode = reader.raw("links") {
            var linkReader = OptionsReader(linkNode, what: "'links'")
            let section = linkReader.string("section") ?? ""
            let linkTitle = linkReader.string("title") ?? ""
            if section.isEmpty || linkTitle.isEmpty { linkReader.fail("section", "'links' needs 'section' and 'title'") }
            let excerpts = (linkReader.raw("excerpts")?.mapping ?? []).map { (field: $0.key.scalar ?? "", part: $0.value.scalar ?? "") }
            let lines = (linkReader.raw("lines")?.mapping ?? []).map { (line: $0.key.scalar ?? "", part: $0.value.scalar ?? "") }
            errors += linkReader.finish()
            links = CorpusSpec.Links(section: section, title: linkTitle, excerpts: excerpts, lines: lines)
        }
        var audit: [String: String] = [:]
        for (key, value) in reader.raw("audit")?.mapping ?? [] {
            if let role = key.scalar, let field = value.scalar { audit[role] = field } else {
                errors.append(ConfigError(at: value, "'audit' maps a role (specialty, doctor, date) to a field"))
            }
        }
        errors += reader.finish()
        return CorpusSpec(title: title, links: links, audit: audit)
    }
}
