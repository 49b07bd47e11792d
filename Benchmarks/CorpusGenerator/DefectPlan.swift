/// Which page receives which defect: `round(count × rate)` pages, drawn at random, the rules
/// assigned in turn so that every rule of ``DefectRule`` is covered as evenly as possible.
struct DefectPlan: Sendable {
    /// The defect of each page, if any.
    private(set) var rules: [DefectRule?]
    /// For a `duplicate-title` page, the page whose title it takes.
    private(set) var titleSource: [Int: Int] = [:]
    /// Pages whose title another page takes (they are reported too).
    private(set) var titleShared: Set<Int> = []
    /// Pages no entry may link to (see ``DefectRule/hidesPageFromLinks``).
    private(set) var hidden: Set<Int> = []

    /// A plan for `count` pages with defects on a `rate` fraction of them.
    init(count: Int, rate: Double, seed: UInt64) {
        var random = SplitMix64(seed: SplitMix64.derive(seed, 4))
        let order = random.shuffled(Array(0..<count))
        let defective = min(count, max(0, Int((Double(count) * rate).rounded())))
        rules = Array(repeating: nil, count: count)
        let cycle = DefectRule.allCases
        for position in 0..<defective {
            rules[order[position]] = cycle[position % cycle.count]
        }
        // Partners for duplicate titles: clean pages first; failing that, pages whose own defect
        // leaves titles and links alone.
        var partners = order[defective...].makeIterator()
        var fallback = order[..<defective].filter { page in
            rules[page].map { !$0.isCorpusRule && !$0.needsLinkedEntry && !$0.hidesPageFromLinks } ?? false
        }.makeIterator()
        for page in order[..<defective] where rules[page] == .duplicateTitle {
            guard let partner = partners.next() ?? fallback.next() else {
                rules[page] = nil
                continue
            }
            titleSource[page] = partner
            titleShared.insert(partner)
        }
        for (page, rule) in rules.enumerated() where rule?.hidesPageFromLinks == true { hidden.insert(page) }
        hidden.formUnion(titleShared)
    }

    /// Drops `page`'s defect (when the corpus is too small for it to be injected).
    mutating func drop(_ page: Int) {
        rules[page] = nil
    }

    /// Moves `page`'s defect to the clean page `other` (whose title no page shares).
    mutating func move(_ page: Int, to other: Int) {
        rules[other] = rules[page]
        rules[page] = nil
        if rules[other]?.hidesPageFromLinks == true {
            hidden.remove(page)
            hidden.insert(other)
        }
    }

    /// Puts every `doctor-consistency` defect on a page whose doctor answers, with their own
    /// specialty, on at least three other pages, so the changed specialty is the minority
    /// (`doctors[page]` is the doctor of each page); drops it when no such page is clean.
    mutating func placeDoctorConsistency(doctors: [Doctor]) {
        let intact: Set<DefectRule> = [.doctorFormat, .unknownSpecialty, .doctorConsistency]
        var pages: [Doctor: Int] = [:]
        for (page, doctor) in doctors.enumerated() where !(rules[page].map(intact.contains) ?? false) {
            pages[doctor, default: 0] += 1
        }
        func suits(_ page: Int) -> Bool { (pages[doctors[page]] ?? 0) >= 4 }
        var candidates = rules.indices.filter { rules[$0] == nil && !titleShared.contains($0) }.makeIterator()
        for page in rules.indices where rules[page] == .doctorConsistency {
            if (pages[doctors[page]] ?? 0) >= 3 { continue }
            var other = candidates.next()
            while let candidate = other, !suits(candidate) { other = candidates.next() }
            if let other {
                move(page, to: other)
                pages[doctors[other], default: 0] -= 1
            } else {
                drop(page)
                hidden.remove(page)
            }
        }
    }
}
