/// `self-link`: a page does not link to itself.
struct SelfLinkKind: CorpusRuleKind {
    static let name = "self-link"
    static let summary = "Reports a link from a page to its own title."
    static let messages = [(key: "self", template: "This page links to itself ('{title}')")]
    static let placeholders = ["title"]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        if environment.schema.corpus?.links == nil { options.fail("", "the schema declares no links ('corpus: links:')") }
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        let table = corpus.table
        for page in corpus.reportedPages {
            guard let title = table.title(corpus.row(page)) else { continue }
            for link in table.links(of: corpus.row(page)) where table.linkTitle(link).text == title.text {
                findings.append(CorpusFinding(page: page, range: table.linkTitle(link).span.range, message: "self",
                                              values: ["title": table.string(title.text)]))
            }
        }
    }
}
