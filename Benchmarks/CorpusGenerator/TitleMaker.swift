/// Makes page titles in the site's styles, unique across the corpus: mostly rewritten titles
/// (`Understanding Painful Hemangiomas: Do They Resolve on Their Own?`), sometimes a short
/// original one (`Vertebral hemangioma`).
struct TitleMaker {
    /// Openings of rewritten titles.
    static let leads = [
        "Understanding", "Understanding and Managing", "Managing", "Coping with", "Dealing with", "Treating",
        "Navigating", "Recognizing", "Preventing", "Exploring", "Evaluating",
    ]
    /// Words put before a condition.
    static let qualifiers = [
        "Persistent", "Recurrent", "Sudden", "Mild", "Severe", "Chronic", "Early", "Painful", "Unexplained",
        "Frequent", "Long-Term", "Worsening", "Nighttime", "Intermittent", "Suspected",
    ]
    /// Who or when, after a condition.
    static let audiences = [
        "in Young Adults", "in Older Adults", "in Women", "in Men", "in Teenagers", "After Surgery",
        "in Office Workers", "at Night", "After Exercise", "in Busy Parents",
    ]
    /// Endings after the colon.
    static let tails = [
        "Causes and Treatment Options", "Risks and Treatment Options", "What You Need to Know", "When to See a Doctor",
        "Symptoms and Solutions", "Causes, Risks, and Treatment Options", "A Guide for Patients",
        "Do They Resolve on Their Own?", "Is It Serious?", "Expert Advice", "Common Questions Answered",
        "Tips for Relief", "Diagnosis and Next Steps", "What Your Results Mean", "Should You Be Concerned?",
        "Insights from a Specialist", "Key Facts and Concerns", "Options for Relief",
    ]

    /// Titles already given.
    private(set) var taken: Set<String> = []

    /// A title for a page of `department` about `focus` (mostly) that no earlier page has.
    mutating func make(_ department: Department, focus: String, serial: Int, _ random: inout SplitMix64) -> String {
        for _ in 0..<64 {
            let title = candidate(department, focus: focus, &random)
            if taken.insert(title).inserted { return title }
        }
        // Past tens of thousands of pages a department's combinations run short.
        let title = "\(candidate(department, focus: focus, &random)) (Case \(serial))"
        taken.insert(title)
        return title
    }

    /// Whether `title` was given to some page.
    func contains(_ title: String) -> Bool {
        taken.contains(title)
    }

    /// A title in one of the site's styles (possibly taken).
    func candidate(_ department: Department, focus: String? = nil, _ random: inout SplitMix64) -> String {
        let condition = focus.map { random.chance(0.8) ? $0 : random.pick(department.conditions) } ?? random.pick(department.conditions)
        if random.chance(0.12) {
            let subject = random.chance(0.5) ? "\(random.pick(Self.qualifiers).lowercased()) \(condition)" : condition
            return TitleCase.capitalised(subject)
        }
        var subject = TitleCase.apply(condition)
        if random.chance(0.5) { subject = "\(random.pick(Self.qualifiers)) \(subject)" }
        if random.chance(0.3) { subject += " \(random.pick(Self.audiences))" }
        switch random.int(in: 0...9) {
        case 0: return "Choosing the Right Specialist for \(subject): A Guide"
        case 1: return "Can \(TitleCase.apply(random.pick(department.treatments))) Help with \(subject)?"
        default: return "\(random.pick(Self.leads)) \(subject): \(random.pick(Self.tails))"
        }
    }
}
