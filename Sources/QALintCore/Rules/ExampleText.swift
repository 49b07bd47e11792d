/// Turns a rule example into pages: bytes and the byte offsets of their `↓` markers.
public enum ExampleText {
    /// Why an example cannot be built.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// The explanation.
        public let description: String
    }

    /// One page of an example, ready to lint.
    public struct Page: Sendable {
        /// File name.
        public let name: String
        /// The page's bytes.
        public let bytes: [UInt8]
        /// Byte offsets of the markers.
        public let markers: [Int]
    }

    /// The texts of the example's pages (markers and `<0xNN>` escapes still in them), by name.
    public static func texts(_ example: RuleExample, set: ExampleSet) throws(Problem) -> [(name: String, text: String)] {
        var base = example.corpus ? set.corpus : [:]
        base["page.txt"] = set.page
        var result = example.corpus ? base : [:]
        for file in example.files {
            if let page = file.page {
                result[file.name] = page
                continue
            }
            guard var text = base[file.name] else { throw Problem(description: "\(example.origin): no example page '\(file.name)'") }
            for (old, new) in file.replacements {
                let count = text.components(separatedBy: old).count - 1
                guard count == 1 else {
                    throw Problem(description: "\(example.origin): replacement text occurs \(count) times in \(file.name), expected once: '\(old)'")
                }
                text = text.replacingOccurrences(of: old, with: new)
            }
            result[file.name] = text
        }
        return result.keys.sorted().map { ($0, result[$0]!) }
    }

    /// The example's pages, decoded.
    public static func pages(_ example: RuleExample, set: ExampleSet) throws(Problem) -> [Page] {
        try texts(example, set: set).map { name, text in
            let (bytes, markers) = decode(text)
            return Page(name: name, bytes: bytes, markers: markers)
        }
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

    /// A short human form: the lines each page of the example changes or adds, numbered.
    public static func describe(_ example: RuleExample, set: ExampleSet) -> String {
        guard let texts = try? texts(example, set: set) else { return "(invalid example)" }
        var out: [String] = []
        for (name, text) in texts {
            let original = name == "page.txt" ? set.page : set.corpus[name]
            let given = example.files.first { $0.name == name }
            guard let file = given else { continue }
            let prefix = example.corpus ? "\(name) " : ""
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if file.page != nil || original == nil {
                out += lines.enumerated().filter { !$0.element.isEmpty }.map { "\(prefix)\($0.offset + 1): \(shown($0.element))" }
                continue
            }
            let base = Set(original!.split(separator: "\n", omittingEmptySubsequences: false))
            let changed = lines.enumerated().filter { !base.contains($0.element) }
            if changed.isEmpty {
                let removed = file.replacements.map { $0.old.split(separator: "\n").first.map(String.init) ?? "" }
                out.append("\(prefix)(without '\(removed.joined(separator: "', '"))…')")
            } else {
                out += changed.map { "\(prefix)\($0.offset + 1): \(shown($0.element))" }
            }
        }
        return out.joined(separator: "\n")
    }

    private static func shown(_ line: Substring) -> String {
        line.replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
    }
}
