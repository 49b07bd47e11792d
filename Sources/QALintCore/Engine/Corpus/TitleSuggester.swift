/// Finds the title closest to a misspelt one among many, cheaply: only titles of similar
/// length are compared, with an edit distance that gives up past the limit.
struct TitleSuggester {
    private let byLength: [Int: [(folded: [Unicode.Scalar], title: String)]]

    init(titles: [String]) {
        var groups: [Int: [(folded: [Unicode.Scalar], title: String)]] = [:]
        for title in titles {
            let scalars = Array(title.lowercased().unicodeScalars)
            groups[scalars.count, default: []].append((scalars, title))
        }
        byLength = groups
    }

    /// The best title within an edit distance of a quarter of the length (at most 8), if any.
    func suggestion(for title: String) -> String? {
        let target = Array(title.lowercased().unicodeScalars)
        let limit = min(8, max(2, target.count / 4))
        // A title that is a prefix of the other (a word added or dropped at the end) wins over
        // a nearer one; then the smallest distance; then the title that sorts first.
        var best: (title: String, score: (Int, Int))?
        for length in max(0, target.count - limit)...(target.count + limit) {
            for candidate in byLength[length] ?? [] {
                let distance = Self.distance(target, candidate.folded, limit: limit)
                guard distance <= limit else { continue }
                let prefix = target.starts(with: candidate.folded) || candidate.folded.starts(with: target)
                let score = (prefix ? 0 : 1, distance)
                if best == nil || score < best!.score || (score == best!.score && candidate.title < best!.title) {
                    best = (candidate.title, score)
                }
            }
        }
        return best?.title
    }

    /// Levenshtein distance, or `limit + 1` once every path exceeds `limit`.
    static func distance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int) -> Int {
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for (i, left) in lhs.enumerated() {
            current[0] = i + 1
            var rowBest = current[0]
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
                rowBest = min(rowBest, current[j + 1])
            }
            if rowBest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
