import Synchronization

extension Linter {
    /// Pass 1 over targets (diagnostics and facts) and corpus pages (facts), then pass 2.
    ///
    /// Pages are read in batches and their facts appended to one table as each batch ends, so
    /// memory holds the facts, never every page. With a cache, its table is that table: an
    /// unchanged page's facts are a row already there, not a copy.
    func run(
        targets: [LintInput], corpus: [String], corpusKeys: [String]? = nil, corpusPositions: [Int]? = nil,
        targetPlaces: [String: (key: String, position: Int)] = [:], problems: [InputProblem], context: CheckContext, jobs: Int,
        corpusKnown: Bool = true, cachePath: String? = nil, loaded preloaded: (cache: FactsCache, note: String?)? = nil,
        warm: (corpus: WarmCorpus, root: String, realRoot: String)? = nil, walk: (digest: UInt64, root: String, realRoot: String)? = nil
    ) -> LintReport {
        let walkDigest = walk?.digest ?? 0
        let wantFacts = factsCollector != nil && corpusKnown
        let read = Atomic<Int>(0)
        let total = targets.count + (wantFacts ? corpus.count : 0)
        let tick: @Sendable () -> Void = { [progress] in
            if let progress { progress(read.add(1, ordering: .relaxed).newValue, total) }
        }
        var notes: [String] = []
        var table = FactsTable(layout: factsCollector?.layout ?? FactsLayout(nil))
        let workers = wantFacts ? factsCollector.map { FactsWorkers($0, jobs: ParallelMap.workerNumbers(jobs: jobs)) } : nil
        var loaded: FactsCache?
        if let cachePath, wantFacts {
            var (cache, note) = preloaded ?? {
                let (cache, status) = FactsCache.load(cachePath, configurationDigest: factsDigest, layout: table.layout, jobs: jobs)
                guard case .discarded(let reason) = status else { return (cache, nil) }
                return (cache, "facts cache \(cachePath) was rebuilt: \(reason)")
            }()
            if let note { notes.append(note) }
            if warm == nil { cache.indexDigests() }
            table = cache.takeTable()
            loaded = cache
        }
        let cache = loaded
        var pages = CorpusPages()
        var diagnostics: [Diagnostic] = []
        var linted: [String] = []
        linted.reserveCapacity(targets.count)
        var summaries = PageSummaries()
        if collectsSummaries { summaries.reserve(pages: targets.count) }
        let summaryWorkers = collectsSummaries ? SummaryWorkers(plan: summaryPlan, jobs: ParallelMap.workerNumbers(jobs: jobs)) : nil
        var allProblems = problems
        let start = table.extent
        var entries: [FactsCache.Entry] = []
        var entryRows: [Int] = []
        var entryPositions: [Int] = []
        let placed = cache == nil ? [:] : targetPlaces
        ParallelMap.forEach(count: targets.count, jobs: jobs, perWorker: { index, worker -> Result<(PageResult, FactsCache.Entry?), InputProblem> in
            defer { tick() }
            // The target is taken out of the list once: each copy retained its path, which every thread shares.
            let target = targets[index]
            // A target cached as a corpus page: stamped before it is read, like corpus pages.
            let place: (key: String, position: Int)? = if !placed.isEmpty, case .file(let path) = target { placed[path] } else { nil }
            let stamp = place.flatMap { _ in FileStamp(target.name) }
            return load(target).map { source in
                let page = check(source, path: target.name, context: context, facts: workers, summaries: summaryWorkers, worker: worker)
                guard let place, let stamp, page.facts != nil else { return (page, nil) }
                return (page, FactsCache.Entry(key: place.key, stamp: stamp, digest: WordHash.hash(source.bytes)))
            }
        }, consume: { index, result in
            switch result {
            case .success(let (page, entry)):
                diagnostics += page.diagnostics
                linted.append(targets[index].name)
                if let facts = page.facts, let workers {
                    if let entry, let place = placed[targets[index].name] {
                        entries.append(entry)
                        entryRows.append(table.count)
                        entryPositions.append(place.position)
                    }
                    pages.add(row: table.count, path: targets[index].name, reported: true)
                    workers.copy(facts, into: &table)
                }
                if let summary = page.summary, let summaryWorkers {
                    if let workers {
                        summaryWorkers.copy(summary, into: &summaries, sharingTextsWith: workers, factsRun: &table)
                    } else {
                        summaryWorkers.copy(summary, into: &summaries)
                    }
                }
            case .failure(let problem): allProblems.append(problem)
            }
        }, afterBatch: { done, used in
            workers?.removeAllPages(used)
            summaryWorkers?.removeAllRows(used)
            // Room for the targets' facts, projected from those read so far.
            table.reserve(pages: table.count + targets.count - done, since: start, margin: ParallelMap.batch(forItems: targets.count) / 2)
        })
        var cachedPages = 0
        if wantFacts, let warm, let cache {
            pages.warm(warm.corpus.rows, entries: cache.entries, root: warm.root, realRoot: warm.realRoot)
            cachedPages = warm.corpus.rows.count
        } else if wantFacts, let workers {
            let corpusStart = table.extent
            ParallelMap.forEach(count: corpus.count, jobs: jobs, perWorker: { index, worker in
                defer { tick() }
                return corpusPageFacts(corpus[index], key: corpusKeys?[index], cache: cache, facts: (workers, worker))
            }, consume: { index, result in
                switch result {
                case .success(let page):
                    let row: Int
                    switch page.facts {
                    case .cached(let cachedRow):
                        row = cachedRow
                        cachedPages += 1
                    case .parsed(let facts):
                        row = table.count
                        workers.copy(facts, into: &table)
                    }
                    pages.add(row: row, path: corpus[index], reported: false)
                    entries.append(page.entry)
                    entryRows.append(row)
                    entryPositions.append(corpusPositions?[index] ?? index)
                case .failure(let problem): allProblems.append(problem)
                }
            }, afterBatch: { done, used in
                workers.removeAllPages(used)
                // Room for the corpus pages still to read, as for the targets.
                table.reserve(pages: table.count + corpus.count - done, since: corpusStart, margin: ParallelMap.batch(forItems: corpus.count) / 2)
            })
        }
        // An unchanged corpus leaves the cache as it is: rewriting a site-sized cache on every
        // run cost more than reading it.
        if let cachePath, let cache, warm == nil, cache.walkDigest != walkDigest || !cache.holdsExactly(entries) {
            do {
                // The directory as listed now, so that the next run can check it in order.
                let listing = walk.map { DirectoryListing(root: $0.root, realRoot: $0.realRoot) }
                let order = entryPositions.indices.sorted { entryPositions[$0] < entryPositions[$1] }
                try FactsCache.write(order.map { entries[$0] }, rows: order.map { entryRows[$0] }, of: table,
                                     configurationDigest: factsDigest, walkDigest: walkDigest, listing: listing, to: cachePath)
            } catch {
                notes.append("facts cache \(cachePath) could not be written: \(error.message)")
            }
        }
        if wantFacts {
            let index = CorpusIndex(table: table, rows: pages.rows, paths: pages.corpusPaths, reported: pages.reported)
            diagnostics += corpusDiagnostics(index, targets: targets, context: context, jobs: jobs)
        }
        var report = LintReport(diagnostics: diagnostics, files: linted)
        report.problems = allProblems.sorted()
        report.corpusSize = wantFacts ? pages.rows.count : 0
        report.cachedPages = cachedPages
        report.notes = notes
        // Summaries read beside facts refer to the facts' texts.
        if collectsSummaries, workers != nil { summaries.useStrings(table.strings) }
        summaries.sortByPath()
        report.pages = summaries
        return report
    }

    /// The facts of a corpus page that is not reported on, as a table of one page.
    func facts(of source: SourceText, path: String) -> FactsTable {
        guard let factsCollector else { return FactsTable(layout: FactsLayout(nil)) }
        return factsCollector.facts(of: parser.parse(source, path: path))
    }

    func load(_ input: LintInput) -> Result<SourceText, InputProblem> {
        switch input {
        case .file(let path): FileReader.read(path).map(SourceText.init(bytes:))
        case .bytes(let bytes, _): .success(SourceText(bytes: bytes))
        }
    }

    /// Runs the corpus rules and turns their findings into diagnostics with excerpts.
    private func corpusDiagnostics(_ index: CorpusIndex, targets: [LintInput], context: CheckContext, jobs: Int) -> [Diagnostic] {
        // Corpus rules are independent of one another.
        let rules = configuration.rules.filter { $0.kind.corpusKind != nil }
        @Sendable func findings(_ position: Int, _ context: CheckContext) -> [CorpusFinding] {
            var findings: [CorpusFinding] = []
            rules[position].kind.corpusKind?.checkCorpus(index, context: context, into: &findings)
            return findings
        }
        // A rule that shares its own work out (suggestions for broken links) runs on this
        // thread and shares it out to every thread: shared out from inside a worker, its work
        // would get no other thread. The rest run meanwhile on one more thread, one after the
        // other (one rule a worker with more jobs to spare), so that a long one (doctor
        // consistency counts every page) does not keep one thread busy while the others wait at
        // the end. Results stay in rule order.
        var perRule = [[CorpusFinding]](repeating: [], count: rules.count)
        var sharing = context
        sharing.jobs = jobs
        let alone = rules.indices.filter { rules[$0].kind.corpusKind?.sharesOutItsWork == true }
        let others = rules.indices.filter { !alone.contains($0) }
        let (found, _) = ParallelMap.both(jobs: jobs, {
            ParallelMap.map(count: others.count, jobs: max(1, jobs - 1)) { findings(others[$0], context) }
        }, {
            for position in alone { perRule[position] = findings(position, sharing) }
        })
        for (position, rule) in others.enumerated() { perRule[rule] = found[position] }
        var result: [Diagnostic] = []
        for (rule, findings) in zip(rules, perRule) {
            for finding in findings {
                let path = index.paths[finding.page]
                let severity = configuration.severity(of: rule, for: path)
                guard severity != .off else { continue }
                let message = rule.messages[finding.message]?.render(finding.values) ?? finding.message
                result.append(Diagnostic(file: path, range: finding.range, severity: severity, rule: rule.id, message: message,
                                         related: finding.related))
            }
        }
        return attachesCorpusExcerpts ? ExcerptLoader.attach(result, targets: targets, jobs: jobs) : result
    }
}
