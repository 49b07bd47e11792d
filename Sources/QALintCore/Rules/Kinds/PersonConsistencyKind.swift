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
        // count each person's groups by dense numbers kept in arrays indexed by text id.
        var keyOfName = [Int32](repeating: -1, count: table.strings.count)
        var groupNumber = [Int32](repeating: -1, count: table.strings.count)
        var groupIDs: [Int32] = []
        var keyNumbers: [String: Int32] = [:]
        // Group counts of person `k` at `k * width + group number`; `width` doubles when a new group needs it.
        var counts: [Int32] = []
        var width = 8
        func key(_ name: Int32) -> Int {
            let known = keyOfName[Int(name)]
            if known >= 0 { return Int(known) }
            let folded = PersonPairs.key(table.string(name), registry: registry)
            let number = keyNumbers[folded] ?? {
                let next = Int32(keyNumbers.count)
                keyNumbers[folded] = next
                counts += repeatElement(0, count: width)
                return next
            }()
            keyOfName[Int(name)] = number
            return Int(number)
        }
        func group(_ id: Int32) -> Int {
            let known = groupNumber[Int(id)]
            if known >= 0 { return Int(known) }
            groupNumber[Int(id)] = Int32(groupIDs.count)
            groupIDs.append(id)
            if groupIDs.count > width {
                var wider = [Int32](repeating: 0, count: keyNumbers.count * width * 2)
                for person in 0..<keyNumbers.count {
                    for slot in 0..<width { wider[person * width * 2 + slot] = counts[person * width + slot] }
                }
                counts = wider
                width *= 2
            }
            return groupIDs.count - 1
        }
        for page in 0..<corpus.count {
            for index in table.people(of: corpus.row(page)) {
                let number = key(table.people[2 * index].text), slot = group(table.people[2 * index + 1].text)
                counts[number * width + slot] += 1
            }
        }
        // The majority group of each person seen in more than one; ties go to the group that sorts first.
        var majority = [Int32](repeating: -1, count: keyNumbers.count)
        for number in 0..<keyNumbers.count {
            let groups = counts[(number * width)..<((number + 1) * width)]
            guard groups.lazy.filter({ $0 > 0 }).count > 1 else { continue }
            var best = -1
            for (slot, count) in zip(0..., groups) where count > 0 {
                if best < 0 || count > groups[groups.startIndex + best]
                    || (count == groups[groups.startIndex + best] && table.string(groupIDs[slot]) < table.string(groupIDs[best])) {
                    best = slot
                }
            }
            majority[number] = groupIDs[best]
        }
        // The minority occurrences on reported pages, then where each of their majorities was
        // first seen (by path, then line): only the reported pages' people are looked for.
        var minority: [(page: Int, person: Int, key: Int)] = []
        var wanted = [Bool](repeating: false, count: keyNumbers.count)
        for page in corpus.reportedPages {
            for index in table.people(of: corpus.row(page)) {
                let person = table.person(index)
                let number = Int(keyOfName[Int(person.name.text)])
                guard majority[number] >= 0, person.group.text != majority[number] else { continue }
                minority.append((page, index, number))
                wanted[number] = true
            }
        }
        guard !minority.isEmpty else { return }
        // By person number: the page and person index of the first place seen, or -1. The
        // paths are taken out of the index once: compared on every page, each copy of the
        // index's path list cost its references counted.
        let paths = corpus.paths
        var firstPage = [Int](repeating: -1, count: keyNumbers.count)
        var firstPerson = [Int](repeating: -1, count: keyNumbers.count)
        for page in 0..<corpus.count {
            for index in table.people(of: corpus.row(page)) {
                let person = table.person(index)
                let number = Int(keyOfName[Int(person.name.text)])
                guard wanted[number], person.group.text == majority[number] else { continue }
                let known = firstPage[number]
                if known >= 0, !Self.precedes((page, person.name.span.line), (known, table.person(firstPerson[number]).name.span.line), paths) {
                    continue
                }
                firstPage[number] = page
                firstPerson[number] = index
            }
        }
        for occurrence in minority {
            let person = table.person(occurrence.person)
            let group = majority[occurrence.key]
            let seen = table.person(firstPerson[occurrence.key])
            let related = RelatedLocation(file: paths[firstPage[occurrence.key]], range: seen.group.span.range,
                                          message: "Dr. \(table.string(seen.name.text)) as \(table.string(group))")
            findings.append(CorpusFinding(page: occurrence.page, range: person.group.span.range, message: "minority", values: [
                "name": table.string(person.name.text), "group": table.string(person.group.text), "majority": table.string(group),
                "count": String(counts[occurrence.key * width + Int(groupNumber[Int(group)])]),
            ], related: [related]))
        }
    }

    /// Whether (page, line) comes before the other in path order, then line order.
    private static func precedes(_ first: (page: Int, line: Int32), _ second: (page: Int, line: Int32), _ paths: CorpusPaths) -> Bool {
        if first.page == second.page { return first.line < second.line }
        return paths[first.page].utf8Precedes(paths[second.page])
    }
}
