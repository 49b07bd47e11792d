/// `line-endings`: lines whose ending differs from the file's own style (or a required one).
struct LineEndingsKind: RuleKind {
    static let name = "line-endings"
    static let summary = "Reports line endings that differ from the file's dominant style or from a required one."
    static let messages = [
        (key: "mixed", template: "Line ends with {found}, but this file mostly uses {expected}"),
        (key: "required", template: "Line ends with {found}; expected {expected}"),
    ]
    static let placeholders = ["found", "expected"]
    static let fixable = true

    /// `nil` for the file's own dominant style.
    let required: LineTerminator?

    init(options: inout OptionsReader, environment: KindEnvironment) {
        switch options.choice("style", ["consistent", "lf", "crlf"]) {
        case "lf": required = .lf
        case "crlf": required = .crlf
        default: required = nil
        }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let lines = document.source.lines
        // Counted in plain variables: a dictionary hashed on every line of every page (and one
        // keyed by our own type has its Hashable conformance looked up in every loaded library
        // the first time), and even a small array, cost a page more.
        var tally = Tally()
        for line in lines { tally.count(line.terminator) }
        let expected = required ?? tally.dominant
        guard tally.hasOther(than: expected) else { return }
        for (index, line) in lines.enumerated() where line.terminator != .none && line.terminator != expected {
            var finding = Finding(line: index, start: line.end, end: line.end, message: required == nil ? "mixed" : "required",
                                  values: ["found": line.terminator.name, "expected": expected.name])
            finding.fix = Fix(start: line.end, end: line.end + line.terminator.bytes.count, replacement: expected.bytes)
            findings.append(finding)
        }
    }

    /// Lines counted by their ending.
    private struct Tally {
        var lf = 0
        var crlf = 0
        var cr = 0

        mutating func count(_ terminator: LineTerminator) {
            switch terminator {
            case .lf: lf += 1
            case .crlf: crlf += 1
            case .cr: cr += 1
            case .none: break
            }
        }

        /// The most used ending; ties go to LF, then CRLF.
        var dominant: LineTerminator {
            if crlf > lf && crlf >= cr { return .crlf }
            if cr > lf && cr > crlf { return .cr }
            return .lf
        }

        /// Whether any line ends otherwise than with `expected`.
        func hasOther(than expected: LineTerminator) -> Bool {
            (expected != .lf && lf > 0) || (expected != .crlf && crlf > 0) || (expected != .cr && cr > 0)
        }
    }
}
