// qalint-corpus: the command, its parallel page writer and the ground-truth file, kept in one file.

import ArgumentParser
import CorpusGenerator
import Foundation

/// `qalint-corpus`: writes a generated corpus of pages and its ground truth of injected defects.
struct QALintCorpus: ParsableCommand {
    /// Command name, abstract and help.
    static let configuration = CommandConfiguration(
        commandName: "qalint-corpus",
        abstract: "Generate realistic Q&A pages with injected defects and their ground truth.",
        discussion: """
            Pages are written to --out as NNNNNN_<16 hex>.txt. The injected defects are written as \
            JSON to --truth (default: <out>/../<name of out>.truth.json), sorted by file, line and rule. \
            The same --count, --seed and --defect-rate always give byte-identical output.
            """)

    /// Number of pages.
    @Option(help: "Number of pages.")
    var count = 1000

    /// Seed of the generator.
    @Option(help: "Seed (an unsigned 64-bit integer).")
    var seed: UInt64 = 1

    /// Fraction of pages that get one defect.
    @Option(name: .customLong("defect-rate"), help: "Fraction of pages (0…1) that get one injected defect.")
    var defectRate = 0.1

    /// Directory for the pages.
    @Option(help: "Directory to write the pages to (created if needed; must be empty unless --overwrite).")
    var out: String

    /// Where the ground truth goes.
    @Option(help: "Ground-truth JSON file (default: <out>/../<name>.truth.json).")
    var truth: String?

    /// Allow writing into a non-empty directory.
    @Flag(help: "Write into --out even if it is not empty (files of the same names are replaced).")
    var overwrite = false

    /// Rejects a negative count and a rate outside 0…1.
    func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative") }
        guard (0...1).contains(defectRate) else { throw ValidationError("--defect-rate must be between 0 and 1") }
    }

    /// Plans the corpus, writes the pages on every core, then the ground truth.
    func run() throws {
        let outURL = URL(fileURLWithPath: out, isDirectory: true).standardizedFileURL
        let files = FileManager.default
        try files.createDirectory(at: outURL, withIntermediateDirectories: true)
        if !overwrite, let existing = try? files.contentsOfDirectory(atPath: outURL.path), !existing.isEmpty {
            throw ValidationError("\(out) is not empty; pass --overwrite or choose another directory")
        }
        let plan = CorpusPlan(count: count, seed: seed, defectRate: defectRate)
        let defects = try PageWriter(plan: plan, directory: outURL).writeAll()
        let truthURL = truth.map { URL(fileURLWithPath: $0) }
            ?? outURL.deletingLastPathComponent().appendingPathComponent("\(outURL.lastPathComponent).truth.json")
        try GroundTruth(count: count, seed: seed, defectRate: defectRate, defects: defects).write(to: truthURL)
        let note = "qalint-corpus: wrote \(count) pages to \(outURL.path), \(defects.count) defects to \(truthURL.path)\n"
        FileHandle.standardError.write(Data(note.utf8))
    }
}


/// Writes a planned corpus's pages to a directory on every core, and gathers their defects.
struct PageWriter: Sendable {
    /// The corpus.
    let plan: CorpusPlan
    /// Where the pages go.
    let directory: URL

    /// Writes every page; returns the injected defects sorted by file, line and rule.
    func writeAll() throws -> [InjectedDefect] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, plan.count))
        let results = Results(workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var found: [InjectedDefect] = []
            do {
                for index in stride(from: worker, to: plan.count, by: workers) {
                    let (page, defects) = plan.page(at: index)
                    try Data(page.bytes).write(to: directory.appendingPathComponent(page.name))
                    found += defects
                }
                results.store(worker, .success(found))
            } catch {
                results.store(worker, .failure(error))
            }
        }
        return try results.all().sorted()
    }
}

/// Per-worker results, filled in from concurrent workers.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[InjectedDefect], any Error>?]

    /// Empty slots for `workers` workers.
    init(workers: Int) {
        slots = Array(repeating: nil, count: workers)
    }

    /// Stores worker `worker`'s result.
    func store(_ worker: Int, _ result: Result<[InjectedDefect], any Error>) {
        lock.withLock { slots[worker] = result }
    }

    /// Every worker's defects, or the first error.
    func all() throws -> [InjectedDefect] {
        try lock.withLock { try slots.flatMap { try $0?.get() ?? [] } }
    }
}

/// The ground-truth file of a generated corpus: how it was made and the defects it holds.
struct GroundTruth: Codable {
    /// Format version of this file.
    var version = 1
    /// Number of pages.
    let count: Int
    /// Generator seed.
    let seed: UInt64
    /// Fraction of pages with a defect.
    let defectRate: Double
    /// The defects, sorted by file, line and rule.
    let defects: [InjectedDefect]

    /// Writes the JSON (sorted keys, one defect per line) to `url`.
    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = "{\"count\":\(count),\"defectRate\":\(defectRate),\"defects\":[\n"
        text += try defects.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: ",\n")
        text += "\n],\"seed\":\(seed),\"version\":\(version)}\n"
        try Data(text.utf8).write(to: url)
    }
}

QALintCorpus.main()
