/// A message with named placeholders: `Reply Date {later} is before Ask Date {earlier}`.
public struct MessageTemplate: Sendable, Equatable {
    private enum Piece: Sendable, Equatable {
        case text(String)
        case value(String)
    }

    private let pieces: [Piece]
    /// The template as written.
    public let source: String

    /// Parses `source`; placeholders must be in `allowed`.
    public static func parse(_ source: String, allowed: [String]) -> Result<MessageTemplate, TemplateError> {
        var pieces: [Piece] = []
        // Braces are found among characters (a brace with a combining mark is no brace), but an
        // ASCII template's characters are its bytes (CRLF, the one pair, holds no brace), and
        // searching bytes is cheaper: templates are parsed for every rule at every start.
        let ascii = source.utf8.allSatisfy { $0 < 0x80 }
        func find(_ brace: UInt8, from start: String.Index) -> String.Index? {
            ascii ? source.utf8[start...].firstIndex(of: brace) : source[start...].firstIndex(of: Character(Unicode.Scalar(brace)))
        }
        var rest = source.startIndex
        while let open = find(UInt8(ascii: "{"), from: rest) {
            pieces.append(.text(String(source[rest..<open])))
            guard let close = find(UInt8(ascii: "}"), from: open) else {
                return .failure(TemplateError(message: "unclosed '{' in message '\(source)'"))
            }
            // A found brace is one byte, so the text after it starts one UTF-8 index on.
            let name = String(source[source.utf8.index(after: open)..<close])
            guard allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                return .failure(TemplateError(message: "unknown placeholder '{\(name)}'\(Suggestion.hint(for: name, in: allowed)); this kind offers: \(list)"))
            }
            pieces.append(.value(name))
            rest = source.utf8.index(after: close)
        }
        pieces.append(.text(String(source[rest...])))
        return .success(MessageTemplate(pieces: pieces.filter { $0 != .text("") }, source: source))
    }

    /// The message with `values` put in (a missing value renders empty).
    public func render(_ values: [String: String]) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .value(let name): result += values[name] ?? ""
            }
        }
        return result
    }
}
