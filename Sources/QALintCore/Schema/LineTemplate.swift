/// A line's shape with named fields, such as `Dr. {doctor} reply {specialty}`.
///
/// Literals are matched from the end of the line backwards, each at its last occurrence, so
/// the first field takes whatever is left: an asker's name may contain commas, and the line is
/// split on the last `, <age> year old`. Leading and trailing literals must stand at the ends.
/// Field values are trimmed of spaces and tabs; an empty field still matches, so rules can
/// say precisely which field is empty.
public struct LineTemplate: Sendable, Equatable {
    /// A piece of a template.
    public enum Token: Sendable, Equatable {
        case literal([UInt8])
        case field(String)
    }

    /// The template as written.
    public let source: String
    /// Its pieces, alternating; two fields never stand side by side.
    public let tokens: [Token]
    /// The tokens laid out for matching.
    let code: TemplateCode

    init(source: String, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
        code = TemplateCode(tokens)
    }

    public static func == (lhs: LineTemplate, rhs: LineTemplate) -> Bool {
        lhs.source == rhs.source && lhs.tokens == rhs.tokens
    }

    /// The field names, left to right.
    public var fieldNames: [String] {
        tokens.compactMap { if case .field(let name) = $0 { name } else { nil } }
    }

    /// The literal the line must start with, if any.
    public var leadingLiteral: [UInt8]? {
        if case .literal(let bytes)? = tokens.first { bytes } else { nil }
    }

    /// Parses `source`; returns a message when it is not a valid template.
    public static func parse(_ source: String) -> Result<LineTemplate, TemplateError> {
        var tokens: [Token] = []
        var literal: [UInt8] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += Array(rest[..<open].utf8)
            guard let close = rest[open...].firstIndex(of: "}") else {
                return .failure(TemplateError(message: "unclosed '{' in template '\(source)'"))
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard isFieldName(name) else {
                return .failure(TemplateError(message: "'\(name)' is not a field name (use lower_snake_case) in template '\(source)'"))
            }
            if !literal.isEmpty { tokens.append(.literal(literal)) }
            literal = []
            if case .field(let previous)? = tokens.last {
                return .failure(TemplateError(message: "fields '\(previous)' and '\(name)' need a literal between them in template '\(source)'"))
            }
            tokens.append(.field(name))
            rest = rest[rest.index(after: close)...]
        }
        literal += Array(rest.utf8)
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        return .success(LineTemplate(source: source, tokens: tokens))
    }

    /// Whether `name` is lower_snake_case.
    static func isFieldName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first >= 0x61, first <= 0x7A else { return false }
        return name.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ByteScan.isDigit($0) || $0 == 0x5F }
    }
}

/// Why a template could not be parsed.
public struct TemplateError: Error, Sendable {
    /// The explanation.
    public let message: String
}
