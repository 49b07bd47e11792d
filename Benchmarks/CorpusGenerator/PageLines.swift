/// A page as lines, while defects are put in, and the bytes it is written as.
struct PageLines {
    /// The lines, without terminators.
    var lines: [String]
    /// Lines ended by CRLF instead of LF.
    var crlf: Set<Int> = []
    /// Whether the last line has a terminator.
    var finalNewline: Bool
    /// A raw byte put into a line at a UTF-8 offset (an `encoding` defect).
    var rawByte: (line: Int, offset: Int, byte: UInt8)?

    /// The file's bytes.
    func bytes() -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(lines.reduce(lines.count) { $0 + $1.utf8.count } + 16)
        for (index, line) in lines.enumerated() {
            if let rawByte, rawByte.line == index {
                let utf8 = Array(line.utf8)
                result += utf8[..<rawByte.offset]
                result.append(rawByte.byte)
                result += utf8[rawByte.offset...]
            } else {
                result += line.utf8
            }
            if index < lines.count - 1 || finalNewline {
                if crlf.contains(index) { result.append(0x0D) }
                result.append(0x0A)
            }
        }
        return result
    }
}
