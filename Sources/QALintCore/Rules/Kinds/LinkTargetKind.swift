/// `link-target`: every link names a page of the corpus; the closest title is suggested.
struct LinkTargetKind: CorpusRuleKind {
    static let name = "link-target"
    static let summary = "Reports links to titles that no page of the corpus has."
    static let messages = [(key: "broken", template: "No page is titled '{title}'{suggestion}")]
    static let placeholders = ["title", "suggestion"]

    /// Suggestions for broken links are looked for on every thread the run has.
    var sharesOutItsWork: Bool { true }

    init(options: inout OptionsReader, environment: KindEnvironment) {
        if environment.schema.corpus?.links == nil { options.fail("", "the schema declares no links ('corpus: links:')") }
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        let table = corpus.table
        // The broken links in order, and the distinct titles they name in the order first seen.
        var broken: [(page: Int, title: FactMark, suggestion: Int)] = []
        var distinct: [Int32] = []
        var numbers: [Int32: Int] = [:]
        for page in corpus.reportedPages {
            for link in table.links(of: corpus.row(page)) {
                let title = table.linkTitle(link)
                guard !corpus.hasPage(titled: title.text) else { continue }
                let number = numbers[title.text] ?? {
                    distinct.append(title.text)
                    numbers[title.text] = distinct.count - 1
                    return distinct.count - 1
                }()
                broken.append((page, title, number))
            }
        }
        guard !broken.isEmpty else { return }
        // Indexing every title costs more than checking a page: done only once a link is broken.
        // The index, and the suggestions (a scan of the titles of a similar length, block by
        // block for every broken title at once: the corpus pass's longest work), are shared out
        // to every thread the run has.
        let suggester = TitleSuggester(titles: corpus.titles(), jobs: context.jobs)
        let texts = distinct.map { table.string($0) }
        let suggestions = suggester.suggestions(for: texts, jobs: context.jobs).map { $0.map { "; did you mean '\($0)'?" } ?? "" }
        for link in broken {
            findings.append(CorpusFinding(page: link.page, range: link.title.span.range, message: "broken",
                                          values: ["title": texts[link.suggestion], "suggestion": suggestions[link.suggestion]]))
        }
    }
}
