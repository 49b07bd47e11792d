/// What `--fix` did to one file.
public struct FixedFile: Sendable {
    /// The path as given.
    public var path: String
    /// How many fixes were applied.
    public var applied: Int
    /// The diff (for a dry run), or empty.
    public var diff: String
}

extension Linter {
    /// Fixes the files under `paths`: each is read, fixed until stable, then (unless `dryRun`)
    /// written atomically over its real path (a symbolic link stays a link), keeping its
    /// permissions. A file whose bytes changed on disk since it was read is left alone and
    /// reported as a problem.
    public func fix(paths: [String], context: CheckContext, jobs: Int, dryRun: Bool) -> (files: [FixedFile], problems: [InputProblem]) {
        let (found, problems) = FileCollector(configuration: configuration).collect(paths.filter { $0 != "-" })
        // One file reached by two paths (a link) is fixed once.
        var seen = Set<String>()
        let files = found.filter { seen.insert(CanonicalPath.of($0)).inserted }
        let results = ParallelMap.map(count: files.count, jobs: jobs) { index -> Result<FixedFile?, InputProblem> in
            let path = files[index]
            return FileReader.read(path).flatMap { original -> Result<FixedFile?, InputProblem> in
                let (fixed, applied) = Fixer.fix(original, path: path, linter: self, context: context)
                guard applied > 0, fixed != original else { return .success(nil) }
                if dryRun { return .success(FixedFile(path: path, applied: applied, diff: UnifiedDiff.render(old: original, new: fixed, path: path))) }
                guard case .success(let now) = FileReader.read(path), now == original else {
                    return .failure(InputProblem(path: path, message: "changed on disk while it was being fixed; not overwritten"))
                }
                do {
                    try AtomicWriter.write(fixed, to: CanonicalPath.of(path))
                } catch let problem as InputProblem {
                    return .failure(problem)
                } catch {
                    return .failure(InputProblem(path: path, message: "\(error)"))
                }
                return .success(FixedFile(path: path, applied: applied, diff: ""))
            }
        }
        var fixed: [FixedFile] = []
        var allProblems = problems
        for result in results {
            switch result {
            case .success(let file): if let file { fixed.append(file) }
            case .failure(let problem): allProblems.append(problem)
            }
        }
        return (fixed, allProblems.sorted())
    }
}
