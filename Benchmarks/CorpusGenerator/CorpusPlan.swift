/// Everything decided about a corpus before any page is written: the models, who links to
/// whom, and which page carries which defect. Pages are then written one at a time, in any
/// order and on any thread, so a large corpus need not be held in memory.
public struct CorpusPlan: Sendable {
    /// Number of pages.
    public let count: Int
    /// The seed.
    public let seed: UInt64
    /// Every page's content, by index.
    let models: [PageModel]
    /// For each page, the pages its Similar Q&A entries link to.
    let links: [[Int]]
    /// Which page gets which defect.
    let defects: DefectPlan
    /// The doctors.
    let doctors: DoctorPool
    /// Every title given (so a broken link can use one that is not).
    let titles: TitleMaker

    /// Plans `count` pages from `seed`, a `defectRate` fraction of them with one defect each.
    public init(count: Int, seed: UInt64, defectRate: Double) {
        self.count = count
        self.seed = seed
        var random = SplitMix64(seed: SplitMix64.derive(seed, 0))
        doctors = DoctorPool(random: &random)
        var factory = PageModelFactory(seed: seed, doctors: doctors)
        models = (0..<count).map { factory.make(index: $0) }
        titles = factory.titles
        var defects = DefectPlan(count: count, rate: defectRate, seed: seed)
        defects.placeDoctorConsistency(doctors: models.map(\.doctor))
        links = LinkPlanner.plan(models, defects: defects, seed: seed)
        for (page, rule) in defects.rules.enumerated() where rule?.needsLinkedEntry == true && links[page].isEmpty {
            defects.drop(page)
        }
        self.defects = defects
    }

    /// File names, in order.
    public var names: [String] { models.map(\.name) }

    /// The rule of the defect put into page `index`, if any (a page that only shares its title
    /// with a `duplicate-title` page has none of its own).
    public func rule(at index: Int) -> DefectRule? {
        defects.rules[index]
    }

    /// Page `index` and the defects recorded in it.
    public func page(at index: Int) -> (page: GeneratedPage, defects: [InjectedDefect]) {
        let model = models[index]
        var random = SplitMix64(seed: SplitMix64.derive(seed, 3, UInt64(index)))
        var entries = links[index].map { PageRenderer.entry(for: models[$0]) }
        let rule = defects.rules[index]
        var addedEntry: Int?
        if rule == .selfLink || rule == .brokenLink {
            let entry = rule == .selfLink ? PageRenderer.entry(for: model) : brokenEntry(&random)
            let position = random.int(in: 0...entries.count)
            if entries.count >= 5 { entries[min(position, entries.count - 1)] = entry } else { entries.insert(entry, at: position) }
            addedEntry = min(position, entries.count - 1)
        }
        let (renderedLines, layout) = PageRenderer.render(model, entries: entries)
        var lines = renderedLines
        var recorded: [Int] = []
        if let rule {
            var injector = DefectInjector(plan: self, model: model, layout: layout, random: random)
            recorded = injector.inject(rule, into: &lines, addedEntry: addedEntry)
        }
        var found = recorded.map { InjectedDefect(file: model.name, line: $0, rule: rule!.rawValue) }
        if defects.titleShared.contains(index) {
            found.append(InjectedDefect(file: model.name, line: 1, rule: DefectRule.duplicateTitle.rawValue))
        }
        return (GeneratedPage(name: model.name, bytes: lines.bytes()), found.sorted())
    }

    /// An entry whose title is no page's: another page's excerpts under a title never given.
    private func brokenEntry(_ random: inout SplitMix64) -> [String] {
        let department = DepartmentCatalog.all[random.weightedIndex(DepartmentCatalog.weights)]
        var title = titles.candidate(department, &random)
        while titles.contains(title) { title = titles.candidate(department, &random) }
        return PageRenderer.entry(for: models[random.index(below: models.count)], title: title)
    }

    /// A title of a page that is linked normally, other than `excluding`.
    func someTitle(excluding: Set<String>, _ random: inout SplitMix64) -> String? {
        for _ in 0..<64 {
            let page = random.index(below: models.count)
            if !defects.hidden.contains(page), !excluding.contains(models[page].title) { return models[page].title }
        }
        return nil
    }
}
