/// The command line's entry: what to lint, the corpus, and the facts cache.
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
        var corpusFiles: [(path: String, key: String, position: Int)] = []
        var targetPlaces: [String: (key: String, position: Int)] = [:]
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
                for (position, path) in found.enumerated() {
                    let key = resolver.of(path)
                    if targets.contains(key) {
                        targetPlaces[key] = (key, position)
                    } else {
                        corpusFiles.append((path, key, position))
                    }
                }
                allProblems += corpusProblems
                // Targets inside the corpus are cached too (at their place in the walk), so that
                // the next run, with other targets, finds every page.
                var byPath: [String: (key: String, position: Int)] = [:]
                for path in files {
                    if let place = targetPlaces[resolver.of(path)] { byPath[path] = place }
                }
                targetPlaces = byPath
            }
        }
        var report = run(targets: inputs, corpus: corpusFiles.map(\.path), corpusKeys: corpusFiles.map(\.key),
                         corpusPositions: corpusFiles.map(\.position), targetPlaces: targetPlaces, problems: allProblems,
                         context: context, jobs: jobs, corpusKnown: corpus != nil || lintsDirectory, cachePath: corpus == nil ? nil : cache,
                         loaded: cached, warm: warm, walk: walkDigest == 0 ? nil : (walkDigest, corpus!, CanonicalPath.of(corpus!)))
        report.notes = walkNotes + report.notes
        return report
    }
}
