/// Writes a page's More Info article: an introduction, sub-headed sections of paragraphs,
/// numbered items (`1. Label: …`) with `- ` bullets, and a conclusion.
struct ArticleWriter {
    /// Words of the page's department.
    let filler: TextFiller

    /// The article's lines.
    func article(_ random: inout SplitMix64) -> [String] {
        var lines = [filler.sentences(Phrasebook.article, count: random.int(in: 3...5), &random)]
        let picked = Set(random.sample(Array(Phrasebook.headings.indices), count: random.int(in: 3...6)))
        for index in Phrasebook.headings.indices where picked.contains(index) {
            lines.append(filler.fill(Phrasebook.headings[index], &random))
            if random.chance(0.5) {
                lines += numberedItems(&random)
            } else {
                lines.append(filler.sentences(Phrasebook.article, count: random.int(in: 2...4), &random))
                if random.chance(0.4) { lines += bullets(count: random.int(in: 2...4), &random) }
            }
        }
        lines.append("Conclusion")
        lines.append(filler.sentences(Phrasebook.article, count: random.int(in: 2...4), &random))
        return lines
    }

    private func numberedItems(_ random: inout SplitMix64) -> [String] {
        var lines: [String] = []
        let labels = random.sample(Phrasebook.itemLabels, count: random.int(in: 2...5))
        for (number, label) in labels.enumerated() {
            let body = filler.sentences(Phrasebook.article, count: random.int(in: 1...2), &random)
            if random.chance(0.25) {
                lines.append("\(number + 1). \(filler.fill(label, &random)): \(body) Options include:")
                lines += bullets(count: random.int(in: 2...3), &random)
            } else {
                lines.append("\(number + 1). \(filler.fill(label, &random)): \(body)")
            }
        }
        return lines
    }

    private func bullets(count: Int, _ random: inout SplitMix64) -> [String] {
        random.sample(Phrasebook.itemLabels, count: count).map { label in
            "- \(filler.fill(label, &random)): \(filler.fill(random.pick(Phrasebook.article), &random))"
        }
    }
}
