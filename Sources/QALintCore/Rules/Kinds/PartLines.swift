/// The lines of named parts, shared by kinds that scan text. The parts are looked up in the
/// schema once, when the rule is made; a page's lines are its occurrences' bodies, which are
/// runs of lines, so they are kept as runs and never listed one by one.
struct PartLines: Sendable {
    /// The parts' indices in the schema (ids the schema does not have are left out).
    let parts: [Int]

    /// The parts named `ids` in `schema`.
    init(_ ids: [String], schema: Schema) {
        parts = ids.compactMap { schema.partIndex($0) }
    }

    /// Every line of every occurrence of the parts in `document`, in order, without repeats.
    func lines(in document: Document) -> LineRuns {
        let occurrences = document.occurrences
        var runs: [Range<Int>] = []
        var count = 0
        for part in parts { count += occurrences.positions(of: part).count }
        runs.reserveCapacity(count)
        var sorted = true
        for part in parts {
            for match in occurrences.positions(of: part) {
                let body = occurrences.matches[match].body
                guard !body.isEmpty else { continue }
                if let last = runs.last, body.lowerBound < last.upperBound { sorted = false }
                runs.append(body)
            }
        }
        // Bodies in page order that do not overlap (the usual page) are the runs as they are.
        guard !sorted else { return LineRuns(runs: runs) }
        runs.sort { $0.lowerBound < $1.lowerBound }
        var kept = 0
        for run in runs {
            if kept > 0 && run.lowerBound <= runs[kept - 1].upperBound {
                runs[kept - 1] = runs[kept - 1].lowerBound..<max(runs[kept - 1].upperBound, run.upperBound)
            } else {
                runs[kept] = run
                kept += 1
            }
        }
        runs.removeLast(runs.count - kept)
        return LineRuns(runs: runs)
    }

    /// Checks that every id in `ids` names a part.
    static func validate(_ ids: [String], key: String, _ options: inout OptionsReader, _ schema: Schema) {
        for id in ids { FieldSelector.validatePart(id, key: key, &options, schema) }
    }
}

/// Line indices in order, as runs that neither touch out of order nor repeat a line.
struct LineRuns: Sequence {
    let runs: [Range<Int>]

    /// Whether there is no line.
    var isEmpty: Bool { runs.isEmpty }

    /// The first line, if any.
    var first: Int? { runs.first?.lowerBound }

    func makeIterator() -> Iterator { Iterator(runs: runs) }

    struct Iterator: IteratorProtocol {
        let runs: [Range<Int>]
        var run = 0
        var line: Int

        init(runs: [Range<Int>]) {
            self.runs = runs
            line = runs.first?.lowerBound ?? 0
        }

        mutating func next() -> Int? {
            guard run < runs.count else { return nil }
            let current = line
            line += 1
            if line >= runs[run].upperBound {
                run += 1
                if run < runs.count { line = runs[run].lowerBound }
            }
            return current
        }
    }
}
