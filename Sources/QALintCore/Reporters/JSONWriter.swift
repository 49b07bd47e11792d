/// Writes compact JSON text into bytes, for reports of a fixed shape: the caller writes keys in
/// sorted order. Strings are escaped as `JSONEncoder` escapes them with `.withoutEscapingSlashes`
/// (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other controls as `\u00xx` in lower case,
/// everything else as it is), so the text is the encoder's with `.sortedKeys`, without its cost:
/// the encoder boxes every value and sorts every object's keys, about 50,000 instructions a
/// diagnostic.
struct JSONWriter {
    /// The text so far, UTF-8.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text so far, as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is: punctuation and keys known to need no escaping.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `"key":`.
    mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    /// Appends an integer in decimal.
    mutating func int(_ value: Int) {
        // A number's text is a small string, held inline: nothing allocated.
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Appends `value` as a JSON string.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        var copy = value
        copy.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(0x5C)
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x08: bytes.append(0x62)
                case 0x0C: bytes.append(0x66)
                case 0x0A: bytes.append(0x6E)
                case 0x0D: bytes.append(0x72)
                case 0x09: bytes.append(0x74)
                default:
                    let hex: StaticString = "0123456789abcdef"
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }
}
