import Synchronization

extension Linter {
    /// Lints what the command line names: files, directories (walked), and `-` for `stdin`.
    ///
    /// Corpus rules need a known corpus. With `corpus` (or `corpus:` in the configuration),
    /// every page under it contributes facts, but only the named pages are reported; when a
    /// directory is linted, the linted pages are the corpus; when only files are named, the
    /// corpus is unknown and corpus rules do not run. With `cache`, corpus pages' facts are
    /// read from and written to that file.
    public func lint(
        paths: [String], stdin: LintInput?, corpus: String? = nil, cache: String? = nil, context: CheckContext, jobs: Int,
        followSymlinks: Bool = false
    ) -> LintReport {
        let corpus = corpus ?? configuration.corpus
        let collector = FileCollector(configuration: configuration, followsExternalLinks: followSymlinks)
        let lintsDirectory = paths.contains { FileCollector.isDirectory($0) }
        let (files, problems, walkNotes) = collector.collectWithNotes(paths.filter { $0 != "-" })
        var inputs = files.map(LintInput.file)
        if let stdin, paths.contains("-") { inputs.insert(stdin, at: 0) }
        var corpusFiles: [(path: String, key: String)] = []
        var allProblems = problems
        var cached: (cache: FactsCache, note: String?)?
        var warm: (corpus: WarmCorpus, root: String, realRoot: String)?
        var walkDigest: UInt64 = 0
        if let corpus, factsCollector != nil {
            var resolver = CanonicalPath.Resolver()
            let targets = Set(files.map { resolver.of($0) })
            if let cache {
                let realRoot = FileCollector.isDirectory(corpus) ? CanonicalPath.of(corpus) : nil
                walkDigest = realRoot.map { WarmCorpus.walkDigest(realRoot: $0, configuration: configuration) } ?? 0
                let (loaded, status, listing) = loadCache(cache, corpus: corpus, realRoot: realRoot, walkDigest: walkDigest, jobs: jobs)
                if case .discarded(let reason) = status {
                    cached = (loaded, "facts cache \(cache) was rebuilt: \(reason)")
                } else {
                    cached = (loaded, nil)
                }
                // A cache whose pages are exactly the corpus's, unchanged: its rows are used as they are.
                if let listing, let realRoot, loaded.walkDigest == walkDigest, loaded.entries.count > 0,
                   let found = WarmCorpus.check(listing, entries: loaded.entries, snapshot: loaded.snapshot, targets: targets,
                                                configuration: configuration, jobs: jobs) {
                    warm = (found, corpus, realRoot)
                }
            }
            if warm == nil {
                let (found, corpusProblems) = collector.collect([corpus])
                corpusFiles = found.map { ($0, resolver.of($0)) }.filter { !targets.contains($0.key) }
                allProblems += corpusProblems
            }
        }
        var report = run(targets: inputs, corpus: corpusFiles.map(\.path), corpusKeys: corpusFiles.map(\.key), problems: allProblems,
                         context: context, jobs: jobs, corpusKnown: corpus != nil || lintsDirectory, cachePath: corpus == nil ? nil : cache,
                         loaded: cached, warm: warm, walk: walkDigest == 0 ? nil : (walkDigest, corpus!, CanonicalPath.of(corpus!)))
        report.notes = walkNotes + report.notes
        return report
    }

    /// The facts cache at `path`; when it was written for this corpus walk, the corpus directory
    /// is listed while the cache's sections are checked.
    private func loadCache(
        _ path: String, corpus: String, realRoot: String?, walkDigest: UInt64, jobs: Int
    ) -> (FactsCache, FactsCache.Status, DirectoryListing?) {
        let layout = factsCollector?.layout ?? FactsLayout(nil)
        switch FactsCache.open(path, configurationDigest: factsDigest) {
        case .failure(let reason):
            return (FactsCache(configurationDigest: factsDigest, layout: layout), reason.status, nil)
        case .success(let file):
            guard let realRoot, file.walkDigest == walkDigest else {
                let (cache, status) = FactsCache.load(file, layout: layout, jobs: jobs)
                return (cache, status, nil)
            }
            let both = ParallelMap.map(count: 2, jobs: jobs) { part -> CacheOrListing in
                guard part == 0 else { return .listing(DirectoryListing(root: corpus, realRoot: realRoot)) }
                let (cache, status) = FactsCache.load(file, layout: layout, jobs: 1)
                return .cache(cache, status)
            }
            guard case .cache(let cache, let status) = both[0], case .listing(let listing) = both[1] else { preconditionFailure("two parts") }
            return (cache, status, listing)
        }
    }

    /// One of the two things a warm run prepares side by side.
    private enum CacheOrListing: Sendable {
        case cache(FactsCache, FactsCache.Status)
        case listing(DirectoryListing)
    }

    /// Pass 1 over targets (diagnostics and facts) and corpus pages (facts), then pass 2.
    ///
    /// Pages are read in batches and their facts appended to one table as each batch ends, so
    /// memory holds the facts, never every page. With a cache, its table is that table: an
    /// unchanged page's facts are a row already there, not a copy.
    func run(
        targets: [LintInput], corpus: [String], corpusKeys: [String]? = nil, problems: [InputProblem], context: CheckContext, jobs: Int,
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
        var summaries: [PageSummary] = []
        var allProblems = problems
        ParallelMap.forEach(count: targets.count, jobs: jobs, { index -> Result<PageResult, InputProblem> in
            defer { tick() }
            return load(targets[index]).map { check($0, path: targets[index].name, context: context, facts: wantFacts) }
        }, consume: { index, result in
            switch result {
            case .success(let page):
                diagnostics += page.diagnostics
                linted.append(targets[index].name)
                if let facts = page.facts { pages.add(row: table.count, path: targets[index].name, reported: true); table.append(contentsOf: facts) }
                if let summary = page.summary { summaries.append(summary) }
            case .failure(let problem): allProblems.append(problem)
            }
        })
        var cachedPages = 0
        var entries: [FactsCache.Entry] = []
        var entryRows: [Int] = []
        if wantFacts, let warm, let cache {
            pages.warm(warm.corpus.rows, entries: cache.entries, root: warm.root, realRoot: warm.realRoot)
            cachedPages = warm.corpus.rows.count
        } else if wantFacts {
            ParallelMap.forEach(count: corpus.count, jobs: jobs, { index in
                defer { tick() }
                return corpusPageFacts(corpus[index], key: corpusKeys?[index], cache: cache)
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
                        table.append(contentsOf: facts)
                    }
                    pages.add(row: row, path: corpus[index], reported: false)
                    entries.append(page.entry)
                    entryRows.append(row)
                case .failure(let problem): allProblems.append(problem)
                }
            })
        }
        // An unchanged corpus leaves the cache as it is: rewriting a site-sized cache on every
        // run cost more than reading it.
        if let cachePath, let cache, warm == nil, cache.walkDigest != walkDigest || !cache.holdsExactly(entries) {
            do {
                // The directory as listed now, so that the next run can check it in order.
                let listing = walk.map { DirectoryListing(root: $0.root, realRoot: $0.realRoot) }
                try AtomicWriter.write(FactsCache.encode(entries, rows: entryRows, of: table, configurationDigest: factsDigest, walkDigest: walkDigest,
                                                         listing: listing), to: cachePath)
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
        report.pages = summaries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return report
    }

    /// The pages of a run's corpus: their rows in the facts table, paths, and whether reported.
    private struct CorpusPages {
        var rows: [Int32] = []
        var paths: [String] = []
        var reported: [Bool] = []
        /// Pages of a warm cache after ``paths``: their paths are made when asked for.
        var cached: (entries: CacheEntries, rows: [Int32], root: String, realRoot: String)?

        /// The paths of every page.
        var corpusPaths: CorpusPaths {
            guard let cached else { return CorpusPaths(paths) }
            return CorpusPaths(paths, entries: cached.entries, rows: cached.rows, root: cached.root, realRoot: cached.realRoot)
        }

        /// Adds the cache's rows `rows` of a warm corpus, not reported, after every other page.
        mutating func warm(_ warmRows: [Int32], entries: CacheEntries, root: String, realRoot: String) {
            rows += warmRows
            reported += repeatElement(false, count: warmRows.count)
            cached = (entries, warmRows, root, realRoot)
        }

        mutating func add(row: Int, path: String, reported flag: Bool) {
            rows.append(Int32(row))
            paths.append(path)
            reported.append(flag)
        }
    }

    /// A corpus page's facts: a row of the cache's table, or read from the page.
    private enum CorpusFacts: Sendable {
        case cached(Int)
        case parsed(FactsTable)
    }

    /// The facts of a corpus page that is not reported on: from the cache when the file is
    /// unchanged (or its contents are known), else parsed.
    private func corpusPageFacts(
        _ path: String, key: String?, cache: FactsCache?
    ) -> Result<(entry: FactsCache.Entry, facts: CorpusFacts), InputProblem> {
        let key = key ?? CanonicalPath.of(path)
        let stamp = FileStamp(path)
        if let stamp, let cache, let row = cache.row(key: key, stamp: stamp) {
            return .success((FactsCache.Entry(key: key, stamp: stamp, digest: cache.entries.digest(row)), .cached(row)))
        }
        return FileReader.read(path).map { bytes in
            let digest = FNV.hash(bytes)
            let entry = FactsCache.Entry(key: key, stamp: stamp ?? FileStamp(size: bytes.count, modified: 0, inode: 0), digest: digest)
            if let row = cache?.row(digest: digest) { return (entry, .cached(row)) }
            return (entry, .parsed(self.facts(of: SourceText(bytes: bytes), path: path)))
        }
    }

    /// A digest of everything that shapes facts: the schema and the facts collector's settings.
    var factsDigest: UInt64 {
        guard let collector = factsCollector else { return 0 }
        var text = "\(configuration.schema.digest) \(collector.excerptLength) \(collector.ellipsis)"
        for pair in collector.people { text += " \(pair.name)=\(pair.group)" }
        return FNV.hash(text)
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
        // Corpus rules are independent of one another: run them side by side, keeping rule order.
        let rules = configuration.rules.filter { $0.kind is any CorpusRuleKind }
        let perRule = ParallelMap.map(count: rules.count, jobs: jobs) { position -> [CorpusFinding] in
            var findings: [CorpusFinding] = []
            (rules[position].kind as! any CorpusRuleKind).checkCorpus(index, context: context, into: &findings)
            return findings
        }
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
        return ExcerptLoader.attach(result, targets: targets)
    }
}
