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
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            pieces.append(.text(String(rest[..<open])))
            guard let close = rest[open...].firstIndex(of: "}") else {
                return .failure(TemplateError(message: "unclosed '{' in message '\(source)'"))
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard allowed.contains(name) else {
                let list = allowed.sorted().joined(separator: ", ")
                return .failure(TemplateError(message: "unknown placeholder '{\(name)}'\(Suggestion.hint(for: name, in: allowed)); this kind offers: \(list)"))
            }
            pieces.append(.value(name))
            rest = rest[rest.index(after: close)...]
        }
        pieces.append(.text(String(rest)))
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
