/// `person-consistency`: the same person (after registry aliases) appears in one group across
/// the corpus. Occurrences in a minority group are reported, naming the majority and where it
/// was first seen; ties go to the group that sorts first.
struct PersonConsistencyKind: CorpusRuleKind {
    static let name = "person-consistency"
    static let summary = "Reports a doctor who appears with different specialties across the corpus."
    static let messages = [(key: "minority", template: "Dr. {name} appears here as {group}, but as {majority} in {count} other places")]
    static let placeholders = ["name", "group", "majority", "count"]

    let pairs: [(name: String, group: String)]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        pairs = PersonPairs.read(&options, environment.schema)
    }

    func checkCorpus(_ corpus: CorpusIndex, context: CheckContext, into findings: inout [CorpusFinding]) {
        let registry = context.reference.doctors
        let table = corpus.table
        // A corpus names a few hundred doctors many times over: fold each spelling once, then
        // count each person's groups by text id.
        var keyOfName: [Int32: Int] = [:]
        var keyNumbers: [String: Int] = [:]
        var groupCounts: [[Int32: Int]] = []
        func key(_ name: Int32) -> Int {
            if let known = keyOfName[name] { return known }
            let folded = PersonPairs.key(table.string(name), registry: registry)
            let number = keyNumbers[folded] ?? {
                keyNumbers[folded] = groupCounts.count
                groupCounts.append([:])
                return groupCounts.count - 1
            }()
            keyOfName[name] = number
            return number
        }
        for page in 0..<corpus.count {
            for index in table.people(of: corpus.row(page)) {
                let person = table.person(index)
                let number = key(person.name.text)
                groupCounts[number][person.group.text, default: 0] += 1
            }
        }
        // The majority group of each person seen in more than one; ties go to the group that sorts first.
        var majority: [Int: Int32] = [:]
        for (number, groups) in groupCounts.enumerated() where groups.count > 1 {
            majority[number] = groups.max { first, second in
                first.value < second.value || (first.value == second.value && table.string(first.key) > table.string(second.key))
            }!.key
        }
        guard !majority.isEmpty else { return }
        // Where each majority was first seen (by path, then line), and the minority occurrences to report.
        var first: [Int: (page: Int, person: Int)] = [:]
        var minority: [(page: Int, person: Int, key: Int)] = []
        for page in 0..<corpus.count {
            for index in table.people(of: corpus.row(page)) {
                let person = table.person(index)
                let number = keyOfName[person.name.text]!
                guard let group = majority[number] else { continue }
                if person.group.text == group {
                    if let known = first[number], !Self.precedes((page, person.name.span.line), (known.page, table.person(known.person).name.span.line), corpus) {
                        continue
                    }
                    first[number] = (page, index)
                } else if corpus.reported[page] {
                    minority.append((page, index, number))
                }
            }
        }
        for occurrence in minority {
            let person = table.person(occurrence.person)
            let group = majority[occurrence.key]!
            let seen = first[occurrence.key]!
            let firstPerson = table.person(seen.person)
            let related = RelatedLocation(file: corpus.paths[seen.page], range: firstPerson.group.span.range,
                                          message: "Dr. \(table.string(firstPerson.name.text)) as \(table.string(group))")
            findings.append(CorpusFinding(page: occurrence.page, range: person.group.span.range, message: "minority", values: [
                "name": table.string(person.name.text), "group": table.string(person.group.text), "majority": table.string(group),
                "count": String(groupCounts[occurrence.key][group]!),
            ], related: [related]))
        }
    }

    /// Whether (page, line) comes before the other in path order, then line order.
    private static func precedes(_ first: (page: Int, line: Int32), _ second: (page: Int, line: Int32), _ corpus: CorpusIndex) -> Bool {
        if first.page == second.page { return first.line < second.line }
        return corpus.paths[first.page].utf8.lexicographicallyPrecedes(corpus.paths[second.page].utf8)
    }
}
