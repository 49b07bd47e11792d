/// Who asked: a free pseudonym, an age bucket and a gender, as the asker line shows them.
public struct Asker: Sendable {
    /// Pseudonyms seen on the site: surnames, handles, first names, titles, and now and then
    /// commas, periods and non-ASCII letters (the reason lines are split on the last
    /// `, <age> year old`).
    static let names = [
        "Hsu", "Chen", "Lin", "Wang", "Huang", "Chang", "Lee", "Wu", "Tsai", "Liu", "Yang", "Kuo", "Cheng",
        "tyio", "Amy", "Kevin", "Jessica", "Vivian", "Alan", "Peggy", "Ivy", "Jack", "momo", "xiaoyu", "anonymous",
        "Mr. Li", "Ms. Huang", "Mrs. Chen", "A.J.", "J. Lin", "Chen, Mei-ling", "Wang, Hsiao-wen", "Lin, T.",
        "Zoë", "José", "Renée", "小美", "王先生", "陳小姐", "Ｋｉｍ", "Miss Ｌｉｎ", "Ng, Ka-yan", "B.B.", "Sunny",
    ]
    /// Decade buckets and their weights (twenties and thirties ask most).
    static let buckets: [(label: String, weight: Int)] = [
        ("0~9", 2), ("10~19", 8), ("20~29", 30), ("30~39", 28), ("40~49", 16), ("50~59", 9),
        ("60~69", 5), ("70~79", 2), ("80~89", 1),
    ]

    /// The pseudonym.
    public let name: String
    /// The age bucket (`20~29`).
    public let age: String
    /// `male` or `female`.
    public let gender: String

    /// An asker drawn from `random`; an Obstetrics and Gynecology asker is mostly female.
    init(random: inout SplitMix64, mostlyFemale: Bool) {
        name = random.pick(Self.names)
        age = Self.buckets[random.weightedIndex(Self.buckets.map(\.weight))].label
        gender = random.chance(mostlyFemale ? 0.85 : 0.5) ? "female" : "male"
    }

    /// The asker line with `date`: `Hsu, 20~29 year old female. Ask Date: 2023/01/03`.
    func line(date: String, age: String? = nil) -> String {
        "\(name), \(age ?? self.age) year old \(gender). Ask Date: \(date)"
    }
}
