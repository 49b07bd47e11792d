/// `registry`: a person found in the doctor registry (by name or alias) appears only in a
/// group registered for them (a doctor answers only in their specialties).
struct RegistryKind: RuleKind {
    static let name = "registry"
    static let summary = "Reports a registered doctor answering in a specialty not registered for them."
    static let messages = [(key: "unregistered", template: "Dr. {name} is registered for {registered}, not {group}")]
    static let placeholders = ["name", "canonical", "registered", "group"]

    let pairs: [(name: String, group: String)]
    /// The pairs' slots (see ``FieldSlots``), found once.
    private let slots: [(name: Int, group: Int)]

    init(options: inout OptionsReader, environment: KindEnvironment) {
        pairs = PersonPairs.read(&options, environment.schema)
        slots = pairs.map { (environment.slots.slot($0.name), environment.slots.slot($0.group)) }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let registry = context.reference.doctors
        guard !registry.doctors.isEmpty else { return }
        for pair in slots {
            let groups = SameLineFields(document.fields(slot: pair.group))
            for name in document.fields(slot: pair.name) {
                guard let doctor = registry.doctor(named: document.value(of: name)),
                      let group = groups.on(lineOf: name), !group.isEmpty,
                      !doctor.specialties.contains(document.value(of: group)) else { continue }
                findings.append(Finding(field: group, message: "unregistered", values: [
                    "name": document.value(of: name), "canonical": doctor.name,
                    "registered": doctor.specialties.joined(separator: ", "), "group": document.value(of: group),
                ]))
            }
        }
    }
}
