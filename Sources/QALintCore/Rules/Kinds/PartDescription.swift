/// How parts and lines are described in messages, shared by the structural kinds.
enum PartDescription {
    /// What a part should look like: `a line like 'Dr. <doctor> reply <specialty>'`.
    static func form(of part: SchemaPart) -> String {
        switch part.shape {
        case .line(_, let template): "a line like '\(form(of: template))'"
        case .block: "its text"
        case .section(let heading, _): "a heading '\(heading)'"
        }
    }

    /// A template with `<field>` for `{field}`.
    static func form(of template: LineTemplate) -> String {
        template.tokens.map { token -> String in
            switch token {
            case .literal(let bytes): String(decoding: bytes, as: UTF8.self)
            case .field(let name): "<\(name)>"
            }
        }.joined()
    }

    /// The last line index of an occurrence.
    static func lastLine(of match: PartMatch) -> Int {
        max(match.firstLine, match.body.upperBound - 1)
    }
}
