/// How one line of a source file ends.
public enum LineTerminator: UInt8, Sendable, Codable {
    /// The last line of a file without a final newline.
    case none
    /// `\n`
    case lf
    /// `\r\n`
    case crlf
    /// A lone `\r` (old Mac style).
    case cr

    /// The bytes of this terminator.
    public var bytes: [UInt8] {
        switch self {
        case .none: []
        case .lf: [0x0A]
        case .crlf: [0x0D, 0x0A]
        case .cr: [0x0D]
        }
    }

    /// The name shown in messages.
    public var name: String {
        switch self {
        case .none: "none"
        case .lf: "LF"
        case .crlf: "CRLF"
        case .cr: "CR"
        }
    }
}
