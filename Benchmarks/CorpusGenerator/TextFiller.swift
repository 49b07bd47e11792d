/// Fills sentence templates with a department's words: `{condition}`, `{symptom}`, `{test}`,
/// `{treatment}`, `{duration}`, `{who}`, `{department}`; a capitalised slot name
/// (`{Condition}`) gives the word in title case.
struct TextFiller {
    /// The department whose words are used.
    let department: Department
    /// Who the asker writes about, chosen once per page so the text stays consistent.
    let who: String
    /// The condition the page is about; `{condition}` gives it most of the time.
    let focus: String

    /// Whom the asker may write about.
    static let people = ["my mother", "my father", "my husband", "my wife", "my son", "my daughter", "my boyfriend", "my girlfriend", "my grandmother"]
    /// Whom the asker may write about on an Obstetrics and Gynecology page.
    static let women = ["my mother", "my wife", "my daughter", "my girlfriend", "my sister"]
    /// How long a complaint has lasted.
    static let durations = ["two weeks", "three days", "about a month", "half a year", "several years", "about ten days", "two months", "a week", "3 months", "10 days", "a year"]

    /// `template` with every `{slot}` replaced by a word drawn from `random`.
    func fill(_ template: String, _ random: inout SplitMix64) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 64)
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            result += word(for: rest[rest.index(after: open)..<close], &random)
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return TitleCase.capitalised(result)
    }

    private func word(for slot: Substring, _ random: inout SplitMix64) -> String {
        let lower = slot.lowercased()
        let value: String
        switch lower {
        case "condition": value = random.chance(0.6) ? focus : random.pick(department.conditions)
        case "symptom": value = random.pick(department.symptoms)
        case "test": value = random.pick(department.tests)
        case "treatment": value = random.pick(department.treatments)
        case "duration": value = random.pick(Self.durations)
        case "who": value = who
        case "department": value = department.name
        default: value = String(slot)
        }
        return slot.first?.isUppercase == true && lower != "department" ? TitleCase.apply(value) : value
    }

    /// `count` sentences from `bank`, without repeating a template.
    func sentences(_ bank: [String], count: Int, _ random: inout SplitMix64) -> String {
        random.sample(bank, count: count).map { fill($0, &random) }.joined(separator: " ")
    }
}
