/// `pii`: personal data in the patient's and doctor's text. The matched text never reaches
/// any output: messages show it masked, and excerpts mask the span.
struct PIIKind: RuleKind {
    static let name = "pii"
    static let summary = "Reports phone numbers, e-mail addresses and national ID numbers in page text, masked."
    static let messages = [(key: "found", template: "{what} {masked} in {part}; remove personal data")]
    static let placeholders = ["what", "masked", "part"]

    let parts: [String]
    /// The parts' lines, their indices found once.
    private let partLines: PartLines
    /// The detectors the options chose.
    let detectors: PIIDetector.Detectors
    let allowed: Set<String>

    init(options: inout OptionsReader, environment: KindEnvironment) {
        parts = options.strings("parts") ?? []
        if parts.isEmpty { options.fail("parts", "'parts' must name at least one part") }
        PartLines.validate(parts, key: "parts", &options, environment.schema)
        partLines = PartLines(parts, schema: environment.schema)
        let names = options.strings("detect") ?? PIIDetector.Kind.allCases.map(\.rawValue)
        // A list, not a set: a set of a type of our own made the runtime search every loaded
        // library for its Hashable conformance at start-up.
        var chosen: [PIIDetector.Kind] = []
        for name in names {
            if let kind = PIIDetector.Kind(rawValue: name) { chosen.append(kind) } else {
                let known = PIIDetector.Kind.allCases.map(\.rawValue)
                options.fail("detect", "unknown detector '\(name)'\(Suggestion.hint(for: name, in: known)); known: \(known.joined(separator: ", "))")
            }
        }
        detectors = PIIDetector.Detectors(chosen)
        allowed = Set((options.strings("allow") ?? []).map(Self.normalised))
    }

    /// Digits and letters only, lower-cased, for comparing with the allow list.
    static func normalised(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "@" || $0 == "." })
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let lines = partLines.lines(in: document)
        document.source.bytes.withUnsafeBufferPointer { buffer in
            for index in lines {
                let line = document.source.lines[index]
                for match in PIIDetector.matches(in: buffer, start: line.start, end: line.end, detectors: detectors) {
                    let text = document.source.text(match.start, match.end)
                    if allowed.contains(Self.normalised(text)) { continue }
                    let part = partLabel(containing: index, document)
                    var finding = Finding(line: index, start: match.start, end: match.end, message: "found", values: [
                        "what": match.kind.label, "masked": PIIDetector.mask(text), "part": part,
                    ])
                    finding.sensitive = true
                    findings.append(finding)
                }
            }
        }
    }

    private func partLabel(containing line: Int, _ document: Document) -> String {
        for id in parts {
            guard let index = document.schema.partIndex(id) else { continue }
            if document.occurrences[index].contains(where: { $0.body.contains(line) }) { return document.schema.parts[index].label }
        }
        return "text"
    }
}
