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
        var seen: [String: [String: [(page: Int, fact: PersonFact)]]] = [:]
        // A corpus names a few hundred doctors many times over: fold each spelling once.
        var keys: [String: String] = [:]
        for (page, facts) in corpus.pages.enumerated() {
            for person in facts.people {
                let name = person.name.value
                let key = keys[name] ?? {
                    let folded = PersonPairs.key(name, registry: registry)
                    keys[name] = folded
                    return folded
                }()
                seen[key, default: [:]][person.group.value, default: []].append((page, person))
            }
        }
        for key in seen.keys.sorted() {
            guard let groups = seen[key], groups.count > 1 else { continue }
            let majority = groups.keys.sorted().max { groups[$0]!.count < groups[$1]!.count || (groups[$0]!.count == groups[$1]!.count && $0 > $1) }!
            let first = groups[majority]!.min { ($0.page, $0.fact.name.line) < ($1.page, $1.fact.name.line) }!
            let related = RelatedLocation(file: corpus.pages[first.page].path, range: first.fact.group.range,
                                          message: "Dr. \(first.fact.name.value) as \(majority)")
            for (group, occurrences) in groups where group != majority {
                for occurrence in occurrences where corpus.reported[occurrence.page] {
                    findings.append(CorpusFinding(page: occurrence.page, range: occurrence.fact.group.range, message: "minority", values: [
                        "name": occurrence.fact.name.value, "group": group, "majority": majority,
                        "count": String(groups[majority]!.count),
                    ], related: [related]))
                }
            }
        }
    }
}
