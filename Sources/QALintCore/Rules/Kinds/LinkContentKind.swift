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

    /// Every link of the corpus is compared with its page: runs of pages on every thread.
    var sharesOutItsWork: Bool { true }

    /// From how many pages what links read is fetched ahead: a corpus whose facts outgrow the
    /// cores' own caches. Below, fetching ahead only added work (+0.9% of the 12,000-page lint's
    /// instructions); at 175,000 pages it took a third off this rule's time.
    static let pagesFetchedAhead = 1 << 15

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
        checkCorpus(corpus, context: context, into: &findings, fetchingAhead: corpus.count >= Self.pagesFetchedAhead)
    }

    /// ``checkCorpus(_:context:into:)``, with what links read fetched ahead or not (the same
    /// findings either way).
    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding], fetchingAhead ahead: Bool) {
        guard let links else { return }
        let table = corpus.table
        let layout = table.layout
        let excerptSlots = links.excerpts.compactMap { pair -> (field: String, part: String, excerpt: Int, text: Int)? in
            guard let excerpt = layout.excerptFields.firstIndex(of: pair.field), let text = layout.textParts.firstIndex(of: pair.part) else { return nil }
            return (pair.field, pair.part, excerpt, text)
        }
        let lineSlots = links.lines.compactMap { pair -> (line: String, part: String, link: Int, page: Int)? in
            guard let link = layout.linkLines.firstIndex(of: pair.line), let page = layout.lineParts.firstIndex(of: pair.part) else { return nil }
            return (pair.line, pair.part, link, page)
        }
        // Runs of consecutive pages side by side, their findings joined in page order.
        let pages = corpus.reportedPages
        let found = ParallelMap.map(runsOf: pages.count, runs: min(context.jobs * 4, pages.count), jobs: context.jobs) { run in
            var findings: [CorpusFinding] = []
            for position in run {
                // What a page's links read lies anywhere in a site's facts, each read waiting for
                // the one before (the title's page, that page's row, the row's digests): each is
                // asked for ahead, one page further ahead for each step back in that chain.
                if ahead {
                    if position + 3 < run.upperBound { prefetch(step: 0, pages[position + 3], corpus) }
                    if position + 2 < run.upperBound { prefetch(step: 1, pages[position + 2], corpus) }
                    if position + 1 < run.upperBound { prefetch(step: 2, pages[position + 1], corpus) }
                }
                check(pages[position], corpus, excerptSlots: excerptSlots, lineSlots: lineSlots, into: &findings)
            }
            return findings
        }
        for part in found { findings.append(contentsOf: part) }
    }

    /// Asks for what page `page`'s links read at step `step` to be fetched into the cache: 0, the
    /// titles' pages; 1, those pages' rows; 2, the rows' digests and lines.
    private func prefetch(step: Int, _ page: Int, _ corpus: CorpusIndex) {
        let table = corpus.table
        for link in table.links(of: corpus.row(page)) {
            let title = table.linkTitle(link).text
            if step == 0 {
                corpus.prefetchPage(titled: title)
            } else if let target = corpus.onlyPage(titled: title) {
                if step == 1 { corpus.prefetchRow(target) } else { table.prefetchLinked(corpus.row(target)) }
            }
        }
    }

    /// Checks page `page`'s links against the pages they name.
    private func check(_ page: Int, _ corpus: CorpusIndex, excerptSlots: [(field: String, part: String, excerpt: Int, text: Int)],
                       lineSlots: [(line: String, part: String, link: Int, page: Int)], into findings: inout [CorpusFinding]) {
        let table = corpus.table
        for link in table.links(of: corpus.row(page)) {
            let title = table.linkTitle(link)
            guard let targetPage = corpus.onlyPage(titled: title.text), targetPage != page else { continue }
            let target = corpus.row(targetPage)
            // Made for a finding only: the linked page's path is built on demand.
            var related: [RelatedLocation] {
                table.title(target).map { [RelatedLocation(file: corpus.paths[targetPage], range: $0.span.range, message: "linked page")] } ?? []
            }
            for slot in excerptSlots {
                guard let excerpt = table.excerpt(link, slot.excerpt), let text = table.text(target, slot.text),
                      !quotes(excerpt, text, table: table, row: target, slot: slot.text) else { continue }
                findings.append(CorpusFinding(page: page, range: excerpt.span.range, message: "excerpt",
                                              values: ["field": slot.field, "part": slot.part, "title": table.string(title.text)], related: related))
            }
            for slot in lineSlots {
                guard let found = table.linkLine(link, slot.link), let expected = table.line(target, slot.page),
                      !table.same(found.fields, expected) else { continue }
                findings.append(CorpusFinding(page: page, range: found.span.range, message: "line", values: [
                    "line": slot.line, "found": describe(found.fields, slot.part, table), "expected": describe(expected, slot.part, table),
                    "title": table.string(title.text),
                ], related: related))
            }
        }
    }

    /// Whether the excerpt is the whole text, or the text cut at `maxLength` (a few characters
    /// less after folding white space) with the ellipsis.
    private func quotes(_ excerpt: ExcerptRow, _ text: TextRow, table: FactsTable, row: Int, slot: Int) -> Bool {
        if excerpt.wholeHash == text.hash && excerpt.wholeCount == text.count { return true }
        guard excerpt.cut, text.count > excerpt.bodyCount,
              let prefix = table.prefixHash(row, slot, length: Int(excerpt.bodyCount), windowEnd: maxLength) else { return false }
        return prefix == excerpt.bodyHash
    }

    /// The line written out with its part's template: `Dr. Li Yuqi reply Surgery`.
    private func describe(_ set: FieldSet, _ part: String, _ table: FactsTable) -> String {
        let fields = table.fields(set).map { (name: table.string($0.name), value: table.string($0.value)) }
        guard let template = templates[part] else { return fields.map(\.value).joined(separator: " / ") }
        return template.tokens.map { token -> String in
            switch token {
            case .literal(let bytes): String(decoding: bytes, as: UTF8.self)
            case .field(let name): fields.first { $0.name == name }?.value ?? ""
            }
        }.joined()
    }
}
