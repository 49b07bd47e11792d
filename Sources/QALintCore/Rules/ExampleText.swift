/// Turns a rule example into page bytes and the byte offsets of its `↓` markers.
public enum ExampleText {
    /// Why an example cannot be built.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The explanation.
        public let description: String
    }

    /// The page text of `example` (markers and `<0xNN>` escapes still in it).
    public static func text(_ example: RuleExample, examplePage: String) throws(Problem) -> String {
        if let page = example.page { return page }
        var text = examplePage
        for (old, new) in example.replacements {
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else {
                throw Problem(description: "\(example.origin): replacement text occurs \(count) times in the example page, expected once: '\(old)'")
            }
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The page bytes and the byte offset of each `↓`, in order.
    public static func resolve(_ example: RuleExample, examplePage: String) throws(Problem) -> (bytes: [UInt8], markers: [Int]) {
        decode(try text(example, examplePage: examplePage))
    }

    /// Removes markers and decodes `<0xNN>` escapes.
    public static func decode(_ text: String) -> (bytes: [UInt8], markers: [Int]) {
        let input = Array(text.utf8)
        let marker: [UInt8] = [0xE2, 0x86, 0x93]
        var bytes: [UInt8] = []
        var markers: [Int] = []
        var index = 0
        while index < input.count {
            if input[index...].starts(with: marker) {
                markers.append(bytes.count)
                index += 3
            } else if index + 6 <= input.count, input[index...].starts(with: Array("<0x".utf8)), input[index + 5] == 0x3E,
                      let value = UInt8(String(decoding: input[(index + 3)..<(index + 5)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 6
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return (bytes, markers)
    }

    /// A short human form: the lines the example changes or adds, with line numbers.
    public static func describe(_ example: RuleExample, examplePage: String) -> String {
        guard let text = try? text(example, examplePage: examplePage) else { return "(invalid example)" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if example.page != nil { return lines.joined(separator: "\n").trimmingSuffixNewlines() }
        let base = Set(examplePage.split(separator: "\n", omittingEmptySubsequences: false))
        let changed = lines.enumerated().filter { !base.contains($0.element) }
        if changed.isEmpty {
            let removed = example.replacements.map { $0.old.split(separator: "\n").first.map(String.init) ?? "" }
            return "(the example page without '\(removed.joined(separator: "', '"))…')"
        }
        return changed.map { "\($0.offset + 1): \($0.element.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t"))" }
            .joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
