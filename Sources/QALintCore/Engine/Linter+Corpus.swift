/// The corpus side of a run: the facts cache, the warm check, and each corpus page's facts.
extension Linter {
    /// The facts cache at `path`; when it was written for this corpus walk, the corpus directory
    /// is listed while the cache's sections are checked.
    func loadCache(
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
    enum CacheOrListing: Sendable {
        /// The cache, loaded and checked.
        case cache(FactsCache, FactsCache.Status)
        /// The corpus directory, listed.
        case listing(DirectoryListing)
    }

    /// The pages of a run's corpus: their rows in the facts table, paths, and whether reported.
    struct CorpusPages {
        /// Per page: its row in the facts table.
        var rows: [Int32] = []
        /// The paths of the pages added one by one (the warm cache's pages follow them).
        var paths: [String] = []
        /// Per page: whether it is reported.
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

        /// Adds a page: its row, its path, whether it is reported.
        mutating func add(row: Int, path: String, reported flag: Bool) {
            rows.append(Int32(row))
            paths.append(path)
            reported.append(flag)
        }
    }

    /// A corpus page's facts: a row of the cache's table, or read from the page.
    enum CorpusFacts: Sendable {
        /// This row of the cache's table.
        case cached(Int)
        /// Read from the page now, into a worker's table.
        case parsed(FactsWorkers.Row)
    }

    /// The facts of a corpus page that is not reported on: from the cache when the file is
    /// unchanged (or its contents are known), else parsed into worker `worker`'s table.
    func corpusPageFacts(
        _ path: String, key: String?, cache: FactsCache?, facts: (workers: FactsWorkers, worker: Int)
    ) -> Result<(entry: FactsCache.Entry, facts: CorpusFacts), InputProblem> {
        let key = key ?? CanonicalPath.of(path)
        let stamp = FileStamp(path)
        if let stamp, let cache, let row = cache.row(key: key, stamp: stamp) {
            return .success((FactsCache.Entry(key: key, stamp: stamp, digest: cache.entries.digest(row)), .cached(row)))
        }
        return FileReader.read(path).map { bytes in
            let digest = WordHash.hash(bytes)
            let entry = FactsCache.Entry(key: key, stamp: stamp ?? FileStamp(size: bytes.count, modified: 0, inode: 0), digest: digest)
            if let row = cache?.row(digest: digest) { return (entry, .cached(row)) }
            return (entry, .parsed(facts.workers.collect(parser.parse(SourceText(bytes: bytes), path: path), worker: facts.worker)))
        }
    }

    /// A digest of everything that shapes facts: the schema and the facts collector's settings.
    var factsDigest: UInt64 {
        guard let collector = factsCollector else { return 0 }
        var text = "\(configuration.schema.digest) \(collector.excerptLength) \(collector.ellipsis)"
        for pair in collector.people { text += " \(pair.name)=\(pair.group)" }
        return FNV.hash(text)
    }
}
