import Foundation
import Testing
@testable import QALintCore

@Suite("Warm facts cache")
struct WarmCacheTests {
    /// A corpus in two directories (the Samples' corpus pages and clean pages), a target, a cache path.
    private struct Site {
        let root: String
        let cache: String
        let target: String
        let linter = Linter(configuration: TestSupport.configuration)
        let context = CheckContext(today: TestSupport.today, reference: TestSupport.configuration.reference)

        init() throws {
            let directory = FileManagerShim.temporaryDirectory()
            root = directory + "/content"
            cache = directory + "/facts.bin"
            for (from, to) in [("corpus", "a"), ("clean", "b")] {
                try FileManager.default.createDirectory(atPath: root + "/" + to, withIntermediateDirectories: true)
                for name in try FileManager.default.contentsOfDirectory(atPath: FactsCacheTests.samples + "/" + from) where name.hasSuffix(".txt") {
                    try AtomicWriter.write(FileReader.read(FactsCacheTests.samples + "/" + from + "/" + name).get(), to: root + "/" + to + "/" + name)
                }
            }
            target = root + "/a/link-mismatch.txt"
        }

        /// The run's findings as text, and how many corpus pages came from the cache.
        func lint(cached: Bool = true, target: String? = nil) -> (findings: String, cachedPages: Int, notes: [String]) {
            let report = linter.lint(paths: [target ?? self.target], stdin: nil, corpus: root, cache: cached ? cache : nil, context: context, jobs: 2)
            return (report.diagnostics.map { "\($0)" }.joined(separator: "\n"), report.cachedPages, report.notes)
        }

        /// Whether the warm check accepts the corpus as the cache holds it; the check in the
        /// listing's order and the check by name lookups must agree.
        func isWarm(target: String? = nil) -> Bool {
            let (loaded, _) = FactsCache.load(cache, configurationDigest: linter.factsDigest, layout: linter.factsCollector!.layout)
            let realRoot = CanonicalPath.of(root)
            guard loaded.walkDigest == WarmCorpus.walkDigest(realRoot: realRoot, configuration: TestSupport.configuration) else { return false }
            func check(_ snapshot: ListingSnapshot) -> [Int32]? {
                WarmCorpus.check(DirectoryListing(root: root, realRoot: realRoot), entries: loaded.entries, snapshot: snapshot,
                                 targets: [CanonicalPath.of(target ?? self.target)], configuration: TestSupport.configuration, jobs: 2)?.rows
            }
            let inOrder = check(loaded.snapshot), looked = check(ListingSnapshot())
            #expect(inOrder == looked)
            return inOrder != nil
        }

        /// Whether the cache's snapshot matches the directory as listed now.
        func snapshotMatches() -> Bool {
            let (loaded, _) = FactsCache.load(cache, configurationDigest: linter.factsDigest, layout: linter.factsCollector!.layout)
            return loaded.snapshot.matches(DirectoryListing(root: root, realRoot: CanonicalPath.of(root)))
        }
    }

    @Test("a warm run takes the fast path and reports exactly what a run without a cache reports")
    func warmEqualsCold() throws {
        let site = try Site()
        let cold = site.lint(cached: false)
        #expect(!cold.findings.isEmpty)
        #expect(site.lint().findings == cold.findings)
        #expect(site.isWarm() && site.snapshotMatches())
        let warm = site.lint()
        #expect(warm.findings == cold.findings && warm.cachedPages > 10 && warm.notes.isEmpty)
        // Another target: the cache holds the first target's page too, so the run is still warm
        // and leaves the cache alone, with the cold run's findings.
        let other = site.root + "/a/duplicate-title-1.txt"
        #expect(site.isWarm(target: other))
        let stamp = FileStamp(site.cache)
        #expect(site.lint(target: other).findings == site.lint(cached: false, target: other).findings)
        #expect(FileStamp(site.cache) == stamp)
        // The target edited (as before a commit): still warm, its new text linted.
        try AtomicWriter.write(Array("Changed title\n".utf8) + FileReader.read(other).get(), to: other)
        #expect(site.isWarm(target: other))
        #expect(site.lint(target: other).findings == site.lint(cached: false, target: other).findings)
    }

    @Test("a page changed in place (same size), added or removed is noticed and its facts re-read")
    func changesAreSeen() throws {
        let site = try Site()
        _ = site.lint()
        // Same size, new contents: the doctor's specialty of the linked page changes.
        let linked = site.root + "/b/eczema.txt"
        let original = try FileReader.read(linked).get()
        let text = String(decoding: original, as: UTF8.self)
        let changed = text.replacingOccurrences(of: "Dermatology", with: "Dermatologx")
        #expect(changed != text)
        try AtomicWriter.write(Array(changed.utf8), to: linked)
        #expect(!site.isWarm())
        #expect(site.lint().findings == site.lint(cached: false).findings)
        #expect(site.isWarm())
        // Added: a page with the target's title makes it a duplicate.
        try AtomicWriter.write(FileReader.read(site.target).get(), to: site.root + "/b/copy.txt")
        #expect(!site.isWarm())
        let added = site.lint()
        #expect(added.findings.contains("duplicate-title") && added.findings == site.lint(cached: false).findings)
        // Removed: the copy goes, and so does the finding.
        try FileManager.default.removeItem(atPath: site.root + "/b/copy.txt")
        #expect(!site.isWarm())
        let removed = site.lint()
        #expect(!removed.findings.contains("duplicate-title") && removed.findings == site.lint(cached: false).findings)
        #expect(site.isWarm())
    }

    @Test("a bit flipped anywhere in the cache, or a cut, discards it with a note and changes nothing else")
    func damagedCacheDiscarded() throws {
        let site = try Site()
        let cold = site.lint(cached: false).findings
        _ = site.lint()
        let bytes = try FileReader.read(site.cache).get()
        for position in [5, 11, 40, 200, bytes.count / 3, bytes.count / 2, bytes.count - 1] {
            var flipped = bytes
            flipped[position] ^= 0x10
            try AtomicWriter.write(flipped, to: site.cache)
            let run = site.lint()
            #expect(run.findings == cold, "byte \(position)")
            #expect(run.notes.count == 1 && run.notes[0].hasPrefix("facts cache \(site.cache) was rebuilt"), "byte \(position)")
        }
        try AtomicWriter.write(Array(bytes.prefix(bytes.count - 9)), to: site.cache)
        #expect(site.lint().notes == ["facts cache \(site.cache) was rebuilt: its checksum does not match (damaged or cut short)"])
        #expect(site.isWarm())
    }
}
