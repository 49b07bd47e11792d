/// Cuts a section body into entries and reads each entry's fields.
///
/// Blank lines are skipped. With an `end` recogniser, an entry runs up to and including the
/// next line it recognises (so an entry with a missing line is still one entry); without,
/// every `lines.count` lines make an entry. When an entry has the wrong number of lines, its
/// first and last lines keep their roles, lines that start with a template's leading literal
/// take that template, and the rest fill the remaining templates in order.
struct EntryParser {
    let spec: EntrySpec
    /// Per entry line, its fields (`section.name`) by ordinal, with their slots.
    let fields: [[FieldSlots.Named]]
    let source: SourceText
    let buffer: UnsafeBufferPointer<UInt8>

    func entries(in body: Range<Int>) -> [EntryMatch] {
        var result: [EntryMatch] = []
        result.reserveCapacity(body.count / max(1, spec.lines.count) + 1)
        var current: [Int] = []
        current.reserveCapacity(spec.lines.count + 1)
        // One capture list for every line of every entry.
        var captures: [TemplateMatch.Capture] = []
        for line in body where !source.isBlank(lineIndex: line) {
            current.append(line)
            if let end = spec.end {
                let bounds = source.lines[line]
                if end.matches(buffer, start: bounds.start, end: bounds.end) {
                    result.append(entry(current, terminated: true, &captures))
                    current = []
                    current.reserveCapacity(spec.lines.count + 1)
                }
            } else if current.count == spec.lines.count {
                result.append(entry(current, terminated: true, &captures))
                current = []
                current.reserveCapacity(spec.lines.count + 1)
            }
        }
        if !current.isEmpty { result.append(entry(current, terminated: spec.end == nil, &captures)) }
        return result
    }

    private func entry(_ lines: [Int], terminated: Bool, _ captures: inout [TemplateMatch.Capture]) -> EntryMatch {
        let assigned = assign(lines, terminated: terminated)
        var matches: [TemplateMatch?] = []
        matches.reserveCapacity(assigned.count)
        var fields: [Field] = []
        fields.reserveCapacity(assigned.count * 2)
        for (slot, line) in assigned.enumerated() {
            guard let line else {
                matches.append(nil)
                continue
            }
            let bounds = source.lines[line]
            let missing = spec.lines[slot].template.match(buffer, start: bounds.start, end: bounds.end, captures: &captures)
            FieldSlots.fields(captures, names: self.fields[slot], line: line, source: source, into: &fields)
            // The captures live on as fields; the stored match keeps only its verdict.
            matches.append(TemplateMatch(captures: [], missingLiteral: missing))
        }
        return EntryMatch(lineIndices: lines, assigned: assigned, matches: matches, fields: fields, terminated: terminated)
    }

    /// Which line stands for which template slot.
    private func assign(_ lines: [Int], terminated: Bool) -> [Int?] {
        let slots = spec.lines.count
        if lines.count == slots { return lines.map { Optional($0) } }
        var assigned = [Int?](repeating: nil, count: slots)
        var free = lines
        assigned[0] = free.removeFirst()
        if terminated, slots > 1, !free.isEmpty { assigned[slots - 1] = free.removeLast() }
        let middle = terminated ? 1..<max(1, slots - 1) : 1..<slots
        for slot in middle {
            guard let literal = spec.lines[slot].template.leadingLiteral else { continue }
            if let position = free.firstIndex(where: { startsWith(literal, $0) }) {
                assigned[slot] = free.remove(at: position)
            }
        }
        for slot in middle where assigned[slot] == nil && spec.lines[slot].template.leadingLiteral == nil {
            guard !free.isEmpty else { break }
            assigned[slot] = free.removeFirst()
        }
        return assigned
    }

    private func startsWith(_ literal: [UInt8], _ line: Int) -> Bool {
        let bounds = source.lines[line]
        let span = ByteScan.trimmed(buffer, from: bounds.start, to: bounds.end)
        return ByteScan.matchesIgnoringCase(literal, in: buffer, at: span.lowerBound)
    }
}
