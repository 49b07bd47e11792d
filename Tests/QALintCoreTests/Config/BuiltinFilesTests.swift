import Foundation
import Testing
@testable import QALintCore

@Suite("Built-in files")
struct BuiltinFilesTests {
    static let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")

    /// Every node of a tree, one line each: file, position, shape and text.
    private func dump(_ node: ConfigNode, depth: Int = 0, into lines: inout [String]) {
        let place = "\(String(repeating: " ", count: depth))\(node.file):\(node.line):\(node.column)"
        switch node.value {
        case .scalar(let text):
            lines.append("\(place) scalar \(Array(text.utf8))")
        case .mapping(let pairs):
            lines.append("\(place) mapping \(pairs.count)")
            for pair in pairs {
                dump(pair.key, depth: depth + 1, into: &lines)
                dump(pair.value, depth: depth + 1, into: &lines)
            }
        case .sequence(let items):
            lines.append("\(place) list \(items.count)")
            for item in items { dump(item, depth: depth + 1, into: &lines) }
        }
    }

    private func dump(_ node: ConfigNode) -> [String] {
        var lines: [String] = []
        dump(node, into: &lines)
        return lines
    }

    /// What Yams makes of `Rules/<name>`.
    private func parsed(_ name: String, file: String) throws -> ConfigNode {
        let text = try String(contentsOf: Self.rules.appendingPathComponent(name), encoding: .utf8)
        return try ConfigNode.parse(yaml: text, file: file)
    }

    @Test("each compiled-in tree is exactly what parsing its YAML file gives: texts, shapes and positions")
    func treesMatchTheYAML() throws {
        let cases: [(StaticString, String, String)] = [
            (BuiltinFiles.schemaTree, "e-hospital.schema.yml", "<builtin>/e-hospital.schema.yml"),
            (BuiltinFiles.defaultRuleSetTree, "default.yml", "<builtin>/default.yml"),
            (BuiltinFiles.specialtiesTree, "specialties.yml", "<builtin>/specialties.yml"),
        ]
        for (tree, name, file) in cases {
            let expected = dump(try parsed(name, file: file))
            let actual = dump(ConfigNode(tree: tree, file: file))
            #expect(actual.count == expected.count, "\(name)")
            for (index, (line, want)) in zip(actual, expected).enumerated() where line != want {
                Issue.record("\(name), node \(index): \(line) is not \(want)")
                break
            }
        }
    }

    @Test("the default rule set and the schema text are the files in Rules/")
    func lookups() throws {
        let rules = try #require(BuiltinFiles.ruleSet(named: "default"))
        #expect(dump(rules) == dump(try parsed("default.yml", file: "<builtin>/default.yml")))
        #expect(BuiltinFiles.ruleSet(named: "strict") == nil)
        let schema = try String(contentsOf: Self.rules.appendingPathComponent("e-hospital.schema.yml"), encoding: .utf8)
        #expect(BuiltinFiles.schemaText + "\n" == schema)
        #expect(BuiltinFiles.schema.digest == FNV.hash(BuiltinFiles.schemaText))
    }

    @Test("a tree's records: mappings, lists, empty scalars, multi-byte text and escapes")
    func records() {
        let tree: StaticString = "m 1 1 2\ns 1 1 1:a\nl 2 3 2\ns 2 5 0:\ns 3 5 12:é\nz\\\\\\r\\x01\ns 4 1 1:b\ns 4 4 3:c d"
        #expect(dump(ConfigNode(tree: tree, file: "t.yml")) == [
            "t.yml:1:1 mapping 2",
            " t.yml:1:1 scalar [97]",
            " t.yml:2:3 list 2",
            "  t.yml:2:5 scalar []",
            "  t.yml:3:5 scalar [195, 169, 10, 122, 92, 13, 1]",
            " t.yml:4:1 scalar [98]",
            " t.yml:4:4 scalar [99, 32, 100]",
        ])
    }
}
