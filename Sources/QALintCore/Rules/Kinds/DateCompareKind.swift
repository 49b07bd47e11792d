/// `date-compare`: one date field is not before another (a reply after its question).
struct DateCompareKind: RuleKind {
    static let name = "date-compare"
    static let summary = "Reports a date that comes before the date it must follow."
    static let messages = [(key: "before", template: "{later_label} {later} is before {earlier_label} {earlier}")]
    static let placeholders = ["later_label", "later", "earlier_label", "earlier"]

    let earlier: String
    let later: String
    /// The two fields' slots (see ``FieldSlots``), found once.
    private let earlierSlot: Int
    private let laterSlot: Int
    let format: DateFormat

    init(options: inout OptionsReader, environment: KindEnvironment) {
        earlier = options.string("earlier") ?? ""
        later = options.string("later") ?? ""
        if earlier.isEmpty || later.isEmpty { options.fail("earlier", "'earlier' and 'later' must each name a date field") }
        FieldSelector.validateFields([earlier, later].filter { !$0.isEmpty }, key: "earlier", &options, environment.schema)
        earlierSlot = environment.slots.slot(earlier)
        laterSlot = environment.slots.slot(later)
        let layout = options.string("format") ?? "YYYY/MM/DD"
        let parsed = DateFormat(parsing: layout)
        if parsed == nil { options.fail("format", "'\(layout)' is not a date layout") }
        format = parsed ?? DateFormat(parsing: "YYYY/MM/DD")!
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        // Read on the page's bytes: a text is made only for a finding.
        guard let first = document.fields(slot: earlierSlot).first, let second = document.fields(slot: laterSlot).first,
              case .valid(let firstDate)? = document.withUTF8(of: first, { format.parse($0) }),
              case .valid(let secondDate)? = document.withUTF8(of: second, { format.parse($0) }),
              secondDate < firstDate else { return }
        findings.append(Finding(field: second, message: "before", values: [
            "later_label": document.schema.label(ofField: later), "later": document.value(of: second),
            "earlier_label": document.schema.label(ofField: earlier), "earlier": document.value(of: first),
        ]))
    }
}
