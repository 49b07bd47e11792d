/// Cuts a section body into entries and reads each entry's fields.
///
/// Blank lines are skipped. With an `end` recogniser, an entry runs up to and including the
/// next line it recognises (so an entry with a missing line is still one entry); without,
/// every `lines.count` lines make an entry. When an entry has the wrong number of lines, its
/// first and last lines keep their roles, lines that start with a template's leading literal
/// take that template, and the rest fill the remaining templates in order.
///
/// Made once per section of a schema (``DocumentParser`` keeps them), not per page: a parser
/// made for every section of every page copied its spec, field names and page in, and
/// destroyed them again.
final class EntryParser: Sendable {
    let spec: EntrySpec
    /// Per entry line, its template's code with the slots of its fields (`section.name`).
    private let codes: [TemplateCode]
    /// The codes' views, read for every entry line: plain values, so reading one retains nothing.
    private let views: [TemplateCode.View]

    /// A reader of entries of `spec`, whose lines' fields have the slots `slots` (per line, by ordinal).
    init(spec: EntrySpec, slots: [[Int]]) {
        self.spec = spec
        codes = zip(spec.lines, slots).map { line, slots in TemplateCode(line.template.tokens, slots: slots) }
        views = codes.map(\.view)
    }

    /// Reads the entries of the section body `body` of `source` (whose bytes are `buffer`)
    /// into `lists` (the page's, shared by all its sections); returns where they are in
    /// `lists.entries`.
    func entries(in body: Range<Int>, of source: SourceText, _ buffer: UnsafeBufferPointer<UInt8>, into lists: inout EntryLists) -> Range<Int> {
        // No exact reservation here: the lists are the page's, and reserving for each of many
        // sections would copy them every time (the parser sizes them for a usual page).
        let firstEntry = lists.entries.count
        var first = lists.lines.count
        for line in body where !source.isBlank(lineIndex: line) {
            lists.lines.append(line)
            if let end = spec.end {
                let bounds = source.lines[line]
                if end.matches(buffer, start: bounds.start, end: bounds.end) {
                    entry(first..<lists.lines.count, terminated: true, source, buffer, &lists)
                    first = lists.lines.count
                }
            } else if lists.lines.count - first == spec.lines.count {
                entry(first..<lists.lines.count, terminated: true, source, buffer, &lists)
                first = lists.lines.count
            }
        }
        if first < lists.lines.count { entry(first..<lists.lines.count, terminated: spec.end == nil, source, buffer, &lists) }
        return firstEntry..<lists.entries.count
    }

    private func entry(_ lines: Range<Int>, terminated: Bool, _ source: SourceText, _ buffer: UnsafeBufferPointer<UInt8>,
                       _ lists: inout EntryLists) {
        let slotStart = lists.assigned.count
        let fieldStart = lists.fields.count
        assign(lines, terminated: terminated, source, buffer, &lists)
        for slot in views.indices {
            guard let line = lists.assigned[slotStart + slot] else {
                lists.verdicts.append(.none)
                continue
            }
            let bounds = source.lines[line]
            let view = views[slot]
            let missing = view.match(buffer, start: bounds.start, end: bounds.end, spans: &lists.spans)
            FieldSlots.fields(lists.spans, slots: view.slots, line: line, into: &lists.fields)
            // The captures live on as fields; the verdict is kept.
            lists.verdicts.append(TemplateVerdict(missingLiteral: missing))
        }
        lists.entries.append(EntryMatch(lines: lines, slots: slotStart..<lists.assigned.count, fieldRange: fieldStart..<lists.fields.count,
                                        terminated: terminated))
    }

    /// Which line stands for which template slot, appended to `lists.assigned`.
    private func assign(_ range: Range<Int>, terminated: Bool, _ source: SourceText, _ buffer: UnsafeBufferPointer<UInt8>,
                        _ lists: inout EntryLists) {
        let slots = spec.lines.count
        if range.count == slots {
            for index in range { lists.assigned.append(lists.lines[index]) }
            return
        }
        var assigned = [Int?](filled: nil, count: slots)
        var free = Array(lists.lines[range])
        assigned[0] = free.removeFirst()
        if terminated, slots > 1, !free.isEmpty { assigned[slots - 1] = free.removeLast() }
        let middle = terminated ? 1..<max(1, slots - 1) : 1..<slots
        for slot in middle {
            guard let literal = spec.lines[slot].template.leadingLiteral else { continue }
            if let position = free.firstIndex(where: { Self.startsWith(literal, $0, source, buffer) }) {
                assigned[slot] = free.remove(at: position)
            }
        }
        for slot in middle where assigned[slot] == nil && spec.lines[slot].template.leadingLiteral == nil {
            guard !free.isEmpty else { break }
            assigned[slot] = free.removeFirst()
        }
        lists.assigned.append(contentsOf: assigned)
    }

    private static func startsWith(_ literal: [UInt8], _ line: Int, _ source: SourceText, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let bounds = source.lines[line]
        let span = ByteScan.trimmed(buffer, from: bounds.start, to: bounds.end)
        return ByteScan.matchesIgnoringCase(literal, in: buffer, at: span.lowerBound)
    }
}

/// The entries of a page's sections as they are read: one array of each kind for all of them
/// (``Occurrences`` keeps them).
struct EntryLists {
    var entries: [EntryMatch] = []
    var lines: [Int] = []
    var assigned: [Int?] = []
    var verdicts: [TemplateVerdict] = []
    var fields: [Field] = []
    /// One list of field spans for every line of every entry.
    var spans: [Range<Int>] = []
}
