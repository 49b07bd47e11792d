/// Writes compact JSON text into bytes, for reports of a fixed shape: the caller writes keys in
/// sorted order, and the writer puts the commas between members and elements. Strings are
/// escaped as `JSONEncoder` escapes them with `.withoutEscapingSlashes` (`\"`, `\\`, `\b`, `\f`,
/// `\n`, `\r`, `\t`, other controls as `\u00xx` in lower case, everything else as it is), so the
/// text is the encoder's with `.sortedKeys`, without its cost: the encoder boxes every value and
/// sorts every object's keys, about 50,000 instructions a diagnostic.
struct JSONWriter {
    /// The text so far, UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Whether a value was written in the current object or array, so the next one needs a comma.
    private var needsComma = false

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The text so far, as a string.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Writes `"key":`; the value follows.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        needsComma = false
    }

    /// Writes a member whose value is an integer.
    mutating func member(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes a member whose value is a string.
    mutating func member(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }

    /// Writes an integer in decimal.
    mutating func int(_ value: Int) {
        separate()
        // A number's text is a small string, held inline: nothing allocated.
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// Writes `value` as a JSON string.
    mutating func string(_ value: String) {
        separate()
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
                    // \u00xx, lower-case hex: the byte is a control, below 0x20.
                    bytes.append(0x75)
                    bytes.append(0x30)
                    bytes.append(0x30)
                    bytes.append(0x30 + (byte >> 4))
                    bytes.append(byte & 0xF < 10 ? 0x30 + (byte & 0xF) : 0x57 + (byte & 0xF))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(0x2C) }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(bracket)
        needsComma = true
    }
}
