/// Writes the patient's question, the doctor's reply and the Related FAQ list of a page.
struct ConsultationWriter {
    /// Words of the page's department.
    let filler: TextFiller

    /// 1–6 question lines of 1–3 sentences; the first opens, the last asks.
    func question(_ random: inout SplitMix64) -> [String] {
        let count = 1 + random.weightedIndex([10, 20, 25, 20, 15, 10])
        var details = random.shuffled(Phrasebook.questionDetails)
        var lines: [String] = []
        for index in 0..<count {
            var sentences: [String] = []
            if index == 0 { sentences.append(filler.fill(random.pick(Phrasebook.questionOpeners), &random)) }
            let extra = index == 0 && count > 1 ? random.int(in: 0...1) : random.int(in: 1...2)
            for _ in 0..<extra where !details.isEmpty {
                sentences.append(filler.fill(details.removeLast(), &random))
            }
            if index == count - 1 {
                sentences.append(filler.sentences(Phrasebook.questionAsks, count: random.int(in: 1...2), &random))
            }
            lines.append(sentences.joined(separator: " "))
        }
        return lines
    }

    /// 1–5 reply lines; often ends with a short closing line.
    func reply(_ random: inout SplitMix64) -> [String] {
        let count = 1 + random.weightedIndex([15, 30, 30, 15, 10])
        var bank = random.shuffled(Phrasebook.replies)
        var lines: [String] = []
        for index in 0..<count {
            if index == count - 1, count > 1, random.chance(0.6) {
                lines.append(random.pick(Phrasebook.replyClosings))
                break
            }
            let sentences = (0..<random.int(in: 1...2)).compactMap { _ in bank.isEmpty ? nil : filler.fill(bank.removeLast(), &random) }
            lines.append(sentences.joined(separator: " "))
        }
        return lines
    }

    /// 1–10 distinct `Topic(Specialty)` lines, mostly from the page's own department.
    func relatedFAQ(_ random: inout SplitMix64) -> [String] {
        let count = random.int(in: 1...10)
        var lines: [String] = []
        var attempts = 0
        while lines.count < count, attempts < 40 {
            attempts += 1
            let department = random.chance(0.7) ? filler.department
                : DepartmentCatalog.all[random.weightedIndex(DepartmentCatalog.weights)]
            let line = "\(random.pick(department.faqTopics))(\(department.name))"
            if !lines.contains(line) { lines.append(line) }
        }
        return lines
    }
}
