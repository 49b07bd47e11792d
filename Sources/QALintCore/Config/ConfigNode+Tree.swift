extension ConfigNode {
    /// Rebuilds a node tree that scripts/generate-builtins wrote from a YAML file: the same
    /// nodes, texts and positions as ``parse(yaml:file:)`` gives for that file, without
    /// parsing YAML. The form (one record a node, in pre-order) is described in the script.
    init(tree: StaticString, file: String) {
        self = tree.withUTF8Buffer { bytes in
            var reader = TreeReader(bytes: bytes, file: file)
            let node = reader.node()
            precondition(reader.offset == bytes.count, "a built-in node tree has bytes after its root")
            return node
        }
    }
}

/// Reads the records of a generated node tree.
private struct TreeReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    var offset = 0

    mutating func node() -> ConfigNode {
        let kind = bytes[offset]
        offset += 1
        let line = number()
        let column = number()
        let count = number()
        let value: ConfigNode.Value
        switch kind {
        case UInt8(ascii: "s"):
            precondition(bytes[offset] == UInt8(ascii: ":"), "a built-in scalar's length is not followed by ':'")
            offset += 1
            value = .scalar(text(bytes[offset..<offset + count]))
            offset += count
            endRecord()
        case UInt8(ascii: "m"):
            endRecord()
            var pairs: [(key: ConfigNode, value: ConfigNode)] = []
            pairs.reserveCapacity(count)
            for _ in 0..<count {
                let key = node()
                pairs.append((key: key, value: node()))
            }
            value = .mapping(pairs)
        case UInt8(ascii: "l"):
            endRecord()
            var items: [ConfigNode] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(node()) }
            value = .sequence(items)
        default:
            preconditionFailure("a built-in node tree has an unknown record kind")
        }
        return ConfigNode(value: value, file: file, line: line, column: column)
    }

    /// Passes the newline that ends a record (the last record has none).
    private mutating func endRecord() {
        if offset < bytes.count {
            precondition(bytes[offset] == UInt8(ascii: "\n"), "a built-in node record is malformed")
            offset += 1
        }
    }

    /// The decimal number after the next space.
    private mutating func number() -> Int {
        precondition(bytes[offset] == UInt8(ascii: " "), "a built-in node record is malformed")
        offset += 1
        var value = 0
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[offset] - UInt8(ascii: "0"))
            offset += 1
        }
        return value
    }

    /// A scalar's text: its bytes, with `\\`, `\r` and `\xHH` unescaped.
    private func text(_ written: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard written.contains(UInt8(ascii: "\\")) else {
            return String(decoding: UnsafeBufferPointer(rebasing: written), as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(written.count)
        var index = written.startIndex
        while index < written.endIndex {
            let byte = written[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else {
                result.append(byte)
                continue
            }
            let escape = written[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\\"): result.append(escape)
            case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "x"):
                result.append(Self.hex(written[index]) << 4 | Self.hex(written[index + 1]))
                index += 2
            default: preconditionFailure("a built-in scalar has an unknown escape")
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hex(_ digit: UInt8) -> UInt8 {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: preconditionFailure("a built-in scalar has a malformed \\x escape")
        }
    }
}
