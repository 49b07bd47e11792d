/// `unique-title`: no two pages of the corpus share a title; reported on each, naming the others.
struct UniqueTitleKind: CorpusRuleKind {
    static let name = "unique-title"
    static let summary = "Reports pages whose title another page of the corpus also has."
    static let messages = [(key: "shared", template: "Title '{title}' is also the title of {others}")]
    static let placeholders = ["title", "others", "count"]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        if environment.schema.corpus == nil { options.fail("", "the schema declares no page title ('corpus: title:')") }
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        let table = corpus.table
        for page in corpus.reportedPages {
            // A title only this page has (most) needs no list of the pages that have it.
            guard let title = table.title(corpus.row(page)), corpus.onlyPage(titled: title.text) == nil else { continue }
            let sharing = corpus.pages(titled: title.text)
            guard sharing.count > 1 else { continue }
            let others = sharing.filter { $0 != page }
            let names = others.prefix(3).map { corpus.paths[$0] }.joined(separator: ", ") + (others.count > 3 ? " and \(others.count - 3) more" : "")
            let related = others.prefix(20).compactMap { other in
                table.title(corpus.row(other)).map { RelatedLocation(file: corpus.paths[other], range: $0.span.range, message: "same title here") }
            }
            findings.append(CorpusFinding(page: page, range: title.span.range, message: "shared",
                                          values: ["title": table.string(title.text), "others": names, "count": String(others.count)],
                                          related: related))
        }
    }
}
