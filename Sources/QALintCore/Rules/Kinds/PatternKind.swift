/// `pattern`: text a part must not contain (`forbid`) or must contain (`require`), as a PCRE2
/// regular expression matched line by line. A pattern that hits the match limit on a line is
/// reported on that line, so a runaway pattern costs time but never hangs the run.
struct PatternKind: RuleKind {
    static let name = "pattern"
    static let summary = "Reports text matching a forbidden pattern, or a part missing a required one."
    static let messages = [
        (key: "forbidden", template: "'{match}' is not allowed in {part}"),
        (key: "required", template: "{part} must contain text matching {pattern}"),
        (key: "limit", template: "Pattern {pattern} gave up on this line (match limit reached); simplify the rule's pattern"),
    ]
    static let placeholders = ["match", "part", "pattern"]

    let parts: [String]
    /// The parts' lines, their indices found once.
    private let partLines: PartLines
    let forbid: Pattern?
    let require: Pattern?

    init(options: inout OptionsReader, environment: KindEnvironment) {
        parts = options.strings("parts") ?? []
        if parts.isEmpty { options.fail("parts", "'parts' must name at least one part") }
        PartLines.validate(parts, key: "parts", &options, environment.schema)
        partLines = PartLines(parts, schema: environment.schema)
        let ignoreCase = options.bool("ignore_case") ?? false
        func compile(_ key: String) -> Pattern? {
            guard let text = options.string(key) else { return nil }
            do {
                return try Pattern(text, ignoreCase: ignoreCase)
            } catch {
                options.fail(key, "invalid pattern at character \(error.column): \(error.message)")
                return nil
            }
        }
        forbid = compile("forbid")
        require = compile("require")
        if options.node?["forbid"] == nil && options.node?["require"] == nil { options.fail("parts", "give 'forbid' or 'require'") }
    }

    func check(_ document: Document, context: CheckContext, into findings: inout [Finding]) {
        let lines = partLines.lines(in: document)
        // Made only for a finding.
        var label: String { parts.compactMap { document.schema.partIndex($0).map { document.schema.parts[$0].label } }.joined(separator: " or ") }
        document.source.bytes.withUnsafeBufferPointer { buffer in
            if let forbid {
                let matcher = forbid.matcher()
                for index in lines {
                    let line = document.source.lines[index]
                    var from = line.start
                    while from <= line.end {
                        switch matcher.firstMatch(in: buffer, from: from, to: line.end) {
                        case .none: from = line.end + 1
                        case .limitReached:
                            findings.append(Finding(wholeLine: index, of: document.source, message: "limit", values: ["pattern": forbid.source]))
                            from = line.end + 1
                        case .match(let range):
                            findings.append(Finding(line: index, start: range.lowerBound, end: range.upperBound, message: "forbidden",
                                                    values: ["match": document.source.text(range.lowerBound, range.upperBound), "part": label]))
                            from = range.isEmpty ? range.upperBound + 1 : range.upperBound
                        }
                    }
                }
            }
            if let require, !lines.isEmpty {
                let matcher = require.matcher()
                var found = false
                for index in lines where !found {
                    let line = document.source.lines[index]
                    if case .match = matcher.firstMatch(in: buffer, from: line.start, to: line.end) { found = true }
                }
                if !found {
                    let first = parts.compactMap { document.primary($0)?.firstLine }.min() ?? lines.first ?? 0
                    findings.append(Finding(wholeLine: first, of: document.source, message: "required",
                                            values: ["part": label, "pattern": require.source]))
                }
            }
        }
    }
}
