/// `date-compare`: one date field is not before another (a reply after its question).
struct DateCompareKind: RuleKind {
    static let name = "date-compare"
    static let summary = "Reports a date that comes before the date it must follow."
    static let messages = [(key: "before", template: "{later_label} {later} is before {earlier_label} {earlier}")]
    static let placeholders = ["later_label", "later", "earlier_label", "earlier"]

    let earlier: String
    let later: String
    let format: DateFormat

    init(options: inout OptionsReader, environment: KindEnvironment) {
        earlier = options.string("earlier") ?? ""
        later = options.string("later") ?? ""
        if earlier.isEmpty || later.isEmpty { options.fail("earlier", "'earlier' and 'later' must each name a date field") }
        FieldSelector.validateFields([earlier, later].filter { !$0.isEmpty }, key: "earlier", &options, environment.schema)
        let layout = options.string("format") ?? "YYYY/MM/DD"
        let parsed = DateFormat(parsing: layout)
        if parsed == nil { options.fail("format", "'\(layout)' is not a date layout") }
        format = parsed ?? DateFormat(parsing: "YYYY/MM/DD")!
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let first = document.field(earlier), let second = document.field(later),
              let firstDate = format.date(document.value(of: first)), let secondDate = format.date(document.value(of: second)),
              secondDate < firstDate else { return }
        findings.append(Finding(field: second, message: "before", values: [
            "later_label": document.schema.label(ofField: later), "later": document.value(of: second),
            "earlier_label": document.schema.label(ofField: earlier), "earlier": document.value(of: first),
        ]))
    }
}
