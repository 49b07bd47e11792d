/// `date`: date fields have the layout, are real calendar dates, and lie within bounds.
///
/// A date that is plainly one day written loosely (`2023/1/3`, full-width digits or slashes)
/// gets a fix to the layout. `max: today` takes the run's today (pinned with `--today`). With `check_format: false`
/// only the bounds are checked, and a malformed date is left to the rule that checks format.
struct DateKind: RuleKind {
    static let name = "date"
    static let summary = "Reports dates not in the layout, not on the calendar, or outside the allowed range."
    static let messages = [
        (key: "format", template: "{label} '{value}' is not a date in the form {format}"),
        (key: "calendar", template: "{label} {value} is not a real calendar date"),
        (key: "min", template: "{label} {value} is before {min}, the earliest allowed date"),
        (key: "max", template: "{label} {value} is after {max}, the latest allowed date"),
    ]
    static let placeholders = ["label", "value", "format", "min", "max"]
    static let fixable = true

    let fields: [String]
    /// The fields' slots (see ``FieldSlots``), found once.
    private let slots: [Int]
    let format: DateFormat
    let checkFormat: Bool
    let minimum: CalendarDate?
    /// nil with `maxIsToday` false: no upper bound.
    let maximum: CalendarDate?
    let maxIsToday: Bool

    init(options: inout OptionsReader, environment: KindEnvironment) {
        fields = options.strings("fields") ?? []
        if fields.isEmpty { options.fail("fields", "'fields' must name at least one date field") }
        FieldSelector.validateFields(fields, key: "fields", &options, environment.schema)
        slots = fields.map(environment.slots.slot)
        let layout = options.string("format") ?? "YYYY/MM/DD"
        let parsedFormat = DateFormat(parsing: layout)
        if parsedFormat == nil { options.fail("format", "'\(layout)' is not a date layout: use YYYY, MM and DD once each, with ASCII separators") }
        format = parsedFormat ?? DateFormat(parsing: "YYYY/MM/DD")!
        checkFormat = options.bool("check_format") ?? true
        let chosen = format
        func bound(_ key: String, _ options: inout OptionsReader) -> CalendarDate? {
            guard let text = options.string(key), text != "today" else { return nil }
            guard let date = chosen.date(text) ?? CalendarDate(iso: text) else {
                options.fail(key, "'\(text)' is not a date in the form \(layout) or YYYY-MM-DD")
                return nil
            }
            return date
        }
        minimum = bound("min", &options)
        maxIsToday = options.node?["max"]?.scalar == "today"
        maximum = bound("max", &options)
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let upper = maxIsToday ? context.today : maximum
        // By index: a field's name (a text every thread shares) is read for a finding only.
        for index in slots.indices {
            for field in document.fields(slot: slots[index]) {
                // Read on the page's bytes; the text and the message's values are made only for
                // a finding: most dates are fine.
                let parsed = document.withUTF8(of: field) { format.parse($0) }
                if case .valid(let date)? = parsed, minimum.map({ date >= $0 }) ?? true, upper.map({ date <= $0 }) ?? true { continue }
                let value = document.value(of: field)
                var values: [String: String] { ["label": document.schema.label(ofField: fields[index]), "value": value, "format": format.source] }
                switch parsed {
                case nil:
                    guard checkFormat else { break }
                    var finding = at(field, "format", values, document)
                    if let date = DateRepair.date(value), minimum.map({ date >= $0 }) ?? true {
                        finding.fix = Fix(start: field.start, end: field.end, replacement: Array(format.format(date).utf8))
                    }
                    findings.append(finding)
                case .notACalendarDate?:
                    if checkFormat { findings.append(at(field, "calendar", values, document)) }
                case .valid(let date)?:
                    if let minimum, date < minimum {
                        findings.append(at(field, "min", values.merging(["min": format.format(minimum)]) { $1 }, document))
                    }
                    if let upper, date > upper {
                        findings.append(at(field, "max", values.merging(["max": format.format(upper)]) { $1 }, document))
                    }
                }
            }
        }
    }

    /// A finding on the field, or on its whole line when the field is empty.
    private func at(_ field: Field, _ message: String, _ values: [String: String], _ document: Document) -> Finding {
        field.start < field.end ? Finding(field: field, message: message, values: values)
            : Finding(wholeLine: field.lineIndex, of: document.source, message: message, values: values)
    }
}
