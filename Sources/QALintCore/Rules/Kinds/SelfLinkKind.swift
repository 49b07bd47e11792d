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
        for page in corpus.reportedPages {
            guard let title = corpus.pages[page].title?.value else { continue }
            for link in corpus.pages[page].links where link.title.value == title {
                findings.append(CorpusFinding(page: page, range: link.title.range, message: "self", values: ["title": title]))
            }
        }
    }
}
