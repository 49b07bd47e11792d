import Yams

/// A YAML node that remembers where it was written, so every later mistake has a position.
///
/// Scalars are kept as their text: `off`, `yes` and `01` stay strings until a reader asks for
/// a type, which avoids YAML 1.1's guessing.
public struct ConfigNode: Sendable {
    /// The shape of a node.
    public indirect enum Value: Sendable {
        case scalar(String)
        case mapping([(key: ConfigNode, value: ConfigNode)])
        case sequence([ConfigNode])
    }

    /// The content.
    public var value: Value
    /// The file it was read from.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (Unicode scalars, as libyaml counts).
    public var column: Int

    /// The text of a scalar, nil for collections.
    public var scalar: String? {
        if case .scalar(let text) = value { text } else { nil }
    }

    /// The entries of a mapping, nil otherwise.
    public var mapping: [(key: ConfigNode, value: ConfigNode)]? {
        if case .mapping(let pairs) = value { pairs } else { nil }
    }

    /// The items of a sequence, nil otherwise.
    public var sequence: [ConfigNode]? {
        if case .sequence(let items) = value { items } else { nil }
    }

    /// The value for `key` in a mapping.
    public subscript(key: String) -> ConfigNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// What kind of node this is, for messages.
    public var kindName: String {
        switch value {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}

extension ConfigNode {
    /// Parses YAML text; an empty document is an empty mapping.
    public static func parse(yaml: String, file: String) throws(ConfigErrors) -> ConfigNode {
        let node: Node?
        do {
            // The basic resolver tags every scalar a string: readers type scalars themselves, and
            // the default resolver's regular expressions were most of a one-page run's start-up.
            // No constructor is needed (nodes are never made into Swift values), and the encoding
            // is given: the default one reads an environment variable, and prints when it is set.
            node = try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
        } catch let error as YamlError {
            throw ConfigErrors([yamlError(error, file: file)])
        } catch {
            throw ConfigErrors([ConfigError(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")])
        }
        guard let node else { return ConfigNode(value: .mapping([]), file: file, line: 1, column: 1) }
        return convert(node, file: file)
    }

    private static func convert(_ node: Node, file: String) -> ConfigNode {
        let line = node.mark?.line ?? 1
        let column = node.mark?.column ?? 1
        switch node {
        case .scalar(let scalar):
            // A plain null (`~`, `null`, nothing) reads as empty; quoted, it is the text itself.
            let text = scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) ? "" : scalar.string
            return ConfigNode(value: .scalar(text), file: file, line: line, column: column)
        case .mapping(let mapping):
            let pairs = mapping.map { (key: convert($0.key, file: file), value: convert($0.value, file: file)) }
            return ConfigNode(value: .mapping(pairs), file: file, line: line, column: column)
        case .sequence(let sequence):
            return ConfigNode(value: .sequence(sequence.map { convert($0, file: file) }), file: file, line: line, column: column)
        case .alias:
            return ConfigNode(value: .scalar(""), file: file, line: line, column: column)
        }
    }

    private static func yamlError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text), " } ?? ""
            return ConfigError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)\(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return ConfigError(file: file, line: context.mark.line, column: context.mark.column, message: "duplicate key \(keys)")
        case .reader(let problem, let offset, _, let yaml):
            let prefix = offset.map { String(decoding: Array(yaml.utf8.prefix($0)), as: UTF8.self) } ?? ""
            let line = prefix.split(separator: "\n", omittingEmptySubsequences: false).count
            return ConfigError(file: file, line: max(line, 1), column: 1, message: "invalid YAML: \(problem)")
        default:
            return ConfigError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
        }
    }
}
