/// `link-target`: every link names a page of the corpus; the closest title is suggested.
struct LinkTargetKind: CorpusRuleKind {
    static let name = "link-target"
    static let summary = "Reports links to titles that no page of the corpus has."
    static let messages = [(key: "broken", template: "No page is titled '{title}'{suggestion}")]
    static let placeholders = ["title", "suggestion"]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        if environment.schema.corpus?.links == nil { options.fail("", "the schema declares no links ('corpus: links:')") }
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        let suggester = TitleSuggester(titles: corpus.titles)
        var suggestions: [String: String] = [:]
        for page in corpus.reportedPages {
            for link in corpus.pages[page].links where corpus.byTitle[link.title.value] == nil {
                let title = link.title.value
                let suggestion = suggestions[title] ?? {
                    let text = suggester.suggestion(for: title).map { "; did you mean '\($0)'?" } ?? ""
                    suggestions[title] = text
                    return text
                }()
                findings.append(CorpusFinding(page: page, range: link.title.range, message: "broken",
                                              values: ["title": link.title.value, "suggestion": suggestion]))
            }
        }
    }
}
