/// Title-casing as the site's rewritten titles use it: every word capitalised except short
/// function words that are not first.
enum TitleCase {
    private static let minor: Set<Substring> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]

    /// `text` with its words capitalised (`pain in the lower back` → `Pain in the Lower Back`).
    static func apply(_ text: String) -> String {
        var words: [String] = []
        for (index, word) in text.split(separator: " ").enumerated() {
            if index > 0, minor.contains(word) { words.append(String(word)) } else { words.append(capitalised(word)) }
        }
        return words.joined(separator: " ")
    }

    /// `word` with its first letter upper-cased.
    static func capitalised<S: StringProtocol>(_ word: S) -> String {
        guard let first = word.first else { return "" }
        return first.uppercased() + word.dropFirst()
    }
}
