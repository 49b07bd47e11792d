/// Reads typed values out of a mapping node, collecting every mistake with its position and
/// rejecting keys nobody asked for (with a "did you mean" hint).
///
/// Call the typed getters for every key the mapping may hold, then ``finish()``.
public struct OptionsReader {
    /// The mapping read (nil when the options were not given at all).
    public let node: ConfigNode?
    /// Mistakes found so far.
    public var errors: [ConfigError] = []
    private var known: [String] = []

    /// Reads `node`, which must be a mapping (or absent, or an empty scalar).
    public init(_ node: ConfigNode?, what: String) {
        if let node, node.mapping == nil, node.scalar != "" {
            errors.append(ConfigError(at: node, "\(what) must be a mapping, found \(node.kindName)"))
            self.node = nil
        } else {
            self.node = node
        }
    }

    /// The node for `key`, marking the key as known.
    public mutating func raw(_ key: String) -> ConfigNode? {
        known.append(key)
        return node?[key]
    }

    /// A string, or nil when absent.
    public mutating func string(_ key: String) -> String? {
        guard let value = raw(key) else { return nil }
        guard let text = value.scalar else {
            errors.append(ConfigError(at: value, "'\(key)' must be a string, found \(value.kindName)"))
            return nil
        }
        return text
    }

    /// A whole number, or nil when absent or wrong.
    public mutating func int(_ key: String, range: ClosedRange<Int> = 0...Int.max) -> Int? {
        guard let value = raw(key) else { return nil }
        guard let text = value.scalar, let number = Int(text), range.contains(number) else {
            let bound = range.upperBound == Int.max ? "\(range.lowerBound) or more" : "from \(range.lowerBound) to \(range.upperBound)"
            errors.append(ConfigError(at: value, "'\(key)' must be a whole number \(bound), found '\(value.scalar ?? value.kindName)'"))
            return nil
        }
        return number
    }

    /// A boolean (`true`/`false`), or nil when absent or wrong.
    public mutating func bool(_ key: String) -> Bool? {
        guard let value = raw(key) else { return nil }
        switch value.scalar {
        case "true": return true
        case "false": return false
        default:
            errors.append(ConfigError(at: value, "'\(key)' must be true or false, found '\(value.scalar ?? value.kindName)'"))
            return nil
        }
    }

    /// A list of strings (a single string counts as a list of one), or nil when absent.
    public mutating func strings(_ key: String) -> [String]? {
        guard let value = raw(key) else { return nil }
        return Self.strings(value, key: key, errors: &errors)
    }

    /// The strings of `value`: a scalar or a list of scalars.
    static func strings(_ value: ConfigNode, key: String, errors: inout [ConfigError]) -> [String]? {
        if let text = value.scalar { return [text] }
        guard let items = value.sequence else {
            errors.append(ConfigError(at: value, "'\(key)' must be a list of strings, found \(value.kindName)"))
            return nil
        }
        var result: [String] = []
        for item in items {
            guard let text = item.scalar else {
                errors.append(ConfigError(at: item, "each item of '\(key)' must be a string, found \(item.kindName)"))
                continue
            }
            result.append(text)
        }
        return result
    }

    /// One of `choices`, or nil when absent or wrong.
    public mutating func choice(_ key: String, _ choices: [String]) -> String? {
        guard let text = string(key) else { return nil }
        guard choices.contains(text) else {
            errors.append(ConfigError(at: raw(key)!, "'\(key)' must be one of \(choices.joined(separator: ", ")), found '\(text)'\(Suggestion.hint(for: text, in: choices))"))
            return nil
        }
        return text
    }

    /// Records a mistake at `key`'s value (or at the mapping when the key is absent).
    public mutating func fail(_ key: String, _ message: String) {
        if let at = node?[key] ?? node { errors.append(ConfigError(at: at, message)) }
    }

    /// Reports every key that no getter asked for and returns all mistakes.
    public mutating func finish() -> [ConfigError] {
        for (key, _) in node?.mapping ?? [] {
            let name = key.scalar ?? ""
            if !known.contains(name) {
                errors.append(ConfigError(at: key, "unknown key '\(name)'\(Suggestion.hint(for: name, in: known))"))
            }
        }
        return errors
    }
}
