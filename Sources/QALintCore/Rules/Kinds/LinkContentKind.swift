/// `link-content`: a link's excerpts quote the start of the linked page's parts (white space
/// folded, cut at `max_length` with the ellipsis or whole), and its repeated lines (the
/// doctor line) equal the linked page's.
struct LinkContentKind: CorpusRuleKind {
    static let name = "link-content"
    static let summary = "Reports links whose excerpts or repeated lines differ from the linked page."
    static let messages = [
        (key: "excerpt", template: "The {field} excerpt is not the start of the linked page's {part} ('{title}')"),
        (key: "line", template: "The {line} line '{found}' differs from the linked page's '{expected}'"),
    ]
    static let placeholders = ["field", "part", "title", "line", "found", "expected"]

    let maxLength: Int
    let ellipsis: String
    let links: CorpusSpec.Links?
    /// The template of each repeated line part, to show lines as written.
    let templates: [String: LineTemplate]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        let length = options.int("max_length", range: 1...100_000)
        maxLength = length ?? 280
        ellipsis = options.string("ellipsis") ?? "..."
        links = environment.schema.corpus?.links
        var forms: [String: LineTemplate] = [:]
        for (_, part) in links?.lines ?? [] {
            if let index = environment.schema.partIndex(part), case .line(_, let template) = environment.schema.parts[index].shape {
                forms[part] = template
            }
        }
        templates = forms
        if links == nil { options.fail("", "the schema declares no links ('corpus: links:')") }
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        guard let links else { return }
        for page in corpus.reportedPages {
            for link in corpus.pages[page].links {
                guard let targets = corpus.byTitle[link.title.value], targets.count == 1, targets[0] != page else { continue }
                let target = corpus.pages[targets[0]]
                let related = target.title.map { [RelatedLocation(file: target.path, range: $0.range, message: "linked page")] } ?? []
                for (field, part) in links.excerpts {
                    guard let excerpt = link.excerpts[field], let text = target.texts[part], !quotes(excerpt, text) else { continue }
                    findings.append(CorpusFinding(page: page, range: excerpt.range, message: "excerpt",
                                                  values: ["field": field, "part": part, "title": link.title.value], related: related))
                }
                for (line, part) in links.lines {
                    guard let found = link.lines[line], let expected = target.lines[part], let range = link.lineRanges[line],
                          found != expected else { continue }
                    findings.append(CorpusFinding(page: page, range: range, message: "line", values: [
                        "line": line, "found": describe(found, part), "expected": describe(expected, part), "title": link.title.value,
                    ], related: related))
                }
            }
        }
    }

    /// Whether the excerpt is the whole text, or the text cut at `maxLength` (a few characters
    /// less after folding white space) with the ellipsis.
    private func quotes(_ excerpt: ExcerptFact, _ text: TextDigest) -> Bool {
        if excerpt.whole.hash == text.hash && excerpt.whole.count == text.count { return true }
        guard excerpt.cut, text.count > excerpt.body.count,
              let prefix = text.prefixHash(excerpt.body.count, windowEnd: maxLength) else { return false }
        return prefix == excerpt.body.hash
    }

    /// The line written out with its part's template: `Dr. Li Yuqi reply Surgery`.
    private func describe(_ fields: [String: String], _ part: String) -> String {
        guard let template = templates[part] else { return fields.keys.sorted().map { fields[$0] ?? "" }.joined(separator: " / ") }
        return template.tokens.map { token -> String in
            switch token {
            case .literal(let bytes): String(decoding: bytes, as: UTF8.self)
            case .field(let name): fields[name] ?? ""
            }
        }.joined()
    }
}
