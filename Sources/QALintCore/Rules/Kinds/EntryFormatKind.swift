/// `entry-format`: each entry of a section has all its lines, and its excerpt fields are cut
/// at `max_length` characters followed by the ellipsis, or given whole.
///
/// An excerpt that ends with the ellipsis after fewer characters is taken as a whole text that
/// happens to end so, and is not reported.
struct EntryFormatKind: RuleKind {
    static let name = "entry-format"
    static let summary = "Reports entries with missing or extra lines, and excerpts not cut at the set length."
    static let messages = [
        (key: "lines", template: "{entry} has {count} lines; expected {expected}: {form}"),
        (key: "unended", template: "{entry} does not end with its last line; expected {expected} lines: {form}"),
        (key: "long", template: "{field} excerpt has {count} characters; cut it at {max} and add '{ellipsis}'"),
        (key: "cut", template: "{field} excerpt is cut at {count} characters; expected {max} followed by '{ellipsis}'"),
    ]
    static let placeholders = ["entry", "count", "expected", "form", "field", "max", "ellipsis"]

    let section: String
    let excerpts: [String]
    let maxLength: Int
    let ellipsis: String
    /// The ellipsis as UTF-8, for a byte comparison with each excerpt's end.
    private let ellipsisBytes: [UInt8]
    private let ellipsisScalars: Int
    /// The excerpt fields' slots in the schema's pages (see ``FieldSlots``).
    private let excerptSlots: [Int]
    /// The section's part in the schema and its entries, found once.
    private let sectionIndex: Int?
    private let spec: EntrySpec?

    init(options: inout OptionsReader, environment: KindEnvironment) {
        section = options.string("section") ?? ""
        FieldSelector.validatePart(section, key: "section", &options, environment.schema)
        let names = options.strings("excerpts") ?? []
        excerpts = names
        let part = section
        let qualifiedExcerpts = names.map { "\(part).\($0)" }
        FieldSelector.validateFields(qualifiedExcerpts, key: "excerpts", &options, environment.schema)
        let length = options.int("max_length", range: 1...1_000_000)
        maxLength = length ?? 280
        ellipsis = options.string("ellipsis") ?? "..."
        ellipsisBytes = Array(ellipsis.utf8)
        ellipsisScalars = ellipsis.unicodeScalars.count
        let slots = environment.slots
        excerptSlots = qualifiedExcerpts.map(slots.slot)
        sectionIndex = environment.schema.partIndex(section)
        spec = sectionIndex.flatMap { environment.schema.parts[$0].entries }
        if sectionIndex != nil, spec == nil { options.fail("section", "part '\(section)' has no entries") }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        guard let index = sectionIndex, let spec else { return }
        let occurrences = document.occurrences
        document.forEachEntry(ofPart: index) { entry in
            let lineCount = entry.lines.count
            if lineCount != spec.lines.count || !entry.terminated {
                let form = spec.lines.map { PartDescription.form(of: $0.template) }.joined(separator: " / ")
                // The right number of lines, but none ends the entry: saying "4 lines; expected
                // 4" would not tell what is wrong.
                let message = lineCount == spec.lines.count ? "unended" : "lines"
                findings.append(Finding(wholeLine: occurrences.entryLines[entry.lines.lowerBound], of: document.source, message: message, values: [
                    "entry": spec.label, "count": String(lineCount), "expected": String(spec.lines.count), "form": form,
                ]))
            }
            for position in excerptSlots.indices {
                let slot = excerptSlots[position]
                guard let field = occurrences.field(of: entry, slot: slot) else { continue }
                check(field, excerpt: position, document, &findings)
            }
        }
    }

    /// Checks the excerpt field `field`, of `excerpts[excerpt]` (a name read for a finding only:
    /// copying it out of the list for every entry retained a text every thread shares).
    private func check(_ field: Field, excerpt: Int, _ document: Document, _ findings: inout [Finding]) {
        // Scalars counted on the UTF-8 bytes (every byte but a continuation byte starts one):
        // the String view's count walks the text far more slowly, and most fields pass.
        let (count, cut) = document.withUTF8(of: field) { bytes in
            (ByteScan.scalarCount(bytes, from: 0, to: bytes.count),
             ByteScan.hasSuffix(ellipsisBytes, bytes))
        }
        let length = cut ? count - ellipsisScalars : count
        guard length > maxLength else { return }
        let label = document.schema.label(ofField: excerpts[excerpt])
        let values = ["field": label.prefix(1).uppercased() + label.dropFirst(), "max": String(maxLength), "ellipsis": ellipsis,
                      "count": String(length)]
        findings.append(Finding(field: field, message: cut ? "cut" : "long", values: values))
    }
}
