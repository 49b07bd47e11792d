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
        if let corpus, factsCollector != nil {
            let (found, corpusProblems) = collector.collect([corpus])
            var resolver = CanonicalPath.Resolver()
            let targets = Set(files.map { resolver.of($0) })
            corpusFiles = found.map { ($0, resolver.of($0)) }.filter { !targets.contains($0.key) }
            allProblems += corpusProblems
        }
        var report = run(targets: inputs, corpus: corpusFiles.map(\.path), corpusKeys: corpusFiles.map(\.key), problems: allProblems,
                         context: context, jobs: jobs, corpusKnown: corpus != nil || lintsDirectory, cachePath: corpus == nil ? nil : cache)
        report.notes = walkNotes + report.notes
        return report
    }

    /// Pass 1 over targets (diagnostics and facts) and corpus pages (facts), then pass 2.
    func run(
        targets: [LintInput], corpus: [String], corpusKeys: [String]? = nil, problems: [InputProblem], context: CheckContext, jobs: Int,
        corpusKnown: Bool = true, cachePath: String? = nil
    ) -> LintReport {
        let wantFacts = factsCollector != nil && corpusKnown
        let read = Atomic<Int>(0)
        let total = targets.count + (wantFacts ? corpus.count : 0)
        let tick: @Sendable () -> Void = { [progress] in
            if let progress { progress(read.add(1, ordering: .relaxed).newValue, total) }
        }
        let results = ParallelMap.map(count: targets.count, jobs: jobs) { index -> Result<PageResult, InputProblem> in
            defer { tick() }
            return load(targets[index]).map { check($0, path: targets[index].name, context: context, facts: wantFacts) }
        }
        var cache: FactsCache?
        var notes: [String] = []
        if let cachePath, wantFacts {
            let (loaded, status) = FactsCache.load(cachePath, configurationDigest: factsDigest)
            cache = loaded
            if case .discarded(let reason) = status { notes.append("facts cache \(cachePath) was rebuilt: \(reason)") }
        }
        let corpusFacts = wantFacts ? corpusPageFacts(corpus, keys: corpusKeys, cache: cache, jobs: jobs, tick: tick) : []
        var diagnostics: [Diagnostic] = []
        var linted: [String] = []
        var facts: [PageFacts] = []
        var summaries: [PageSummary] = []
        var allProblems = problems
        for (index, result) in results.enumerated() {
            switch result {
            case .success(let page):
                diagnostics += page.diagnostics
                linted.append(targets[index].name)
                if let pageFacts = page.facts { facts.append(pageFacts) }
                if let summary = page.summary { summaries.append(summary) }
            case .failure(let problem): allProblems.append(problem)
            }
        }
        var cachedPages = 0
        var entries: [FactsCache.Entry] = []
        for result in corpusFacts {
            switch result {
            case .success(let page):
                facts.append(page.entry.facts)
                entries.append(page.entry)
                if page.fromCache { cachedPages += 1 }
            case .failure(let problem): allProblems.append(problem)
            }
        }
        // An unchanged corpus leaves the cache as it is: rewriting a site-sized cache on every
        // run cost more than reading it.
        if let cachePath, let cache, !cache.holdsExactly(entries) {
            do {
                try AtomicWriter.write(FactsCache.encode(entries, configurationDigest: factsDigest), to: cachePath)
            } catch {
                notes.append("facts cache \(cachePath) could not be written: \(error.message)")
            }
        }
        if wantFacts {
            diagnostics += corpusDiagnostics(CorpusIndex(pages: facts, reported: Set(linted)), targets: targets, context: context, jobs: jobs)
        }
        var report = LintReport(diagnostics: diagnostics, files: linted)
        report.problems = allProblems.sorted()
        report.corpusSize = wantFacts ? facts.count : 0
        report.cachedPages = cachedPages
        report.notes = notes
        report.pages = summaries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return report
    }

    /// Facts of corpus pages that are not reported on: from the cache when the file is
    /// unchanged (or its contents are known), else parsed.
    private func corpusPageFacts(
        _ paths: [String], keys: [String]?, cache: FactsCache?, jobs: Int, tick: @Sendable () -> Void
    ) -> [Result<(entry: FactsCache.Entry, fromCache: Bool), InputProblem>] {
        ParallelMap.map(count: paths.count, jobs: jobs) { index in
            defer { tick() }
            let path = paths[index]
            let key = keys?[index] ?? CanonicalPath.of(path)
            let stamp = FileStamp(path)
            if let stamp, var hit = cache?.facts(key: key, stamp: stamp) {
                hit.facts.path = path
                return .success((hit, true))
            }
            return FileReader.read(path).map { bytes in
                let digest = FNV.hash(bytes)
                let stampNow = stamp ?? FileStamp(size: bytes.count, modified: 0, inode: 0)
                if var known = cache?.facts(digest: digest) {
                    known.facts.path = path
                    return (FactsCache.Entry(key: key, stamp: stampNow, digest: digest, facts: known.facts), true)
                }
                let facts = self.facts(of: SourceText(bytes: bytes), path: path)
                    ?? PageFacts(path: path, title: nil, texts: [:], lines: [:], people: [], links: [])
                return (FactsCache.Entry(key: key, stamp: stampNow, digest: digest, facts: facts), false)
            }
        }
    }

    /// A digest of everything that shapes facts: the schema and the facts collector's settings.
    var factsDigest: UInt64 {
        guard let collector = factsCollector else { return 0 }
        var text = "\(configuration.schema.digest) \(collector.excerptLength) \(collector.ellipsis)"
        for pair in collector.people { text += " \(pair.name)=\(pair.group)" }
        return FNV.hash(text)
    }

    /// The facts of a corpus page that is not reported on.
    func facts(of source: SourceText, path: String) -> PageFacts? {
        factsCollector?.facts(of: parser.parse(source, path: path))
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
                let path = index.pages[finding.page].path
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
