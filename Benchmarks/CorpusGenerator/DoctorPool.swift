/// The doctors who answer on the generated site: a fixed pool, each with one specialty, sized
/// in proportion to each department's questions (about one doctor per 700 a year).
public struct DoctorPool: Sendable {
    /// Common Taiwanese surnames in Hanyu Pinyin.
    static let surnames = [
        "Chen", "Lin", "Huang", "Zhang", "Li", "Wang", "Wu", "Liu", "Cai", "Yang", "Xu", "Zheng", "Xie",
        "Guo", "Hong", "Qiu", "Zeng", "Liao", "Lai", "Zhou", "Ye", "Su", "Zhuang", "Lu", "Jiang", "He",
        "Luo", "Gao", "Xiao", "Ding", "Pan", "Jian", "Zhu", "Fang", "Peng", "Tang", "Song", "Wei",
    ]
    /// Syllables of given names; two make a name (`Yong` + `xue`).
    static let syllables = [
        "yong", "xue", "yu", "qi", "xian", "wei", "jia", "hao", "ming", "zhi", "wen", "jun", "hui", "ting",
        "yi", "cheng", "jie", "ling", "mei", "xin", "hong", "guang", "zong", "shu", "ya", "rong", "an",
        "bo", "chun", "de", "feng", "hua", "kai", "li", "lun", "pei", "qing", "ren", "sheng", "tai",
    ]

    /// Real doctors named in the seed page; left out of the pool so that a doctor registry
    /// listing them (with their real specialties) never disagrees with a generated page.
    static let reserved: Set<String> = ["Chen Yongxue", "Li Yuqi", "Ding Xianwei", "Wu Yuxin"]

    /// The doctors, grouped by department in catalogue order.
    public let doctors: [Doctor]
    /// For each department, the indices of its doctors in ``doctors``.
    public let byDepartment: [[Int]]
    private let names: Set<String>

    /// A pool drawn from `random`.
    init(random: inout SplitMix64) {
        var doctors: [Doctor] = []
        var byDepartment: [[Int]] = []
        var names: Set<String> = []
        for (department, entry) in DepartmentCatalog.all.enumerated() {
            var members: [Int] = []
            for _ in 0..<max(1, entry.weight / 700) {
                let name = Self.freshName(&random, avoiding: names.union(Self.reserved))
                names.insert(name)
                members.append(doctors.count)
                doctors.append(Doctor(name: name, department: department))
            }
            byDepartment.append(members)
        }
        self.doctors = doctors
        self.byDepartment = byDepartment
        self.names = names.union(Self.reserved)
    }

    /// The one-off doctor of page `index`: a name no doctor of the pool has (their given names
    /// have two syllables, this one three) and no other page's one-off doctor has (the page
    /// index is spelt in syllables), so two one-off doctors never look like one doctor with two
    /// specialties, however large the corpus.
    static func oneOffName(forPage index: Int) -> String {
        var rest = index
        var parts: [String] = []
        for _ in 0..<3 {
            parts.append(syllables[rest % syllables.count])
            rest /= syllables.count
        }
        let given = TitleCase.capitalised(parts[0]) + parts[1] + parts[2]
        return "\(surnames[rest % surnames.count]) \(given)"
    }

    /// A random Pinyin name not in `taken`; the given name is two syllables run together.
    static func freshName(_ random: inout SplitMix64, avoiding taken: Set<String>) -> String {
        while true {
            let first = random.pick(syllables)
            var second = random.pick(syllables)
            while second == first { second = random.pick(syllables) }
            let name = "\(random.pick(surnames)) \(TitleCase.capitalised(first))\(second)"
            if !taken.contains(name) { return name }
        }
    }
}
