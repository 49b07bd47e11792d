/// Text for the HTML report: escaping (every text that comes from pages goes through it) and
/// numbers as people read them.
enum HTMLText {
    /// `text` safe as element content (XML escaping, so the page is also well-formed XML).
    static func escape(_ text: String) -> String {
        XMLWriter.escapeText(text)
    }

    /// `text` safe as an attribute value between double quotes.
    static func attribute(_ text: String) -> String {
        XMLWriter.escapeAttribute(text)
    }

    /// Escaped `html` with each pair of backquotes made a `<code>` span, as rule summaries
    /// write literal text (`` `YYYY/MM/DD` ``); an unpaired backquote stays as it is.
    static func codeSpans(_ html: String) -> String {
        let pieces = html.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count >= 3 else { return html }
        var result = ""
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                result += piece
            } else if index % 2 == 1 && index < pieces.count - 1 {
                result += "<code>" + piece
            } else if index % 2 == 0 {
                result += "</code>" + piece
            } else {
                result += "`" + piece
            }
        }
        return result
    }

    /// `1234567` as `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// `part / whole` as a percentage with one decimal (`52.8%`), rounded half up; `–` when
    /// `whole` is 0. Integer arithmetic, so the text never depends on floating-point printing.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "–" }
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// `1 error`, `2 errors`, with the count grouped.
    static func counted(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// `1 error, 2 warnings and 1 info`, leaving out zero counts (`no findings` when all are 0).
    static func severities(errors: Int, warnings: Int, infos: Int) -> String {
        let parts = [(errors, "error"), (warnings, "warning"), (infos, "info")].filter { $0.0 > 0 }.map { counted($0.0, $0.1) }
        switch parts.count {
        case 0: return "no findings"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
        }
    }

    /// A number with one decimal at most, for SVG coordinates (`12.5`, `40`).
    static func coordinate(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
