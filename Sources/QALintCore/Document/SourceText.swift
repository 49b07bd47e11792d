#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one page, split into lines, with its encoding problems located.
///
/// Nothing is decoded up front: the parser and the rules read bytes, and text is made only
/// for the field values and messages that need it. A leading UTF-8 byte order mark is not
/// content: line 1, column 1 is the first byte after it. Lines end at LF, CRLF or a lone CR.
public struct SourceText: Sendable {
    /// The file's bytes, unchanged (the BOM included).
    public let bytes: [UInt8]
    /// Whether the file starts with a UTF-8 byte order mark.
    public let hasBOM: Bool
    /// The lines, in order; an empty file has one empty line.
    public let lines: [SourceLine]
    /// Invalid UTF-8 sequences and NUL bytes, in order (at most ``UTF8Validator/recordLimit``).
    public let encodingIssues: [EncodingIssue]
    /// How many encoding issues there are in all.
    public let encodingIssueCount: Int

    /// Splits `bytes` into lines and finds its encoding issues.
    public init(bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        hasBOM = bom
        let contentStart = bom ? 3 : 0
        (lines, encodingIssues, encodingIssueCount) = bytes.withUnsafeBufferPointer { buffer in
            let lines = Self.splitLines(buffer, from: contentStart)
            let (issues, total) = UTF8Validator.issues(in: buffer, from: contentStart)
            return (lines, issues, total)
        }
    }

    /// Splits into lines with `memchr`, taking the slower path only when a CR is present.
    private static func splitLines(_ buffer: UnsafeBufferPointer<UInt8>, from: Int) -> [SourceLine] {
        var lines: [SourceLine] = []
        lines.reserveCapacity(buffer.count / 48 + 1)
        let count = buffer.count
        let hasCR = ByteScan.find(0x0D, in: buffer, from: from, to: count) != nil
        var start = from
        while start < count {
            let newline = ByteScan.find(0x0A, in: buffer, from: start, to: count)
            if hasCR { start = splitOnCR(buffer, from: start, to: newline ?? count, into: &lines) }
            guard let newline else { break }
            let crlf = newline > start && buffer[newline - 1] == 0x0D
            lines.append(SourceLine(start: start, end: crlf ? newline - 1 : newline, terminator: crlf ? .crlf : .lf))
            start = newline + 1
        }
        if start < count || lines.isEmpty {
            lines.append(SourceLine(start: start, end: count, terminator: .none))
        }
        return lines
    }

    /// Appends the lines ended by lone CRs in `from..<to` and returns where the rest begins.
    ///
    /// A CR directly before `to` when `to` is an LF is part of a CRLF and stays.
    private static func splitOnCR(
        _ buffer: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into lines: inout [SourceLine]
    ) -> Int {
        var start = from
        while let cr = ByteScan.find(0x0D, in: buffer, from: start, to: to) {
            let partOfCRLF = cr + 1 < buffer.count && buffer[cr + 1] == 0x0A
            if partOfCRLF { break }
            lines.append(SourceLine(start: start, end: cr, terminator: .cr))
            start = cr + 1
        }
        return start
    }

    /// Whether the file looks binary: its first 8,000 bytes hold both a NUL byte and invalid
    /// UTF-8 (git's NUL test, made stricter so a text page with a stray NUL is still checked).
    public var looksBinary: Bool {
        let window = 8_000 + (hasBOM ? 3 : 0)
        return encodingIssues.contains { $0.problem == .nulByte && $0.offset < window }
            && encodingIssues.contains { $0.problem != .nulByte && $0.offset < window }
    }

    /// Whether every line is blank.
    public var isBlank: Bool {
        (0..<lines.count).allSatisfy { isBlank(lineIndex: $0) }
    }

    /// The number of lines (a final newline does not start another line).
    public var lineCount: Int { lines.count }

    /// The 0-based index of the line that holds byte `offset`.
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lines[middle].start <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The 1-based column of byte `offset` on line `lineIndex`, counted in Unicode scalars.
    ///
    /// Each invalid byte sequence counts as one column.
    public func column(lineIndex: Int, offset: Int) -> Int {
        let line = lines[lineIndex]
        let stop = min(max(offset, line.start), line.end + line.terminator.bytes.count)
        let valid = encodingIssueCount == 0
        return bytes.withUnsafeBufferPointer { buffer in
            var column = 1
            // Valid UTF-8 (the usual page): a column per byte that does not continue a scalar.
            if valid { return 1 + ByteScan.scalarCount(buffer, from: line.start, to: max(line.start, stop)) }
            var index = line.start
            while index < stop {
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                } else {
                    index += Self.scalarLength(buffer, at: index, limit: stop)
                }
                column += 1
            }
            return column
        }
    }

    /// The length of the scalar (or maximal invalid subpart) that starts at `index`.
    private static func scalarLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        let lead = buffer[index]
        let expected: Int
        switch lead {
        case 0xC0...0xDF: expected = 2
        case 0xE0...0xEF: expected = 3
        case 0xF0...0xF7: expected = 4
        default: return 1
        }
        var length = 1
        while length < expected, index + length < limit, buffer[index + length] & 0xC0 == 0x80 {
            length += 1
        }
        return length
    }

    /// The text of `start..<end`, with invalid bytes shown as U+FFFD.
    public func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        }
    }

    /// The content of line `index` as text.
    public func lineText(_ index: Int) -> String {
        text(lines[index].start, lines[index].end)
    }

    /// Whether line `index` holds only spaces and tabs.
    public func isBlank(lineIndex index: Int) -> Bool {
        let line = lines[index]
        return bytes.withUnsafeBufferPointer { buffer in
            ByteScan.trimmed(buffer, from: line.start, to: line.end).isEmpty
        }
    }
}
