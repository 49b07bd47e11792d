/// Chooses the pages each page's Similar Q&A entries link to: 0–5 other pages, mostly of the
/// same department, never a page hidden by the defect plan.
enum LinkPlanner {
    /// Weights of 0, 1, … 5 entries.
    static let entryCountWeights = [4, 10, 18, 24, 24, 20]

    /// For each page, the indices of the pages it links to.
    static func plan(_ models: [PageModel], defects: DefectPlan, seed: UInt64) -> [[Int]] {
        var byDepartment = Array(repeating: [Int](), count: DepartmentCatalog.all.count)
        var eligible: [Int] = []
        for model in models where !defects.hidden.contains(model.index) {
            byDepartment[model.department].append(model.index)
            eligible.append(model.index)
        }
        return models.map { model in
            var random = SplitMix64(seed: SplitMix64.derive(seed, 5, UInt64(model.index)))
            var wanted = random.weightedIndex(entryCountWeights)
            if defects.rules[model.index]?.needsLinkedEntry == true { wanted = max(wanted, 1) }
            var targets: [Int] = []
            var attempts = 0
            while targets.count < wanted, attempts < wanted * 8 {
                attempts += 1
                let sameDepartment = byDepartment[model.department]
                let pool = random.chance(0.8) && !sameDepartment.isEmpty ? sameDepartment : eligible
                guard !pool.isEmpty else { break }
                let target = random.pick(pool)
                if target != model.index, !targets.contains(target) { targets.append(target) }
            }
            return targets
        }
    }
}
