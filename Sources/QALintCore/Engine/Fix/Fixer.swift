/// Applies fixes to a page's bytes. Every byte outside a fix's span is kept as it was (BOM,
/// line endings, final newline); fixes never overlap: of two that would, the later one waits
/// for the next pass.
public enum Fixer {
    /// The bytes after applying `fixes`, and how many were applied.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> (bytes: [UInt8], applied: Int) {
        let ordered = fixes.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        var applied = 0
        for fix in ordered where fix.start >= position && fix.end <= bytes.count && fix.start <= fix.end {
            result += bytes[position..<fix.start]
            result += fix.replacement
            position = fix.end
            applied += 1
        }
        result += bytes[position...]
        return (result, applied)
    }

    /// Fixes one page until nothing more is fixable (at most `passes` times): the fixed bytes
    /// and how many fixes were applied.
    public static func fix(
        _ bytes: [UInt8], path: String, linter: Linter, context: CheckContext, passes: Int = 10
    ) -> (bytes: [UInt8], applied: Int) {
        var current = bytes
        var total = 0
        for _ in 0..<passes {
            let fixes = linter.lint(SourceText(bytes: current), path: path, context: context).compactMap(\.fix)
            guard !fixes.isEmpty else { break }
            let (next, applied) = apply(fixes, to: current)
            guard applied > 0, next != current else { break }
            current = next
            total += applied
        }
        return (current, total)
    }
}
