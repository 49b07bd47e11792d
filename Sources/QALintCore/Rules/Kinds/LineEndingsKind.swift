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
        // Counted in a small array by raw value: a dictionary hashed on every line of every page
        // (and a dictionary keyed by our own type has its Hashable conformance looked up in
        // every loaded library the first time).
        var tally = [Int](repeating: 0, count: 4)
        for line in lines { tally[Int(line.terminator.rawValue)] += 1 }
        let used = [LineTerminator.lf, .crlf, .cr].filter { tally[Int($0.rawValue)] > 0 }
        guard !used.isEmpty else { return }
        let expected = required ?? dominant(tally)
        guard used.contains(where: { $0 != expected }) else { return }
        for (index, line) in lines.enumerated() where line.terminator != .none && line.terminator != expected {
            var finding = Finding(line: index, start: line.end, end: line.end, message: required == nil ? "mixed" : "required",
                                  values: ["found": line.terminator.name, "expected": expected.name])
            finding.fix = Fix(start: line.end, end: line.end + line.terminator.bytes.count, replacement: expected.bytes)
            findings.append(finding)
        }
    }

    /// The most used ending (`tally` counts lines by terminator raw value); ties go to LF, then CRLF.
    private func dominant(_ tally: [Int]) -> LineTerminator {
        var best = LineTerminator.lf
        for candidate in [LineTerminator.crlf, .cr] where tally[Int(candidate.rawValue)] > tally[Int(best.rawValue)] {
            best = candidate
        }
        return best
    }
}
