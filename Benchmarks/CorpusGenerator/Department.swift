/// A department (specialty) of the site, with its share of questions and the words its pages use.
public struct Department: Sendable {
    /// English name, as written on doctor lines (`Orthopedics`).
    public let name: String
    /// Answered questions in 2024 (domain notes); pages are drawn in proportion.
    public let weight: Int
    /// Conditions asked about, lower case (`vertebral hemangioma`).
    public let conditions: [String]
    /// Symptoms patients describe, lower case (`lower back pain at night`).
    public let symptoms: [String]
    /// Examinations doctors mention (`an MRI`).
    public let tests: [String]
    /// Treatments doctors mention (`physical therapy`).
    public let treatments: [String]

    /// A department whose word lists are given as `|`-separated strings.
    init(_ name: String, _ weight: Int, conditions: String, symptoms: String, tests: String, treatments: String) {
        self.name = name
        self.weight = weight
        self.conditions = conditions.split(separator: "|").map(String.init)
        self.symptoms = symptoms.split(separator: "|").map(String.init)
        self.tests = tests.split(separator: "|").map(String.init)
        self.treatments = treatments.split(separator: "|").map(String.init)
    }

    /// FAQ topics of the department: its conditions in title case (`Vertebral Hemangioma`).
    public var faqTopics: [String] {
        conditions.map(TitleCase.apply)
    }
}
