/// `vocabulary`: a field's value is one of a closed list (inline, or a reference list).
struct VocabularyKind: RuleKind {
    static let name = "vocabulary"
    static let summary = "Reports field values missing from a list, suggesting the closest entry."
    static let messages = [(key: "unknown", template: "Unknown {label} '{value}'{suggestion}")]
    static let placeholders = ["label", "value", "suggestion"]

    let fields: [String]
    /// The fields' slots (see ``FieldSlots``), found once.
    private let slots: [Int]
    let values: [String]
    let lookup: Set<String>
    /// The members' bytes (lower-cased when case is ignored), to accept most values without text.
    private let byteLookup: ByteSet
    let ignoreCase: Bool

    init(options: inout OptionsReader, environment: KindEnvironment) {
        fields = options.strings("fields") ?? []
        if fields.isEmpty { options.fail("fields", "'fields' must name at least one field") }
        FieldSelector.validateFields(fields, key: "fields", &options, environment.schema)
        slots = fields.map(environment.slots.slot)
        let fold = options.bool("ignore_case") ?? false
        ignoreCase = fold
        var list = options.strings("values") ?? []
        if let name = options.string("list") {
            if let reference = environment.reference.lists[name] {
                list += reference
            } else {
                let known = environment.reference.lists.keys.sorted()
                options.fail("list", "unknown reference list '\(name)'\(Suggestion.hint(for: name, in: known)); known: \(known.joined(separator: ", "))")
            }
        }
        if list.isEmpty && options.node?["list"] == nil { options.fail("values", "give 'values' or a reference 'list'") }
        values = list
        lookup = Set(list.map { fold ? $0.lowercased() : $0 })
        byteLookup = ByteSet(lookup.map { Array($0.utf8) }, foldingASCIICase: fold)
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        // By index: a field's name (a text every thread shares) is read for a finding only.
        for index in slots.indices {
            for field in document.fields(slot: slots[index]) where !field.isEmpty {
                // A member's exact bytes are known without making text. Ignoring case, that
                // holds for ASCII values only (ASCII folding is then what `lowercased()` does).
                let known = document.withUTF8(of: field) { bytes in
                    (!ignoreCase || ByteScan.isASCII(bytes)) && byteLookup.contains(bytes)
                }
                if known { continue }
                let value = document.value(of: field)
                guard !lookup.contains(ignoreCase ? value.lowercased() : value) else { continue }
                let suggestion = Suggestion.closest(to: value, in: values).map { "; did you mean '\($0)'?" } ?? ""
                findings.append(Finding(field: field, message: "unknown", values: [
                    "label": document.schema.label(ofField: fields[index]), "value": value, "suggestion": suggestion,
                ]))
            }
        }
    }
}
