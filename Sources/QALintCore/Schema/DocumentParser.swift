/// Parses a page with a schema, leniently: every byte sequence yields a document.
///
/// 1. Section headings are found first (a line equal to the heading, ignoring ASCII case and a
///    trailing colon); they split the page into a preamble and section bodies.
/// 2. Line parts are looked for in the preamble, in schema order, each after the previous one
///    found; failing that, anywhere in the preamble, then in text sections (so a misplaced
///    line is out of order, not missing). Further matches are duplicates.
/// 3. Blocks take the lines between the part before them and the next line found.
/// 4. Sections with entries cut their body into entries and read each entry's fields.
public struct DocumentParser: Sendable {
    /// The schema.
    public let schema: Schema
    /// The section headings: where each one's bytes are in `headingBytes`, and its part.
    private let headings: [(bytes: Range<Int>, part: Int)]
    /// The headings' bytes, one after another: a list of lists retained each heading tried.
    private let headingBytes: [UInt8]
    /// The longest a heading line can be: its text and a full-width colon. Longer lines (most
    /// of a page) are passed over without comparing.
    private let longestHeading: Int
    /// Per part, where in `otherLines` the numbers of the other line parts that are not the
    /// first line are.
    private let otherLineRanges: [Range<Int>]
    /// The numbers (``Role/line(_:)``) of line parts, by `otherLineRanges`.
    private let otherLines: [Int]
    /// Per part, whether it may occur more than once.
    private let repeatable: [Bool]
    /// Per part, its shape without its payload: read on every page with no reference counted.
    private let roles: [Role]
    /// The line parts' recognisers, by ``Role/line(_:)`` number.
    private let recognisers: [Recogniser]
    /// The line parts' templates' codes, with the slots of their fields, by ``Role/line(_:)`` number.
    private let codes: [TemplateCode]
    /// The codes' views: plain values, so reading one retains nothing.
    private let views: [TemplateCode.View]
    /// Per part, the reader of its entries (sections with entries only).
    private let entryParsers: [EntryParser?]
    /// The readers of `entryParsers`, which keeps them alive, called without retaining them:
    /// every thread reads every page's sections with the same readers.
    private let entryReaders: [Unmanaged<EntryParser>?]

    private enum Role {
        case line(Int)
        case block
        case section
    }

    /// Creates a parser for `schema`.
    public init(schema: Schema) {
        self.schema = schema
        var headingBytes: [UInt8] = []
        headings = schema.parts.enumerated().compactMap { index, part in
            guard case .section(let heading, _) = part.shape else { return nil }
            let start = headingBytes.count
            headingBytes += heading.utf8
            return (start..<headingBytes.count, index)
        }
        self.headingBytes = headingBytes
        longestHeading = (headings.map { $0.bytes.count }.max() ?? 0) + 3
        let slots = schema.slots
        var recognisers: [Recogniser] = []
        var codes: [TemplateCode] = []
        let roles: [Role] = schema.parts.enumerated().map { index, part in
            switch part.shape {
            case .line(let recogniser, let template):
                recognisers.append(recogniser)
                codes.append(TemplateCode(template.tokens, slots: slots.lineFields[index]))
                return .line(codes.count - 1)
            case .block: return .block
            case .section: return .section
            }
        }
        self.roles = roles
        self.recognisers = recognisers
        self.codes = codes
        views = codes.map(\.view)
        entryParsers = schema.parts.indices.map { index in
            schema.parts[index].entries.map { EntryParser(spec: $0, slots: slots.entryFields[index]) }
        }
        entryReaders = entryParsers.map { $0.map(Unmanaged.passUnretained) }
        var otherLines: [Int] = []
        otherLineRanges = schema.parts.indices.map { partIndex in
            let start = otherLines.count
            for (index, role) in roles.enumerated() where index != partIndex {
                if case .line(let number) = role, !recognisers[number].firstLine { otherLines.append(number) }
            }
            return start..<otherLines.count
        }
        self.otherLines = otherLines
        repeatable = schema.parts.map(\.repeatable)
    }

    /// Parses `source`.
    public func parse(_ source: SourceText, path: String) -> Document {
        source.bytes.withUnsafeBufferPointer { buffer in
            var state = ParseState(partCount: schema.parts.count, source: source, buffer: buffer)
            findHeadings(&state)
            findLines(&state)
            fillBlocks(&state)
            return Document(path: path, source: source, schema: schema, occurrences: state.result())
        }
    }

    private func findHeadings(_ state: inout ParseState) {
        headingBytes.withUnsafeBufferPointer { bytes in
            for (index, line) in state.source.lines.enumerated() {
                let span = ByteScan.trimmed(state.buffer, from: line.start, to: line.end)
                guard span.count <= longestHeading else { continue }
                for heading in headings where isHeading(UnsafeBufferPointer(rebasing: bytes[heading.bytes]), state.buffer, span) {
                    state.headingLines.append((index, heading.part))
                    break
                }
            }
        }
        for (position, heading) in state.headingLines.enumerated() {
            let end = position + 1 < state.headingLines.count ? state.headingLines[position + 1].line : state.source.lineCount
            state.add(sectionMatch(heading.part, heading: heading.line, body: (heading.line + 1)..<end, &state))
        }
    }

    private func isHeading(_ heading: UnsafeBufferPointer<UInt8>, _ buffer: UnsafeBufferPointer<UInt8>, _ span: Range<Int>) -> Bool {
        var length = span.count
        if length == heading.count + 1, buffer[span.upperBound - 1] == 0x3A { length -= 1 }
        if length == heading.count + 3, ByteScan.matches([0xEF, 0xBC, 0x9A], in: buffer, at: span.upperBound - 3) { length -= 3 }
        return length == heading.count && ByteScan.matchesIgnoringCase(heading, in: buffer, at: span.lowerBound)
    }

    private func sectionMatch(_ part: Int, heading: Int, body: Range<Int>, _ state: inout ParseState) -> PartMatch {
        let hasContent = body.contains { !state.source.isBlank(lineIndex: $0) }
        var entries = state.entryLists.entries.count..<state.entryLists.entries.count
        if let reader = entryReaders[part] {
            entries = reader._withUnsafeGuaranteedRef { $0.entries(in: body, of: state.source, state.buffer, into: &state.entryLists) }
        }
        return PartMatch(partIndex: part, anchorLine: heading, body: body, verdict: .none, fieldRange: 0..<0, entryRange: entries,
                         hasContent: hasContent)
    }

    private func findLines(_ state: inout ParseState) {
        let preambleEnd = state.headingLines.first?.line ?? state.source.lineCount
        var lastAnchor = -1
        var candidates: [Int] = []
        for partIndex in roles.indices {
            guard case .line(let number) = roles[partIndex] else {
                if case .section = roles[partIndex], let first = state.firstAnchor(partIndex) { lastAnchor = max(lastAnchor, first) }
                continue
            }
            candidates.removeAll(keepingCapacity: true)
            let firstLine = recognisers[number].firstLine
            if firstLine {
                // The first line, unless it is plainly another line part (a page without a title).
                if let first = (0..<preambleEnd).first(where: { !state.source.isBlank(lineIndex: $0) }),
                   !otherLineRanges[partIndex].contains(where: { isLine(otherLines[$0], first, state) }) {
                    candidates.append(first)
                }
            } else {
                for line in 0..<preambleEnd where isLine(number, line, state) { candidates.append(line) }
                if candidates.isEmpty {
                    for line in textSectionLines(state) where isLine(number, line, state) { candidates.append(line) }
                }
            }
            guard !candidates.isEmpty else { continue }
            let chosen = candidates.first { $0 > lastAnchor } ?? candidates[0]
            // The chosen line first, then the others in page order (no list made for it).
            state.claimed[chosen] = true
            lineMatch(partIndex, views[number], line: chosen, &state)
            if repeatable[partIndex] || !firstLine {
                for line in candidates where line != chosen {
                    state.claimed[line] = true
                    lineMatch(partIndex, views[number], line: line, &state)
                }
            }
            lastAnchor = max(lastAnchor, chosen)
        }
    }

    /// Whether the line `index` is the line part `number`. The recogniser is read in place,
    /// through a pointer: copying it out of its list retained its two lists of bytes.
    private func isLine(_ number: Int, _ index: Int, _ state: ParseState) -> Bool {
        guard !state.claimed[index] else { return false }
        let line = state.source.lines[index]
        return recognisers.withUnsafeBufferPointer { $0[number].matches(state.buffer, start: line.start, end: line.end) }
    }

    private func textSectionLines(_ state: ParseState) -> [Int] {
        schema.parts.indices.flatMap { index in
            schema.parts[index].entries == nil ? state.all(index).flatMap { Array($0.body) } : []
        }
    }

    private func lineMatch(_ partIndex: Int, _ code: TemplateCode.View, line: Int, _ state: inout ParseState) {
        let bounds = state.source.lines[line]
        let missing = code.match(state.buffer, start: bounds.start, end: bounds.end, spans: &state.spans)
        let first = state.lineFields.count
        FieldSlots.fields(state.spans, slots: code.slots, line: line, into: &state.lineFields)
        // The captures live on as fields; the verdict is kept.
        state.add(PartMatch(partIndex: partIndex, anchorLine: line, body: line..<(line + 1), verdict: TemplateVerdict(missingLiteral: missing),
                            fieldRange: first..<state.lineFields.count, entryRange: 0..<0, hasContent: true))
    }

    private func fillBlocks(_ state: inout ParseState) {
        var anchors: [Int] = []
        anchors.reserveCapacity(state.found.count)
        for index in state.found.indices { if let line = state.found[index].anchorLine { anchors.append(line) } }
        anchors.sort()
        for partIndex in roles.indices {
            guard case .block = roles[partIndex] else { continue }
            var start = 0
            for previous in stride(from: partIndex - 1, through: 0, by: -1) {
                if let end = state.firstEnd(previous) {
                    start = end
                    break
                }
            }
            let end = anchors.first { $0 >= start } ?? state.source.lineCount
            guard start <= end else { continue }
            let body = start..<end
            let hasContent = body.contains { !state.source.isBlank(lineIndex: $0) }
            state.add(PartMatch(partIndex: partIndex, anchorLine: nil, body: body, verdict: .none, fieldRange: 0..<0, entryRange: 0..<0,
                                hasContent: hasContent))
        }
    }
}

/// The parser's working state for one page.
private struct ParseState {
    let partCount: Int
    let source: SourceText
    let buffer: UnsafeBufferPointer<UInt8>
    var headingLines: [(line: Int, part: Int)] = []
    /// Every occurrence in the order found.
    var found: [PartMatch] = []
    /// Per part, where its first occurrence (the one that counts) is in `found`, or -1.
    var firstFound: [Int]
    /// The fields of every line part, in one array for the page.
    var lineFields: [Field] = []
    /// One list of field spans for every line part.
    var spans: [Range<Int>] = []
    /// The entries of every section, in one list of each kind for the page.
    var entryLists = EntryLists()
    /// Per line, whether a line part took it.
    var claimed: [Bool]

    init(partCount: Int, source: SourceText, buffer: UnsafeBufferPointer<UInt8>) {
        self.partCount = partCount
        self.source = source
        self.buffer = buffer
        firstFound = Array(filled: -1, count: partCount)
        claimed = Array(filled: false, count: source.lineCount)
        // Room for a usual page up front: growing these lists from empty, a few times a page,
        // cost more than filling them.
        found.reserveCapacity(partCount + 4)
        headingLines.reserveCapacity(partCount)
        lineFields.reserveCapacity(4 * partCount)
        spans.reserveCapacity(8)
        // The entry lists, for a usual page's entries (a few Similar Q&A entries of four lines,
        // a dozen Related FAQ lines); a longer page grows them as arrays grow.
        entryLists.entries.reserveCapacity(16)
        entryLists.lines.reserveCapacity(min(source.lineCount, 64))
        entryLists.assigned.reserveCapacity(32)
        entryLists.verdicts.reserveCapacity(32)
        entryLists.fields.reserveCapacity(64)
        entryLists.spans.reserveCapacity(8)
    }

    mutating func add(_ match: PartMatch) {
        if firstFound[match.partIndex] < 0 { firstFound[match.partIndex] = found.count }
        found.append(match)
    }

    /// The anchor line of the first occurrence of `part` found so far.
    func firstAnchor(_ part: Int) -> Int? {
        firstFound[part] >= 0 ? found[firstFound[part]].anchorLine : nil
    }

    /// Where a block after the first occurrence of `part` found so far would start: after its
    /// anchor, or after its body; nil when `part` was not found.
    func firstEnd(_ part: Int) -> Int? {
        guard firstFound[part] >= 0 else { return nil }
        return found[firstFound[part]].anchorLine.map { $0 + 1 } ?? found[firstFound[part]].body.upperBound
    }

    /// Every occurrence of `part` found so far, in the order found.
    func all(_ part: Int) -> [PartMatch] {
        found.filter { $0.partIndex == part }
    }

    /// Occurrences of each part, the primary first and the rest in page order, in one array.
    /// The page's lists are swapped out into the occurrences, not shared with a state about to
    /// be destroyed (which retained each list, then released it).
    mutating func result() -> Occurrences {
        var matches: [PartMatch] = []
        matches.reserveCapacity(found.count)
        var starts: [Int] = []
        starts.reserveCapacity(partCount + 1)
        for part in 0..<partCount {
            let start = matches.count
            starts.append(start)
            guard firstFound[part] >= 0 else { continue }
            // By index: a slice of `found` for each part retained it.
            for index in firstFound[part]..<found.count where found[index].partIndex == part { matches.append(found[index]) }
            // Most parts occur once: nothing to order.
            if matches.count - start > 2 {
                let rest = matches[(start + 1)...].sorted { $0.firstLine < $1.firstLine }
                matches.replaceSubrange((start + 1)..., with: rest)
            }
        }
        starts.append(matches.count)
        var fields: [Field] = []
        swap(&fields, &lineFields)
        var lists = EntryLists()
        swap(&lists, &entryLists)
        return Occurrences(matches: matches, starts: starts, lineFields: fields, entries: lists.entries, entryLines: lists.lines,
                           entryAssigned: lists.assigned, entryVerdicts: lists.verdicts, entryFields: lists.fields)
    }
}
