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
        let table = corpus.table
        // Sorting every title costs more than checking a page: done only once a link is broken.
        var suggester: TitleSuggester?
        var suggestions: [Int32: String] = [:]
        for page in corpus.reportedPages {
            for link in table.links(of: corpus.row(page)) {
                let title = table.linkTitle(link)
                guard !corpus.hasPage(titled: title.text) else { continue }
                let text = table.string(title.text)
                let suggestion = suggestions[title.text] ?? {
                    if suggester == nil { suggester = TitleSuggester(titles: corpus.sortedTitles()) }
                    let found = suggester!.suggestion(for: text).map { "; did you mean '\($0)'?" } ?? ""
                    suggestions[title.text] = found
                    return found
                }()
                findings.append(CorpusFinding(page: page, range: title.span.range, message: "broken",
                                              values: ["title": text, "suggestion": suggestion]))
            }
        }
    }
}
