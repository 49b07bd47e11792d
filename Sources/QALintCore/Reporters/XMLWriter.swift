/// Builds an indented XML 1.0 document, escaping every attribute value and text it is given.
///
/// The JUnit and Checkstyle reporters share it, so escaping lives in one place: `&`, `<`, `>`,
/// `"` and `'` become entities; tab, line feed and carriage return in attribute values become
/// character references (a parser would otherwise normalise them to spaces); characters that
/// XML 1.0 cannot carry at all (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF)
/// become U+FFFD, so a hostile message can never make the output ill-formed.
struct XMLWriter {
    /// The text written so far.
    private(set) var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    /// Names of the elements opened and not yet closed, outermost first.
    private var openElements: [String] = []

    /// Starts a document with the XML declaration.
    init() {}

    /// Writes `<name attributes…>` on its own line; ``close()`` ends it.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += indentation + "<" + name + Self.attributeList(attributes) + ">\n"
        openElements.append(name)
    }

    /// Writes `<name attributes…/>` on its own line.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += indentation + "<" + name + Self.attributeList(attributes) + "/>\n"
    }

    /// Writes `<name attributes…>text</name>` on its own line.
    mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        output += indentation + "<" + name + Self.attributeList(attributes) + ">"
            + Self.escapeText(text) + "</" + name + ">\n"
    }

    /// Writes the end tag of the innermost open element.
    mutating func close() {
        guard let name = openElements.popLast() else { return }
        output += indentation + "</" + name + ">\n"
    }

    /// The finished document: closes whatever is still open.
    mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        return output
    }

    private var indentation: String { String(repeating: "  ", count: openElements.count) }

    private static func attributeList(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " " + $0.key + "=\"" + escapeAttribute($0.value) + "\"" }.joined()
    }

    /// `text` made safe as an attribute value between double quotes.
    static func escapeAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` made safe as element content.
    static func escapeText(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // A parser turns a raw CR (or CRLF) into LF everywhere, and tab and LF into spaces in
            // attributes: character references keep them as they were.
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (its `Char` production; Swift strings
    /// never hold surrogates).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20: false
        case 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
