/// Finds the closest name to a misspelt one, for "did you mean" hints.
public enum Suggestion {
    /// The candidate nearest to `word` by edit distance (case-insensitive), if near enough.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(2, min(target.count, best.name.unicodeScalars.count) / 3)
        return best.distance <= limit ? best.name : nil
    }

    /// `"; did you mean 'X'?"` or an empty string.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over Unicode scalars; with `limit`, any distance above it is
    /// returned as `limit + 1`, and only the band of cells within `limit` of the diagonal is
    /// computed (Ukkonen), so a bounded comparison costs O(n · limit), not O(n · m).
    public static func editDistance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int = .max) -> Int {
        if abs(lhs.count - rhs.count) > limit { return limit + 1 }
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        let outside = limit == .max ? Int.max / 2 : limit + 1
        var previous = Array(0...rhs.count)
        var current = [Int](filled: outside, count: rhs.count + 1)
        for (i, left) in lhs.enumerated() {
            let low = limit == .max ? 0 : max(0, i - limit)
            let high = limit == .max ? rhs.count - 1 : min(rhs.count - 1, i + limit)
            current[0] = i + 1
            if low > 0 { current[low] = outside }
            var rowBest = low == 0 ? current[0] : outside
            if low <= high {
                for j in low...high {
                    let substitution = previous[j] + (left == rhs[j] ? 0 : 1)
                    let value = Swift.min(previous[j + 1] + 1, current[j] + 1, substitution, outside)
                    current[j + 1] = value
                    rowBest = Swift.min(rowBest, value)
                }
            }
            if high + 2 <= rhs.count { current[high + 2] = outside }
            if rowBest > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return Swift.min(previous[rhs.count], outside)
    }
}
